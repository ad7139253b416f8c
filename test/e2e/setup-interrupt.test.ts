import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import type {Emulator} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import type {Terminal} from '../helpers/tmux.js';
import {openTerminal} from '../helpers/tmux.js';

let emulator: Emulator;
let configDir: string;
let terminal: Terminal | undefined;
const profileName = `interrupted-${process.pid}`;

before(async () => {
  emulator = await startEmulator();
  configDir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-e2e-'));
});

after(async () => {
  await terminal?.close();
  await emulator.close();
  await rm(configDir, {recursive: true, force: true});
});

test('Ctrl-C in the middle of setup leaves no profile behind', async () => {
  terminal = await openTerminal({
    args: ['setup', '--profile', profileName],
    env: {GENESYS_AUTH_CONFIG_DIR: configDir},
  });
  await terminal.waitFor('SAML single sign-on');
  await terminal.press('Enter');
  await terminal.waitFor('Which Genesys Cloud region');
  await terminal.type(emulator.url);
  await terminal.waitFor(emulator.url);
  await terminal.press('Enter');
  await terminal.waitFor('What is the OAuth client id?');
  await terminal.type(emulator.defaultClient.id);
  await terminal.waitFor(emulator.defaultClient.id);
  await terminal.press('Enter');
  await terminal.waitFor('What is the client secret?');
  await terminal.type(emulator.defaultClient.secret);
  await terminal.waitFor('••••');
  await terminal.press('C-c');

  assert.equal(await terminal.exitCode(), 130);
  const files = existsSync(configDir) ? await readdir(configDir) : [];
  assert.deepEqual(files, []);
  assert.equal(await createKeychainSecretStore().get(profileName), null);
  assert.ok(!(await terminal.screen()).includes(emulator.defaultClient.secret));
});
