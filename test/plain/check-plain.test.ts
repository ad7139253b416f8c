import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import type {TestContext} from 'node:test';
import {test} from 'node:test';
import {run as check} from '../../source/commands/check.js';
import type {EmulatorOptions} from '../../source/emulator/index.js';
import {frontEnd} from '../../source/commands/front-end.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {openTerminal} from '../helpers/tmux.js';

/** An emulator, a private profile folder, and check's arguments for it. */
async function world(t: TestContext, options: EmulatorOptions = {}) {
  const emulator = await startTestEmulator(t, options);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'check-plain-'));
  t.after(() => rm(directory, {recursive: true, force: true}));
  const client = emulator.defaultClient;

  return {
    args: ['check', '--region', emulator.url, '--client-id', client.id],
    env: {
      GENESYSCLOUD_OAUTHCLIENT_SECRET: client.secret,
      GENESYS_AUTH_CONFIG_DIR: directory,
    },
    host: new URL(emulator.url).host,
  };
}

/** Runs check in this process with stdout posing as a terminal. */
async function checkOnTerminal(args: string[], env: NodeJS.ProcessEnv) {
  const stdout = Object.assign(new PassThrough(), {isTTY: true});
  const stderr = new PassThrough();
  let text = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const code = await check(args, {
    stdin: Object.assign(Readable.from([]), {isTTY: true}),
    stdout,
    stderr,
    env,
    signal: new AbortController().signal,
    frontEnd,
  });

  return {code, text};
}

test('check --plain on a terminal prints progress lines, then the report', async (t) => {
  const {args, env, host} = await world(t, {scenario: 'wrong-secret'});
  const {code, text} = await checkOnTerminal([...args.slice(1), '--plain'], {
    ...env,
    NO_COLOR: '1',
  });

  assert.equal(code, 1);
  const token = new RegExp(
    `Checking: Access token\\n {2}Requesting a token from ${host} ` +
      '\\.\\.\\. 400 in \\d+ ms\\n {2}✖ FAIL Access token: ',
  );
  assert.match(text, token);
  // The report follows the progress, as `check` prints it to a pipe.
  const report = text.slice(text.indexOf('\ngenesys-auth check: '));
  assert.match(report, /✖ FAIL {2}token/);
  assert.match(report, /\[invalid-client\]/);
  assert.match(report, /\n1 failed/);
  // Lines are only ever added: no cursor movement, no colour.
  assert.ok(!text.includes('\u001B'));
});

test('check on a dumb terminal needs no flag and no Unicode', async (t) => {
  const {args, env, host} = await world(t);
  const terminal = await openTerminal({
    args,
    env: {...env, TERM: 'dumb'},
    columns: 200,
    rows: 120,
  });
  t.after(() => terminal.close());

  assert.equal(await terminal.exitCode(), 0);
  const screen = await terminal.screen();
  assert.match(
    screen,
    new RegExp(`Requesting a token from ${host} \\.\\.\\. done in \\d+ ms`),
  );
  assert.match(screen, /\+ PASS Access token: /);
  assert.match(screen, /All checks passed/);
  assert.doesNotMatch(screen, /genesys-auth · |[✔✖⚠↷·]/);
});
