import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, test} from 'node:test';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import type {Profile} from '../../source/store/types.js';
import {runCli} from '../helpers/run-cli.js';
import {run as profiles} from '../../source/commands/profiles.js';
import {runCommand} from './fixtures/command-harness.js';
import {makeConfigDir, uniqueProfileName} from '../store/helpers.js';

const secrets = createKeychainSecretStore();
let dir = '';
let cleanup = async () => {};
let names: string[] = [];

beforeEach(async () => {
  ({dir, cleanup} = await makeConfigDir());
  names = [uniqueProfileName('a'), uniqueProfileName('b')];
});

afterEach(async () => {
  for (const name of names) await secrets.delete(name);
  await cleanup();
});

const env = () => ({GENESYS_AUTH_CONFIG_DIR: dir});

function profile(name: string, extra: Partial<Profile> = {}): Profile {
  return {
    name,
    regionInput: 'https://apps.mypurecloud.ie/directory/',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: `id-${name}`,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
    ...extra,
  };
}

async function saveTwo(): Promise<[string, string]> {
  const [withSecret = '', withoutSecret = ''] = names;
  const store = await openProfileStore({env: env()});
  store.save(profile(withSecret));
  store.save(
    profile(withoutSecret, {
      lastCheck: {at: '2026-12-02T08:05:09Z', ok: false, codes: ['x-y']},
    }),
  );
  await secrets.set(withSecret, 'listed-secret');

  return [withSecret, withoutSecret];
}

test('with no profiles it says how to add one', async () => {
  const result = await runCommand(profiles, [], {env: env()});

  assert.equal(result.code, 0);
  assert.match(
    result.stdout,
    /No profiles yet\. Add one with 'genesys-auth setup'/,
  );
});

test('lists profiles with region, client id, last check and secret', async () => {
  const [withSecret, withoutSecret] = await saveTwo();

  const result = await runCommand(profiles, [], {env: env()});

  assert.equal(result.code, 0);
  const lines = result.stdout.split('\n');
  assert.match(
    lines[0] ?? '',
    /^PROFILE\s+REGION\s+CLIENT ID\s+LAST CHECK\s+SECRET$/,
  );
  const first = lines.find((line) => line.startsWith(withSecret)) ?? '';
  const second = lines.find((line) => line.startsWith(withoutSecret)) ?? '';
  assert.match(
    first,
    new RegExp(`eu-west-1\\s+id-${withSecret}\\s+never\\s+yes$`),
  );
  assert.match(second, /2026-12-02 08:05 UTC, failed \(x-y\)\s+missing$/);
  assert.ok(result.stdout.includes(`Profile file: ${dir}/config.json`));
  assert.doesNotMatch(result.stdout, /listed-secret/);
});

test('--json gives the same, machine-readable', async () => {
  const [withSecret, withoutSecret] = await saveTwo();

  const result = await runCommand(profiles, ['--json'], {env: env()});

  const output = JSON.parse(result.stdout);
  assert.equal(result.code, 0);
  assert.equal(output.profileFile, path.join(dir, 'config.json'));
  assert.deepEqual(output.keychain, {available: true});
  assert.deepEqual(
    output.profiles.map((listed: {name: string; keychain: string}) => [
      listed.name,
      listed.keychain,
    ]),
    [
      [withSecret, 'present'],
      [withoutSecret, 'missing'],
    ].sort(),
  );
  assert.doesNotMatch(result.stdout, /listed-secret/);
});

test('without a keychain the secret column says unknown', async () => {
  await saveTwo();

  const result = await runCli(['profiles'], {
    env: {...env(), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent'},
  });

  assert.equal(result.code, 0);
  assert.match(result.stdout, /unknown \(no keychain\)/);
  assert.match(result.stdout, /No keychain here: No D-Bus session/);
});

test('a corrupt profile file is reported, moved aside, and listing goes on', async () => {
  await writeFile(path.join(dir, 'config.json'), 'not json');

  const result = await runCommand(profiles, [], {env: env()});

  assert.equal(result.code, 0);
  assert.match(result.stderr, /could not be used: it is not valid JSON/);
  assert.match(result.stderr, /config\.json\.corrupt-/);
  assert.match(result.stdout, /No profiles yet/);
});

test('--help lists the flags; a wrong flag is exit 2', async () => {
  const helpResult = await runCommand(profiles, ['--help'], {env: env()});
  const wrong = await runCommand(profiles, ['--jsn'], {env: env()});

  assert.equal(helpResult.code, 0);
  assert.match(helpResult.stdout, /--json\s+print JSON/);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /Unknown flag '--jsn'/);
});
