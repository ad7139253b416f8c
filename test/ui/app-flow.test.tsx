import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {runChecks} from '../../source/diagnosis/run.js';
import type {Emulator} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {createMemorySecretStore} from '../../source/store/secrets.js';
import {App} from '../../source/ui/app.js';
import {connectServices} from '../../source/services/connect.js';
import type {AppResult} from '../../source/ui/result.js';
import type {AppServices} from '../../source/services/services.js';
import {keys, renderScreen, waitUntil} from '../helpers/ink.js';

let emulator: Emulator;
let configDir: string;

before(async () => {
  emulator = await startEmulator({retryAfterSeconds: 1});
  configDir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-ui-'));
});

after(async () => {
  await emulator.close();
  await rm(configDir, {recursive: true, force: true});
});

function services(): AppServices {
  return connectServices({
    env: {GENESYS_AUTH_CONFIG_DIR: configDir},
    secrets: createMemorySecretStore(),
    runChecks,
    saveBundle: async () => path.join(configDir, 'bundle.md'),
  });
}

test('setup from the first question to a passing report', async () => {
  emulator.setScenario('healthy');
  let result: AppResult | undefined;
  const screen = await renderScreen(
    <App
      services={services()}
      start="setup"
      answers={{profileName: 'flow'}}
      onExit={(ended) => {
        result = ended;
      }}
    />,
  );
  await screen.waitFor('SAML single sign-on');
  await screen.press(keys.enter);
  await screen.waitFor('Which Genesys Cloud region');
  await screen.paste(emulator.url);
  await screen.waitFor(emulator.url);
  await screen.press(keys.enter);
  await screen.waitFor('client id?');
  await screen.paste(emulator.defaultClient.id);
  await screen.press(keys.enter);
  await screen.waitFor('client secret?');
  await screen.paste(emulator.defaultClient.secret);
  await screen.press(keys.enter);
  await screen.waitFor('called here?');
  await screen.press(keys.enter);
  const report = await screen.waitFor('The integration works', 10_000);

  assert.match(report, /PASS/);
  assert.ok(!report.includes(emulator.defaultClient.secret));
  await screen.press('q');
  await waitUntil(() => result !== undefined);
  assert.equal(result?.isInterrupted, false);
  assert.equal(result?.lastReport?.ok, true);
  await screen.unmount();
});

test('a 429 counts down its Retry-After and runs the checks again', async () => {
  emulator.setScenario('rate-limited');
  const screen = await renderScreen(
    <App
      services={services()}
      start="setup"
      answers={{
        region: emulator.url,
        clientId: emulator.defaultClient.id,
        profileName: 'limited',
      }}
      onExit={() => undefined}
    />,
  );
  await screen.waitFor('SAML single sign-on');
  await screen.press(keys.enter);
  for (const question of ['region', 'client id?']) {
    await screen.waitFor(question);
    await screen.press(keys.enter);
  }

  await screen.waitFor('client secret?');
  await screen.paste(emulator.defaultClient.secret);
  await screen.press(keys.enter);
  await screen.waitFor('called here?');
  await screen.press(keys.enter);
  await screen.waitFor(/retrying in \d s/, 20_000);
  emulator.setScenario('healthy');
  await screen.waitFor('The integration works', 20_000);
  await screen.unmount();
});
