import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {
  openProfileStore,
  type ProfileStore,
} from '../../source/store/profiles.js';
import {fingerprint} from '../../source/store/redact.js';
import {saveProfile} from '../../source/store/save.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import type {Profile} from '../../source/store/types.js';
import {
  keychainSecret,
  makeReadOnly,
  readAllFiles,
  profileSandbox,
} from './helpers.js';

const secrets = createKeychainSecretStore();
const sandbox = profileSandbox('save');

const open = () =>
  openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: sandbox.dir}});

function profile(clientId = 'client-1'): Profile {
  return {
    name: sandbox.name,
    regionInput: 'eu-west-1',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
  };
}

const accept = async () => ({ok: true}) as const;
const reject = async () => ({ok: false, message: 'invalid_client'}) as const;

test('saves the secret in the keychain and the profile in no file with it', async () => {
  const profiles = await open();
  const secret = 'working-secret-1234567890';

  const result = await saveProfile({
    profiles,
    secrets,
    profile: profile(),
    secret,
    verify: accept,
  });

  assert.deepEqual(result, {
    ok: true,
    fingerprint: fingerprint(secret),
    replaced: false,
    verified: true,
  });
  assert.equal(await keychainSecret(sandbox.name), secret);
  assert.equal(profiles.get(sandbox.name)?.clientId, 'client-1');
  for (const {file, content} of await readAllFiles(sandbox.dir)) {
    assert.ok(!content.includes(secret), `${file} holds the secret`);
  }
});

test('a new secret that does not work leaves the old one in place', async () => {
  const profiles = await open();
  await saveProfile({
    profiles,
    secrets,
    profile: profile(),
    secret: 'old-working-secret',
    verify: accept,
  });

  const result = await saveProfile({
    profiles,
    secrets,
    profile: profile('client-2'),
    secret: 'new-broken-secret',
    verify: reject,
  });

  assert.deepEqual(result, {
    ok: false,
    stage: 'verify',
    message: 'invalid_client',
  });
  assert.equal(await keychainSecret(sandbox.name), 'old-working-secret');
  assert.equal(profiles.get(sandbox.name)?.clientId, 'client-1');
});

test('a new secret that works replaces the old one', async () => {
  const profiles = await open();
  const save = (secret: string) =>
    saveProfile({
      profiles,
      secrets,
      profile: profile(),
      secret,
      verify: accept,
    });
  await save('old-working-secret');

  const result = await save('new-working-secret');

  assert.equal(result.ok && result.replaced, true);
  assert.equal(await keychainSecret(sandbox.name), 'new-working-secret');
});

test('without verification it saves without asking', async () => {
  const profiles = await open();

  const result = await saveProfile({
    profiles,
    secrets,
    profile: profile(),
    secret: 'unchecked-secret',
    verify: null,
  });

  assert.equal(result.ok && result.verified, false);
  assert.equal(await keychainSecret(sandbox.name), 'unchecked-secret');
});

/** The real store, except that writing a profile fails. */
function failingSaves(profiles: ProfileStore): ProfileStore {
  return {
    ...profiles,
    save() {
      throw new Error('disk full');
    },
  };
}

test('a failed profile write removes the new keychain entry', async () => {
  const profiles = failingSaves(await open());

  await assert.rejects(
    saveProfile({
      profiles,
      secrets,
      profile: profile(),
      secret: 'orphan-secret',
      verify: accept,
    }),
    /disk full/,
  );

  assert.equal(await keychainSecret(sandbox.name), undefined);
});

test('a failed profile write puts the previous secret back', async () => {
  const profiles = await open();
  const input = {profile: profile(), verify: accept, secrets} as const;
  await saveProfile({...input, profiles, secret: 'previous-secret'});

  await assert.rejects(
    saveProfile({...input, profiles: failingSaves(profiles), secret: 'next'}),
  );

  assert.equal(await keychainSecret(sandbox.name), 'previous-secret');
});

test('a read-only config directory leaves no keychain entry behind', async (t) => {
  const profiles = await open();
  const undo = await makeReadOnly(sandbox.dir);
  if (!undo) return t.skip('this machine cannot make a directory read-only');

  try {
    await assert.rejects(
      saveProfile({
        profiles,
        secrets,
        profile: profile(),
        secret: 'orphan-secret',
        verify: accept,
      }),
      /EACCES|EPERM|EROFS/,
    );
  } finally {
    await undo();
  }

  assert.equal(await keychainSecret(sandbox.name), undefined);
  await assert.rejects(readFile(profiles.path), /ENOENT/);
});
