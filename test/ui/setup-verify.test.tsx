import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {runChecks} from '../../source/diagnosis/run.js';
import type {Emulator} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {createMemorySecretStore} from '../../source/store/secrets.js';
import {App} from '../../source/ui/app.js';
import {connectServices} from '../../source/services/connect.js';
import type {AppServices} from '../../source/services/services.js';
import {seedProfile} from '../helpers/seed-profile.js';
import type {Screen} from '../helpers/ink.js';
import {keys, renderScreen} from '../helpers/ink.js';

const wrongSecret = 'a-secret-that-never-worked';
let emulator: Emulator;
let configDir: string;

before(async () => {
  emulator = await startEmulator();
  configDir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-verify-'));
});

after(async () => {
  await emulator.close();
  await rm(configDir, {recursive: true, force: true});
});

function services(directory: string): AppServices {
  return connectServices({
    env: {GENESYS_AUTH_CONFIG_DIR: directory},
    secrets: createMemorySecretStore(),
    keychain: 'the test keychain',
    runChecks,
    saveBundle: async () => path.join(directory, 'bundle.md'),
  });
}

/** A setup with every answer but the secret given; types the secret. */
async function setupWith(world: AppServices, name: string, secret: string) {
  const screen = await renderScreen(
    <App
      services={world}
      start="setup"
      answers={{
        region: emulator.url,
        clientId: emulator.defaultClient.id,
        profileName: name,
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

  await enterSecret(screen, secret);

  return screen;
}

async function enterSecret(screen: Screen, secret: string) {
  await screen.waitFor('client secret?');
  await screen.press(keys.ctrlU);
  await screen.paste(secret);
  await screen.press(keys.enter);
  await screen.waitFor('called here?');
  await screen.press(keys.enter);
}

test('a wrong secret saves nothing; Esc goes back to change it', async (t) => {
  const directory = await mkdtemp(path.join(configDir, 'wrong-'));
  const world = services(directory);
  const screen = await setupWith(world, 'fresh', wrongSecret);
  t.after(() => screen.unmount());
  const report = await screen.waitFor(/q quit/, 10_000);

  assert.match(report, /invalid-client/);
  assert.match(report, /Nothing was saved: these credentials got no token/);
  assert.match(report, /Esc back/);
  assert.deepEqual(await world.profiles.list(), []);
  assert.deepEqual(await world.store.secrets.list(), []);
  await screen.press(keys.escape);
  await screen.waitFor('client secret?');
  await enterSecret(screen, emulator.defaultClient.secret);
  const saved = await screen.waitFor(/Saved profile fresh/, 10_000);

  assert.match(saved, /the test keychain/);
  assert.match(saved, /The integration works/);
  assert.equal(
    await world.store.secrets.get('fresh'),
    emulator.defaultClient.secret,
  );
});

test('a wrong new secret leaves the working profile as it was', async (t) => {
  const directory = await mkdtemp(path.join(configDir, 'rotate-'));
  const world = services(directory);
  const resolution = resolveEnvironment(emulator.url);
  assert.ok(resolution.ok);
  await seedProfile({GENESYS_AUTH_CONFIG_DIR: directory}, world.store.secrets, {
    name: 'bot',
    regionInput: emulator.url,
    environment: resolution.environment,
    clientId: emulator.defaultClient.id,
    clientSecret: emulator.defaultClient.secret,
  });
  const before = await world.profiles.list();
  const screen = await setupWith(world, 'bot', wrongSecret);
  t.after(() => screen.unmount());
  await screen.waitFor('exists; continuing replaces it');
  await screen.press(keys.enter);
  const report = await screen.waitFor(/q quit/, 10_000);

  assert.match(report, /Nothing was saved/);
  assert.equal(
    await world.store.secrets.get('bot'),
    emulator.defaultClient.secret,
  );
  assert.deepEqual(await world.profiles.list(), before);
});
