import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';
import {startTestEmulator} from './helpers/emulator.js';
import {runCli} from './helpers/run-cli.js';
import {openTerminal} from './helpers/tmux.js';

// The shipped command is the esbuild bundle that `npm ci` builds; the other
// tests run the sources, so this one proves the bundle works as they do.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.cjs');

test('the built bundle exists (npm ci or npm run build makes it)', () => {
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build`);
});

test('the bundle runs check --json against the emulator', async (t) => {
  const emulator = await startTestEmulator(t);
  const client = emulator.defaultClient;
  const {stdout} = await run(
    process.execPath,
    [
      cli,
      'check',
      '--json',
      '--region',
      emulator.url,
      '--client-id',
      client.id,
    ],
    {env: {...process.env, GENESYSCLOUD_OAUTHCLIENT_SECRET: client.secret}},
  );
  const report = JSON.parse(stdout) as {ok: boolean; checks: unknown[]};

  assert.equal(report.ok, true);
  assert.equal(report.checks.length, 5);
});

test('the bundle draws the demo in a terminal, as npm run demo does', async () => {
  const terminal = await openTerminal({args: ['demo'], isBundle: true});
  try {
    await terminal.waitFor('Pick what it should do');
    await terminal.press('C-c');

    assert.equal(await terminal.exitCode(), 130);
  } finally {
    await terminal.close();
  }
});

test('the bundle saves, lists and forgets a profile', async (t) => {
  const emulator = await startTestEmulator(t);
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'bundle-profiles-'));
  t.after(() => rm(configDir, {recursive: true, force: true}));
  const name = `bundle-${process.pid}`;
  const options = {
    isBundle: true,
    env: {GENESYS_AUTH_CONFIG_DIR: configDir},
  };
  const setup = await runCli(
    [
      'setup',
      '--yes',
      '--profile',
      name,
      '--region',
      emulator.url,
      '--client-id',
      emulator.defaultClient.id,
      '--client-secret-stdin',
    ],
    {...options, input: emulator.defaultClient.secret},
  );
  assert.equal(setup.code, 0, setup.stderr);

  const listed = await runCli(['profiles', '--json'], options);
  const {profiles} = JSON.parse(listed.stdout) as {
    profiles: Array<{name: string}>;
  };
  assert.deepEqual(
    profiles.map((profile) => profile.name),
    [name],
  );

  const forgotten = await runCli(['forget', '--profile', name], options);
  assert.equal(forgotten.code, 0, forgotten.stderr);
});

test('the bundle keeps a code cache of each command, and recovers from a bad one', async (t) => {
  const emulator = await startTestEmulator(t);
  const home = await mkdtemp(path.join(os.tmpdir(), 'bundle-cache-'));
  t.after(() => rm(home, {recursive: true, force: true}));
  const cache = path.join(home, 'cache');
  const check = (cacheDir: string) =>
    runCli(
      [
        'check',
        '--json',
        '--region',
        emulator.url,
        '--client-id',
        emulator.defaultClient.id,
      ],
      {
        isBundle: true,
        env: {
          GENESYS_AUTH_CACHE_DIR: cacheDir,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: emulator.defaultClient.secret,
        },
      },
    );
  const passes = async (cacheDir: string) => {
    const result = await check(cacheDir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as {ok: boolean}).ok, true);
    assert.equal(result.stderr.includes('Warning'), false, result.stderr);
  };

  // A cache of an earlier build of check goes when the new one is written.
  await mkdir(cache, {mode: 0o700});
  await writeFile(path.join(cache, `check.cjs-${'0'.repeat(32)}`), 'old');
  await passes(cache);
  const [entry, ...others] = await readdir(cache);
  assert.deepEqual(others, []);
  assert.match(entry ?? '', /^check\.cjs-[\da-f]{32}$/);
  const file = path.join(cache, entry!);
  assert.equal((await stat(cache)).mode & 0o777, 0o700);
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  const written = await readFile(file);

  await passes(cache);
  assert.deepEqual(await readFile(file), written, 'a good cache is kept');

  await writeFile(file, 'not a code cache');
  await passes(cache);
  const rewritten = await readFile(file);
  assert.ok(rewritten.length > 10_000, 'a bad cache is replaced');
  assert.deepEqual(rewritten.subarray(0, 4), written.subarray(0, 4));

  // A cache that cannot be written is only a slower start.
  await passes(path.join(file, 'not-a-directory'));
});
