import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {runBatchSetup} from '../../source/commands/setup-batch.js';
import {openProfileStore} from '../../source/store/profiles.js';
import {fingerprint} from '../../source/store/redact.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {
  keychainSecret,
  makeReadOnly,
  readAllFiles,
  profileSandbox,
} from '../store/helpers.js';
import {runCommand, type CommandRun} from './fixtures/command-harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const sandbox = profileSandbox('setup');

function setup(
  args: string[],
  options: {input?: string; env?: NodeJS.ProcessEnv} = {},
): Promise<CommandRun> {
  return runCommand(runBatchSetup, ['--yes', ...args], {
    input: options.input,
    env: {GENESYS_AUTH_CONFIG_DIR: sandbox.dir, ...options.env},
  });
}

/** The flags that name the profile, the region and the client id. */
function answersFor(region: string, clientId: string): string[] {
  return [
    '--profile',
    sandbox.name,
    '--region',
    region,
    '--client-id',
    clientId,
  ];
}

const profiles = () =>
  openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: sandbox.dir}});

async function assertNoSecretOnDisk(secret: string): Promise<void> {
  for (const {file, content} of await readAllFiles(sandbox.dir)) {
    assert.ok(!content.includes(secret), `${file} holds the secret`);
  }
}

test('saves credentials that work, showing only a fingerprint', async (t) => {
  const emulator = await startTestEmulator(t);
  const {id, secret} = emulator.defaultClient;

  const result = await setup(
    [...answersFor(emulator.url, id), '--client-secret-stdin'],
    {input: `${secret}\n`},
  );

  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`Saved profile '${sandbox.name}'`));
  assert.ok(result.stdout.includes(fingerprint(secret)));
  assert.match(result.stdout, /client secret from standard input/);
  assert.match(
    result.stdout,
    /A token request with these credentials succeeded/,
  );
  assert.ok(!`${result.stdout}${result.stderr}`.includes(secret));
  assert.equal(await keychainSecret(sandbox.name), secret);
  assert.equal((await profiles()).get(sandbox.name)?.clientId, id);
  await assertNoSecretOnDisk(secret);
});

test('credentials that do not work are not saved, and say why', async (t) => {
  const emulator = await startTestEmulator(t);

  const result = await setup(
    [...answersFor(emulator.url, emulator.defaultClient.id)],
    {env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: 'not-the-secret'}},
  );

  assert.equal(result.code, 1);
  assert.match(result.stderr, /did not work, so nothing was saved/);
  assert.match(result.stderr, /invalid_client/);
  assert.match(result.stderr, /correlation id [0-9a-f-]+/);
  assert.equal(await keychainSecret(sandbox.name), undefined);
  assert.equal((await profiles()).get(sandbox.name), null);
});

test('a new secret that fails keeps the saved one; one that works replaces it', async (t) => {
  const emulator = await startTestEmulator(t);
  const {id, secret} = emulator.defaultClient;
  const first = await setup([...answersFor(emulator.url, id), '--no-verify'], {
    env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: 'old-unchecked-secret'},
  });
  assert.equal(first.code, 0, first.stderr);

  const bad = await setup(['--profile', sandbox.name], {
    env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: 'new-broken-secret'},
  });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /its secret are unchanged/);
  assert.equal(await keychainSecret(sandbox.name), 'old-unchecked-secret');

  const good = await setup(['--profile', sandbox.name], {
    env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: secret},
  });
  assert.equal(good.code, 0, good.stderr);
  assert.match(good.stdout, /Updated profile/);
  assert.match(
    good.stdout,
    new RegExp(`region from profile '${sandbox.name}'`),
  );
  assert.match(
    good.stdout,
    /client secret from GENESYSCLOUD_OAUTHCLIENT_SECRET/,
  );
  assert.equal(await keychainSecret(sandbox.name), secret);
});

test('--no-verify saves without a token request, and warns on odd domains', async () => {
  const result = await setup(
    [...answersFor('mypurecloud.example', 'c'), '--no-verify'],
    {env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: 'unchecked'}},
  );

  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^Warning: /);
  assert.match(result.stdout, /Saved without requesting a token/);
  assert.equal(await keychainSecret(sandbox.name), 'unchecked');
});

test('a profile file that cannot be written leaves no keychain entry', async (t) => {
  const undo = await makeReadOnly(sandbox.dir);
  if (!undo) return t.skip('this machine cannot make a directory read-only');

  let result: CommandRun;
  try {
    result = await setup([...answersFor('eu-west-1', 'c'), '--no-verify'], {
      env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: 'orphan-secret'},
    });
  } finally {
    await undo();
  }

  assert.equal(result.code, 2);
  assert.match(result.stderr, /cannot be written .*keychain was put back/s);
  assert.equal(await keychainSecret(sandbox.name), undefined);
});

test('a secret on the command line is refused without echoing it', async () => {
  const result = await setup([
    '--profile',
    sandbox.name,
    '--client-secret',
    'Sup3r-S3cret-Value',
  ]);

  assert.equal(result.code, 2);
  assert.match(result.stderr, /--client-secret-stdin/);
  assert.ok(!result.stderr.includes('Sup3r-S3cret-Value'));
  assert.equal(await keychainSecret(sandbox.name), undefined);
});

test('setup needs a profile name', async () => {
  const result = await setup(['--region', 'eu-west-1']);

  assert.equal(result.code, 2);
  assert.match(result.stderr, /--profile NAME/);
});

test('without a keychain it explains, exits 2 and writes nothing', async () => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/commands/fixtures/run-batch-setup.ts',
      ...answersFor('eu-west-1', 'c'),
      '--no-verify',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        GENESYS_AUTH_CONFIG_DIR: sandbox.dir,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: 'never-stored',
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      },
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise((resolve) => child.on('close', resolve));

  assert.equal(code, 2);
  assert.match(stderr, /Nothing was saved: there is no keychain here/);
  assert.match(stderr, /GENESYSCLOUD_OAUTHCLIENT_SECRET/);
  assert.deepEqual(await readdir(sandbox.dir), []);
  assert.equal(await keychainSecret(sandbox.name), undefined);
});
