import assert from 'node:assert/strict';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import type {Terminal} from '../helpers/tmux.js';
import {openTerminal} from '../helpers/tmux.js';

/** Types a menu number, waits until it shows, then presses Enter. */
async function choose(terminal: Terminal, question: string, number: string) {
  await terminal.type(number);
  await terminal.waitFor(`${question} ${number}`);
  await terminal.press('Enter');
}

test('the plain demo runs to the end on a dumb terminal', async () => {
  // The demo keeps its profile folder under TMPDIR and removes it at exit.
  const temporary = await mkdtemp(path.join(os.tmpdir(), 'plain-demo-'));
  const terminal = await openTerminal({
    args: ['demo'],
    env: {TERM: 'dumb', TMPDIR: temporary},
  });
  try {
    await terminal.waitFor('? Which scenario should the emulator play?');
    await choose(terminal, 'Which scenario should the emulator play?', '1');
    await terminal.waitFor('? Begin? (Y/n)');
    await terminal.press('Enter');
    await terminal.waitFor('(as entered)');
    await choose(terminal, 'organisation in?', '1');
    await terminal.waitFor('? What is the OAuth client id? (default:');
    await terminal.press('Enter');
    await terminal.waitFor('Use it? (Y/n)');
    await terminal.press('Enter');
    await terminal.waitFor('called here? (default: demo)');
    await terminal.press('Enter');
    await terminal.waitFor('6) Cancel without saving');
    await choose(terminal, 'Save this profile?', '1');
    await terminal.waitFor('All checks passed');
    const report = await terminal.waitFor('3) Done');
    // No colour and no Unicode here: the words carry every result.
    assert.match(report, /- SKIP {2}The identity providers are not visible/);
    assert.doesNotMatch(report, /[✔✖⚠↷]/);
    await choose(terminal, 'What next?', '3');
    await terminal.waitFor('3) Quit the demo');
    await choose(terminal, 'What next?', '3');

    assert.equal(await terminal.exitCode(), 0);
    const left = await readdir(temporary);
    assert.deepEqual(
      left.filter((name) => name.startsWith('genesys-auth-demo-')),
      [],
    );
  } finally {
    await terminal.close();
    await rm(temporary, {recursive: true, force: true});
  }
});
