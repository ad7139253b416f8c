// Writes the screen captures that docs/tour.md shows, from a real terminal:
// node --import tsx test/e2e/capture-tour.ts
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Terminal} from '../helpers/tmux.js';
import {openTerminal} from '../helpers/tmux.js';

const directory = path.resolve(import.meta.dirname, '../../docs/captures');

async function save(terminal: Terminal, name: string): Promise<void> {
  const screen = (await terminal.screen()).replace(/\s+$/, '\n');
  const trimmed = screen
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
  await writeFile(path.join(directory, `${name}.txt`), trimmed);
}

async function demo(
  scenarioDowns: number,
  prefix: string,
  steps: boolean,
  size = {columns: 80, rows: 30},
) {
  const terminal = await openTerminal({
    args: ['demo'],
    ...size,
    env: {NO_COLOR: '1'},
  });
  try {
    await terminal.waitFor('Pick what it should do');
    if (steps) await save(terminal, '1-scenarios');
    for (let index = 0; index < scenarioDowns; index += 1) {
      await terminal.press('Down');
    }

    await terminal.press('Enter');
    await terminal.waitFor('SAML single sign-on');
    if (steps) await save(terminal, '2-welcome');
    await terminal.press('Enter');
    await terminal.waitFor('Which Genesys Cloud region');
    if (steps) {
      await terminal.press('C-u');
      await terminal.waitFor('or a URL');

      await terminal.type('eu');
      await terminal.waitFor('eu-west-2');
      await save(terminal, '3-region-filtered');
      await terminal.press('Escape');
      await terminal.waitFor('SAML single sign-on');
      await terminal.press('Enter');
      await terminal.waitFor('Which Genesys Cloud region');
    }

    await terminal.press('Enter');
    await terminal.waitFor('What is the OAuth client id?');
    await terminal.press('Enter');
    await terminal.waitFor('What is the client secret?');
    if (steps) await save(terminal, '4-secret-masked');
    await terminal.press('Enter');
    await terminal.waitFor('What should this integration be called here?');
    await terminal.press('Enter');
    await terminal.waitFor(/q quit/);
    await save(terminal, `${prefix}-report`);
  } finally {
    await terminal.close();
  }
}

await mkdir(directory, {recursive: true});
await demo(0, '5-passing', true);
await demo(1, '6-wrong-secret', false);
await demo(6, '7-rate-limited', false);
await demo(1, '8-wrong-secret-60-columns', false, {columns: 60, rows: 24});
