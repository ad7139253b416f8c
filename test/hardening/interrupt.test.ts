import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import type {Profile} from '../../source/store/types.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {
  keychainSecret,
  makeConfigDir,
  uniqueProfileName,
} from '../store/helpers.js';
import {spawnCli, waitUntil} from './spawned.js';

// Both signals end a run the same way: the work in flight is cancelled,
// nothing half-done is kept, and the exit code is 130.
const signals = ['SIGINT', 'SIGTERM'] as const;
const interrupted = 130;
const keychain = createKeychainSecretStore();

async function fixture(t: {after(fn: () => unknown): void}) {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const name = uniqueProfileName('interrupt');
  t.after(() => keychain.delete(name));

  return {dir, name, env: {GENESYS_AUTH_CONFIG_DIR: dir}};
}

const oldProfile = (name: string): Profile => ({
  name,
  regionInput: 'eu-west-1',
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  clientId: 'a5c3e7d1-0000-4000-8000-0000000000aa',
  createdAt: '2025-01-01T00:00:00.000Z',
  lastCheck: null,
});

for (const signal of signals) {
  test(`${signal} while setup waits on the token request keeps nothing`, async (t) => {
    const {dir, name, env} = await fixture(t);
    const emulator = await startTestEmulator(t, {scenario: 'no-answer'});
    const {id, secret} = emulator.defaultClient;
    const args = ['setup', '--yes', '--profile', name, '--region'];
    const run = spawnCli(
      [...args, emulator.url, '--client-id', id, '--client-secret-stdin'],
      {env, input: secret},
    );

    await waitUntil(
      () => emulator.requestCount('/oauth/token') > 0,
      'the token request',
    );
    run.child.kill(signal);
    const {code} = await run.exited;

    assert.equal(code, interrupted, run.output().stderr);
    assert.match(run.output().stderr, /Interrupted: nothing was saved/);
    assert.equal((await openProfileStore({env})).get(name), null);
    assert.equal(await keychainSecret(name), undefined);
    assert.ok(!run.output().stdout.includes(secret));
    assert.ok(!existsSync(path.join(dir, 'config.json.tmp')));
  });
}

test('an interrupted setup leaves the saved profile and secret as they were', async (t) => {
  const {name, env} = await fixture(t);
  (await openProfileStore({env})).save(oldProfile(name));
  await keychain.set(name, 'the-old-secret-1');
  const emulator = await startTestEmulator(t, {scenario: 'no-answer'});
  const {id, secret} = emulator.defaultClient;
  const run = spawnCli(
    ['setup', '--yes', '--profile', name, '--region', emulator.url].concat([
      '--client-id',
      id,
      '--client-secret-stdin',
    ]),
    {env, input: secret},
  );

  await waitUntil(
    () => emulator.requestCount('/oauth/token') > 0,
    'the token request',
  );
  run.child.kill('SIGINT');

  assert.equal((await run.exited).code, interrupted);
  assert.deepEqual((await openProfileStore({env})).get(name), oldProfile(name));
  assert.equal(await keychainSecret(name), 'the-old-secret-1');
});

for (const signal of signals) {
  test(`${signal} during check's token request: 130, no half report`, async (t) => {
    const {env} = await fixture(t);
    const emulator = await startTestEmulator(t, {scenario: 'no-answer'});
    const {id, secret} = emulator.defaultClient;
    const run = spawnCli(
      ['check', '--region', emulator.url, '--client-id', id, '--json'],
      {env: {...env, GENESYSCLOUD_OAUTHCLIENT_SECRET: secret}},
    );

    await waitUntil(
      () => emulator.requestCount('/oauth/token') > 0,
      'the token request',
    );
    run.child.kill(signal);
    const {code} = await run.exited;
    const {stdout, stderr} = run.output();

    assert.equal(code, interrupted, stderr);
    assert.match(stderr, /Interrupted/);
    assert.equal(stdout, '', 'no partial JSON');
  });
}

test('SIGTERM during the API calls writes no bundle and no last result', async (t) => {
  const {dir, name, env} = await fixture(t);
  // Every answer comes late, so the API calls are still out when it lands.
  const emulator = await startTestEmulator(t, {latencyMs: 2000});
  const {id, secret} = emulator.defaultClient;
  (await openProfileStore({env})).save({
    ...oldProfile(name),
    regionInput: emulator.url,
    region: null,
    domain: new URL(emulator.url).host,
    clientId: id,
  });
  await keychain.set(name, secret);
  const bundle = path.join(dir, 'bundle.md');
  const run = spawnCli(['check', '--profile', name, '--bundle', bundle], {
    env,
  });

  await waitUntil(
    () => emulator.requestCount('/api/v2/tokens/me') > 0,
    'the API calls',
  );
  run.child.kill('SIGTERM');

  assert.equal((await run.exited).code, interrupted);
  assert.ok(!existsSync(bundle), 'no bundle');
  assert.equal((await openProfileStore({env})).get(name)?.lastCheck, null);
});
