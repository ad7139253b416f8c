import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {test, type TestContext} from 'node:test';
import type {Emulator} from '../../source/emulator/index.js';
import {openProfileStore} from '../../source/store/profiles.js';
import {createKeychainSecretStore} from '../../source/store/secrets.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {openTerminal, type Terminal} from '../helpers/tmux.js';
import {waitUntil} from './spawned.js';
import {
  keychainSecret,
  makeConfigDir,
  uniqueProfileName,
} from '../store/helpers.js';

// The front ends on a real terminal, stopped by a signal from outside (a
// closing window, a `kill`): exit 130, nothing half-saved, and a terminal
// that still echoes what is typed.
const execFileAsync = promisify(execFile);
const keychain = createKeychainSecretStore();

interface Setup {
  terminal: Terminal;
  emulator: Emulator;
  name: string;
  env: {GENESYS_AUTH_CONFIG_DIR: string};
}

async function openSetup(t: TestContext, plain: boolean): Promise<Setup> {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const name = uniqueProfileName('signal');
  t.after(() => keychain.delete(name));
  const emulator = await startTestEmulator(t, {scenario: 'no-answer'});
  const env = {GENESYS_AUTH_CONFIG_DIR: dir};
  const {id} = emulator.defaultClient;
  const terminal = await openTerminal({
    args: ['setup', ...(plain ? ['--plain'] : []), '--profile', name].concat([
      '--region',
      emulator.url,
      '--client-id',
      id,
    ]),
    env,
  });
  t.after(() => terminal.close());

  return {terminal, emulator, name, env};
}

/** The CLI's own process, found by the unique profile name it was given. */
async function cliPid(name: string): Promise<number> {
  const {stdout} = await execFileAsync('ps', ['-eo', 'pid=,args=']);
  const line = stdout
    .split('\n')
    .map((each) => each.trim())
    .find((each) => {
      const args = each.replace(/^\d+\s+/, '');

      return args.startsWith(process.execPath) && args.includes(name);
    });
  const pid = Number(line?.split(/\s+/)[0]);
  assert.ok(pid > 0, `no process for ${name}:\n${stdout}`);

  return pid;
}

/** Ink: through every step to the saving and the checks. */
async function confirmInk({terminal, emulator}: Setup): Promise<void> {
  await terminal.waitFor('SAML single sign-on');
  await terminal.press('Enter');
  await terminal.waitFor('Which Genesys Cloud region');
  await terminal.press('Enter');
  await terminal.waitFor('What is the OAuth client id?');
  await terminal.press('Enter');
  await terminal.waitFor('What is the client secret?');
  await terminal.type(emulator.defaultClient.secret);
  await terminal.waitFor('••••');
  await terminal.press('Enter');
  await terminal.waitFor('What should this integration be called here?');
  await terminal.press('Enter');
}

/** Whether the terminal is back in its ordinary mode: typing echoes. */
async function assertTerminalRestored(terminal: Terminal): Promise<void> {
  const typed = 'typed-after-exit';
  await terminal.type(typed);
  await terminal.waitFor(typed, 5000);
}

async function assertNothingSaved({name, env}: Setup): Promise<void> {
  assert.equal((await openProfileStore({env})).get(name), null);
  assert.equal(await keychainSecret(name), undefined);
}

async function interrupt(setup: Setup, signal: NodeJS.Signals) {
  process.kill(await cliPid(setup.name), signal);

  return setup.terminal.exitCode();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} to the drawn setup at a question`, async (t) => {
    const setup = await openSetup(t, false);
    await setup.terminal.waitFor('SAML single sign-on');
    await setup.terminal.press('Enter');
    await setup.terminal.waitFor('Which Genesys Cloud region');

    assert.equal(await interrupt(setup, signal), 130);
    await assertNothingSaved(setup);
    await assertTerminalRestored(setup.terminal);
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} to the drawn setup while its token request waits`, async (t) => {
    const setup = await openSetup(t, false);
    await confirmInk(setup);
    await setup.terminal.waitFor('Requesting a token from');
    await waitUntil(
      () => setup.emulator.requestCount('/oauth/token') > 0,
      "the saving step's token request",
    );

    assert.equal(await interrupt(setup, signal), 130);
    // No token came, so nothing was written: never a half-proved profile.
    await assertNothingSaved(setup);
    await assertTerminalRestored(setup.terminal);
  });
}

/**
 * Plain: waits for a question, types the answer, waits until it is on
 * screen (as `shown`, for a masked one) and presses Enter.
 */
async function answer(
  terminal: Terminal,
  question: string,
  text = '',
  shown = text,
): Promise<void> {
  await terminal.waitFor(question);
  if (text) {
    await terminal.type(text);
    await terminal.waitFor(shown);
  }

  await terminal.press('Enter');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} to the plain setup at a question`, async (t) => {
    const setup = await openSetup(t, true);
    await answer(setup.terminal, 'Begin?');
    await answer(setup.terminal, 'Step 1 of 6 · Region', '1');
    await setup.terminal.waitFor('Step 2 of 6 · Client id');

    assert.equal(await interrupt(setup, signal), 130);
    assert.match(await setup.terminal.screen(), /Nothing was saved/);
    await assertNothingSaved(setup);
    await assertTerminalRestored(setup.terminal);
  });
}

test('SIGTERM to the plain setup while its token request waits', async (t) => {
  const setup = await openSetup(t, true);
  const {terminal, emulator} = setup;
  await answer(terminal, 'Begin?');
  await answer(terminal, 'Step 1 of 6 · Region', '1');
  await answer(terminal, 'Step 2 of 6 · Client id');
  const {secret} = emulator.defaultClient;
  await answer(terminal, 'client secret?', secret, '*'.repeat(secret.length));
  await answer(terminal, 'Step 4 of 6 · Profile name');
  await answer(terminal, 'Save this profile?', '1');
  await waitUntil(
    () => emulator.requestCount('/oauth/token') > 0,
    "the saving step's token request",
  );

  assert.equal(await interrupt(setup, 'SIGTERM'), 130);
  assert.match(await terminal.screen(), /Nothing was saved/);
  await assertNothingSaved(setup);
  await assertTerminalRestored(terminal);
});
