import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import type {Terminal} from '../helpers/tmux.js';
import {openTerminal} from '../helpers/tmux.js';

const terminals: Terminal[] = [];

after(async () => {
  await Promise.all(terminals.map((terminal) => terminal.close()));
});

async function demo(): Promise<Terminal> {
  const terminal = await openTerminal({args: ['demo']});
  terminals.push(terminal);
  await terminal.waitFor('Pick what it should do');

  return terminal;
}

/** Enter through every step with the demo's defaults. */
async function acceptDefaults(terminal: Terminal): Promise<void> {
  await terminal.waitFor('SAML single sign-on');
  await terminal.press('Enter');
  for (const question of [
    'Which Genesys Cloud region',
    'What is the OAuth client id?',
    'What is the client secret?',
    'What should this integration be called here?',
  ]) {
    await terminal.waitFor(question);
    await terminal.press('Enter');
  }
}

test('the demo runs from the scenario picker to a passing report', async () => {
  const terminal = await demo();
  await terminal.press('Enter');
  await acceptDefaults(terminal);
  const report = await terminal.waitFor('The integration works');

  assert.match(report, /PASS/);
  assert.doesNotMatch(report, /FAIL/);
  await terminal.press('q');
  assert.equal(await terminal.exitCode(), 0);
});

test('the demo explains a wrong secret with evidence and a fix', async () => {
  const terminal = await demo();
  await terminal.press('Down');
  await terminal.press('Enter');
  await acceptDefaults(terminal);
  const report = await terminal.waitFor('Fix');

  assert.match(report, /FAIL/);
  assert.match(report, /invalid-client/);
  await terminal.press('q');
  assert.equal(await terminal.exitCode(), 1);
});
