import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import path from 'node:path';
import {test} from 'node:test';
import {
  createKeychainSecretStore,
  createMemorySecretStore,
} from '../../source/store/secrets.js';
import {keychainSecret, uniqueProfileName} from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');

test('the keychain keeps, lists and deletes a secret', async () => {
  const secrets = createKeychainSecretStore();
  const name = uniqueProfileName('keychain');
  try {
    assert.deepEqual(await secrets.probe(), {available: true});
    assert.equal(await secrets.get(name), null);

    await secrets.set(name, 'first-secret-value');
    await secrets.set(name, 'second-secret-value');

    assert.equal(await secrets.get(name), 'second-secret-value');
    assert.equal(await keychainSecret(name), 'second-secret-value');
    assert.ok((await secrets.list()).includes(name));
  } finally {
    assert.equal(await secrets.delete(name), true);
  }

  assert.equal(await secrets.delete(name), false);
  assert.equal(await keychainSecret(name), undefined);
});

/** Runs a script against the store in a process of its own. */
function runScript(
  script: string,
  options: {env?: NodeJS.ProcessEnv; wrapper?: string[]} = {},
): Promise<string> {
  const node = [
    process.execPath,
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    script,
  ];
  const [command = '', ...args] = [...(options.wrapper ?? []), ...node];
  const child = spawn(command, args, {
    cwd: root,
    env: {...process.env, ...options.env},
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}

test('without a Secret Service the probe says so and nothing is written', async () => {
  const name = uniqueProfileName('no-bus');
  const script = `
    import {createKeychainSecretStore} from './source/store/secrets.ts';
    const secrets = createKeychainSecretStore();
    const probe = await secrets.probe();
    let setError = null;
    try { await secrets.set(${JSON.stringify(name)}, 'never-stored'); }
    catch (error) { setError = {name: error.name, reason: error.reason}; }
    console.log(JSON.stringify({probe, setError}));
  `;

  const {probe, setError} = JSON.parse(
    await runScript(script, {
      env: {DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent'},
    }),
  );

  assert.equal(probe.available, false);
  assert.match(probe.reason, /No D-Bus session is reachable/);
  assert.match(probe.remedy, /GNOME Keyring/);
  assert.match(probe.remedy, /GENESYSCLOUD_OAUTHCLIENT_SECRET/);
  assert.match(probe.remedy, /--client-secret-stdin/);
  assert.equal(setError.name, 'KeychainError');
  assert.equal(await keychainSecret(name), undefined);
});

test('a locked keychain refuses the write with a way out', async () => {
  // A session of its own whose keyring was started but never unlocked, as
  // on a server where gnome-keyring is installed but nobody logged in.
  const script = `
    import {createKeychainSecretStore} from './source/store/secrets.ts';
    const secrets = createKeychainSecretStore();
    try { await secrets.set('locked-test', 'never-stored'); }
    catch (error) {
      console.log(JSON.stringify({name: error.name, message: error.message}));
    }
  `;
  const start = 'gnome-keyring-daemon --start --components=secrets >/dev/null';
  const wrapper = ['dbus-run-session', '--', 'sh', '-c', `${start}; exec "$@"`];

  const output = await runScript(script, {wrapper: [...wrapper, 'sh']});

  const error = JSON.parse(output) as {name: string; message: string};
  assert.equal(error.name, 'KeychainError');
  assert.match(error.message, /locked and could not be unlocked/);
  assert.match(error.message, /GENESYSCLOUD_OAUTHCLIENT_SECRET/);
});

test('the memory store keeps secrets for this process only', async () => {
  const secrets = createMemorySecretStore({demo: 'demo-secret'});

  assert.deepEqual(await secrets.probe(), {available: true});
  assert.equal(await secrets.get('demo'), 'demo-secret');
  await secrets.set('other', 'x');
  assert.deepEqual(await secrets.list(), ['demo', 'other']);
  assert.equal(await secrets.delete('demo'), true);
  assert.equal(await secrets.get('demo'), null);
});
