import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {promisify} from 'node:util';
import {startTestEmulator} from './helpers/emulator.js';
import {openTerminal} from './helpers/tmux.js';

// The shipped command is the esbuild bundle that `npm ci` builds; the other
// tests run the sources, so this one proves the bundle works as they do.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.js');

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
