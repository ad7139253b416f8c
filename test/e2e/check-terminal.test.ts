import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {TestContext} from 'node:test';
import {test} from 'node:test';
import type {EmulatorOptions} from '../../source/emulator/index.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {openTerminal} from '../helpers/tmux.js';

/** `check` on a real terminal against an emulator that answers slowly. */
async function checkOnTerminal(t: TestContext, options: EmulatorOptions) {
  const emulator = await startTestEmulator(t, options);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'check-tty-'));
  const client = emulator.defaultClient;
  const terminal = await openTerminal({
    args: ['check', '--region', emulator.url, '--client-id', client.id],
    env: {
      GENESYSCLOUD_OAUTHCLIENT_SECRET: client.secret,
      GENESYS_AUTH_CONFIG_DIR: directory,
      NO_COLOR: '1',
    },
    rows: 60,
  });
  t.after(async () => {
    await terminal.close();
    await rm(directory, {recursive: true, force: true});
  });

  return terminal;
}

test('check on a terminal shows the checks live, then the report', async (t) => {
  const terminal = await checkOnTerminal(t, {latencyMs: 400});
  const running = await terminal.waitFor(/Access token {2}\d+ ms/);

  assert.match(running, /genesys-auth · Checks/);
  assert.match(running, /✔ PASS Region and hosts/);
  assert.match(running, /Permission to read users: waiting/);
  const waterfall = await terminal.waitFor(/POST \/oauth\/token\s+200 █+/);
  assert.match(waterfall, /⠋|⠙|⠹|⠸|⠼|⠴|⠦|⠧|⠇|⠏/);

  assert.equal(await terminal.exitCode(), 0);
  const report = await terminal.screen();
  assert.match(report, /genesys-auth · Report/);
  assert.match(report, /The integration works/);
  assert.match(report, /! WARN Who the token belongs to/);
  assert.doesNotMatch(report, /Ctrl-C|Esc /);
});

test('a failing check exits 1 with its diagnosis card', async (t) => {
  const terminal = await checkOnTerminal(t, {scenario: 'wrong-secret'});

  assert.equal(await terminal.exitCode(), 1);
  const report = await terminal.screen();
  assert.match(report, /✖ FAIL Access token/);
  assert.match(report, /\(invalid-client\)/);
  assert.match(report, /Correlation id: [0-9a-f-]{36}/);
  assert.match(report, /1\. Sign in at/);
});

test('Ctrl-C while the checks run exits 130', async (t) => {
  const terminal = await checkOnTerminal(t, {latencyMs: 5000});
  await terminal.waitFor(/Access token {2}\d/);
  await terminal.press('C-c');

  assert.equal(await terminal.exitCode(), 130);
  const screen = await terminal.screen();
  assert.match(screen, /The checks stopped/);
  assert.match(screen, /Interrupted: no check result/);
});
