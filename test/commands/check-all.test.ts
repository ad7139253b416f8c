import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import type {Emulator} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import {runCli} from '../helpers/run-cli.js';
import {makeConfigDir, uniqueProfileName} from '../store/helpers.js';

const secrets = createKeychainSecretStore();
const names = [
  uniqueProfileName('check-all-a'),
  uniqueProfileName('check-all-b'),
  uniqueProfileName('check-all-c'),
];
let emulator: Emulator;
let dir = '';
let cleanup = async () => {};

const env = () => ({
  GENESYS_AUTH_CONFIG_DIR: dir,
  // Ignored with --all: each profile uses its own values.
  GENESYSCLOUD_REGION: 'eu-west-1',
  GENESYSCLOUD_OAUTHCLIENT_ID: 'someone-else',
  GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined,
});

before(async () => {
  ({dir, cleanup} = await makeConfigDir());
  emulator = await startEmulator();
  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  const queueMonitor = emulator.clients.find(
    (client) => !client.permissions.includes('directory:user:view'),
  );
  assert.ok(queueMonitor);
  const clients = [emulator.defaultClient, queueMonitor];
  for (const [index, client] of clients.entries()) {
    const name = names[index] as string;
    store.save({
      name,
      regionInput: emulator.url,
      region: null,
      domain: new URL(emulator.url).host,
      clientId: client.id,
      createdAt: '2026-12-01T10:00:00.000Z',
      lastCheck: null,
    });
    await secrets.set(name, client.secret);
  }
});

after(async () => {
  for (const name of names) await secrets.delete(name);
  await emulator.close();
  await cleanup();
});

test('--all --json checks every profile: {ok, reports, problems}', async () => {
  const result = await runCli(['check', '--all', '--json', '--retries', '0'], {
    env: env(),
  });
  const document = JSON.parse(result.stdout);

  assert.equal(result.code, 1, result.stderr);
  assert.equal(document.ok, false);
  assert.deepEqual(
    document.reports.map((report: {profile: string}) => report.profile),
    names.slice(0, 2).sort(),
  );
  const byName = new Map(
    document.reports.map((report: {profile: string; ok: boolean}) => [
      report.profile,
      report.ok,
    ]),
  );
  assert.equal(byName.get(names[0]), true);
  assert.equal(byName.get(names[1]), false);
  assert.deepEqual(document.problems, []);

  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  assert.equal(store.get(names[0] as string)?.lastCheck?.ok, true);
  assert.deepEqual(store.get(names[1] as string)?.lastCheck?.codes, [
    'no-user-context',
    'missing-permissions',
    'sso-not-visible',
  ]);
});

test('a profile without its secret is a problem, and exit 2', async () => {
  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  const name = names[2] as string;
  store.save({
    name,
    regionInput: emulator.url,
    region: null,
    domain: new URL(emulator.url).host,
    clientId: emulator.defaultClient.id,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
  });
  try {
    const result = await runCli(['check', '--all', '--retries', '0'], {
      env: {...env(), NO_COLOR: '1'},
    });

    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(`Profile '${name}' not checked`));
    assert.match(result.stdout, new RegExp(`profile ${names[0]}`));
    assert.match(result.stdout, new RegExp(`profile ${names[1]}`));
  } finally {
    store.remove(name);
  }
});
