import assert from 'node:assert/strict';
import {Readable} from 'node:stream';
import {beforeEach, test} from 'node:test';
import {UsageError} from '../../source/commands/context.js';
import {
  describeSources,
  resolveCredentials,
  type CredentialFlagValues,
} from '../../source/commands/credentials.js';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import {profileSandbox} from '../store/helpers.js';

const secrets = createKeychainSecretStore();
const sandbox = profileSandbox('credentials');

beforeEach(async () => {
  const profiles = await openProfileStore({env: configEnv()});
  profiles.save({
    name: sandbox.name,
    regionInput: 'mypurecloud.ie',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: 'saved-client',
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
  });
  await secrets.set(sandbox.name, 'saved-secret');
});

const configEnv = () => ({GENESYS_AUTH_CONFIG_DIR: sandbox.dir});

function resolve(
  flags: CredentialFlagValues,
  env: NodeJS.ProcessEnv = {},
  input = '',
) {
  return resolveCredentials({
    flags,
    env: {...configEnv(), ...env},
    stdin: Readable.from([input]),
    openProfiles: () => openProfileStore({env: configEnv()}),
    secrets: () => secrets,
  });
}

test('a profile gives every value, the secret from the keychain', async () => {
  const resolved = await resolve({profile: sandbox.name});

  assert.equal(resolved.regionInput, 'mypurecloud.ie');
  assert.equal(resolved.clientId, 'saved-client');
  assert.equal(resolved.clientSecret, 'saved-secret');
  assert.deepEqual(describeSources(resolved), [
    `region from profile '${sandbox.name}'`,
    `client id from profile '${sandbox.name}'`,
    `client secret from the keychain (profile '${sandbox.name}')`,
  ]);
});

test('environment overrides the profile, and flags the environment', async () => {
  const env = {
    GENESYSCLOUD_REGION: 'usw2.pure.cloud',
    GENESYSCLOUD_OAUTHCLIENT_ID: 'env-client',
    GENESYSCLOUD_OAUTHCLIENT_SECRET: 'env-secret',
  };

  const fromEnv = await resolve({profile: sandbox.name}, env);
  const fromFlags = await resolve(
    {
      profile: sandbox.name,
      region: 'eu-central-1',
      'client-secret-stdin': true,
    },
    env,
    'stdin-secret\n',
  );

  assert.equal(fromEnv.clientSecret, 'env-secret');
  assert.deepEqual(describeSources(fromEnv), [
    'region from GENESYSCLOUD_REGION',
    'client id from GENESYSCLOUD_OAUTHCLIENT_ID',
    'client secret from GENESYSCLOUD_OAUTHCLIENT_SECRET',
  ]);
  assert.equal(fromFlags.regionInput, 'eu-central-1');
  assert.equal(fromFlags.clientSecret, 'stdin-secret');
  assert.deepEqual(fromFlags.sources, {
    region: 'flag',
    clientId: 'environment',
    clientSecret: 'stdin',
  });
});

test('stdin loses exactly one trailing newline', async () => {
  const flags = {region: 'r', 'client-id': 'c', 'client-secret-stdin': true};

  assert.equal((await resolve(flags, {}, 'a b\r\n')).clientSecret, 'a b');
  assert.equal((await resolve(flags, {}, 'ab\n\n')).clientSecret, 'ab\n');
  await assert.rejects(resolve(flags, {}, '\n'), /Standard input was empty/);
});

test('a terminal on stdin is refused for --client-secret-stdin', async () => {
  const stdin = Object.assign(Readable.from(['typed']), {isTTY: true});

  await assert.rejects(
    resolveCredentials({
      flags: {region: 'r', 'client-id': 'c', 'client-secret-stdin': true},
      env: {},
      stdin,
      openProfiles: () => openProfileStore({env: configEnv()}),
      secrets: () => secrets,
    }),
    /standard input is a terminal/,
  );
});

test('a missing profile is a usage error that says what to run', async () => {
  await assert.rejects(
    resolve({profile: 'no-such-profile'}),
    (error: unknown) =>
      error instanceof UsageError &&
      /no profile named 'no-such-profile'/.test(error.message) &&
      /genesys-auth setup --profile no-such-profile/.test(error.message),
  );
});

test('a missing value names the flag and the variable for it', async () => {
  await assert.rejects(resolve({}), /--region or set GENESYSCLOUD_REGION/);
  await assert.rejects(
    resolve({region: 'r'}),
    /--client-id or set GENESYSCLOUD_OAUTHCLIENT_ID/,
  );
  await assert.rejects(
    resolve({region: 'r', 'client-id': 'c'}),
    /--client-secret-stdin or set GENESYSCLOUD_OAUTHCLIENT_SECRET/,
  );
});

test('a profile without a keychain entry says how to add one', async () => {
  await secrets.delete(sandbox.name);

  await assert.rejects(
    resolve({profile: sandbox.name}),
    /has no client secret in the keychain/,
  );
});
