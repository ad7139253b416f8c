import assert from 'node:assert/strict';
import {test} from 'node:test';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import {runCli} from '../helpers/run-cli.js';
import {run as forget} from '../../source/commands/forget.js';
import {runCommand} from './fixtures/command-harness.js';
import {keychainSecret, profileSandbox} from '../store/helpers.js';

const secrets = createKeychainSecretStore();
const sandbox = profileSandbox('forget');

const env = () => ({GENESYS_AUTH_CONFIG_DIR: sandbox.dir});
const profiles = () => openProfileStore({env: env()});

async function saveProfileAndSecret(): Promise<void> {
  (await profiles()).save({
    name: sandbox.name,
    regionInput: 'eu-west-1',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: 'client',
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
  });
  await secrets.set(sandbox.name, 'forget-me-secret');
}

test('removes the profile and its keychain entry, and says so', async () => {
  await saveProfileAndSecret();

  const result = await runCommand(forget, ['--profile', sandbox.name], {
    env: env(),
  });

  assert.equal(result.code, 0);
  assert.match(result.stdout, new RegExp(`Removed profile '${sandbox.name}'`));
  assert.match(result.stdout, /Removed its client secret from the keychain/);
  assert.equal((await profiles()).get(sandbox.name), null);
  assert.equal(await keychainSecret(sandbox.name), undefined);
});

test('a profile nobody saved is exit 2 and removes nothing', async () => {
  const result = await runCommand(forget, ['--profile', sandbox.name], {
    env: env(),
  });

  assert.equal(result.code, 2);
  assert.match(result.stderr, /Nothing to forget: there is no profile named/);
  assert.equal(result.stdout, '');
});

test('a keychain entry left without its profile is removed too', async () => {
  await secrets.set(sandbox.name, 'orphan-secret');

  const result = await runCommand(forget, ['--profile', sandbox.name], {
    env: env(),
  });

  assert.equal(result.code, 0);
  assert.match(result.stdout, /There was no profile named/);
  assert.match(result.stdout, /Removed its client secret/);
  assert.equal(await keychainSecret(sandbox.name), undefined);
});

test('without a keychain nothing is removed', async () => {
  await saveProfileAndSecret();

  const result = await runCli(['forget', '--profile', sandbox.name], {
    env: {...env(), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent'},
  });

  assert.equal(result.code, 2);
  assert.match(result.stderr, /Nothing was removed: the keychain/);
  assert.notEqual((await profiles()).get(sandbox.name), null);
  assert.equal(await keychainSecret(sandbox.name), 'forget-me-secret');
});

test('forget needs a valid --profile', async () => {
  const none = await runCommand(forget, [], {env: env()});
  const bad = await runCommand(forget, ['--profile', 'a b'], {env: env()});

  assert.equal(none.code, 2);
  assert.match(none.stderr, /Name the profile to remove/);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /letters, digits/);
});
