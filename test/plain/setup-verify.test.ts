import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runPlainSetup} from '../../source/plain/setup.js';
import {seedProfile} from '../helpers/seed-profile.js';
import type {TestWorld} from './services.js';
import {openWorld} from './services.js';
import type {TestSession} from './session.js';
import {answerSetup, testSession} from './session.js';

const wrongSecret = 'a-secret-that-never-worked';

/** From the first question to the report, with this secret. */
async function answerUpToReport(session: TestSession, secret: string) {
  await answerSetup(session, {secret});
  await session.waitFor('Save this profile?');
  session.answer('1');
}

async function seedDemo(world: TestWorld): Promise<void> {
  const {emulator, services} = world;
  const resolution = services.wizard.resolveEnvironment(emulator.url);
  assert.ok(resolution.ok);
  await seedProfile(
    {GENESYS_AUTH_CONFIG_DIR: world.configDir},
    services.store.secrets,
    {
      name: 'demo',
      regionInput: emulator.url,
      environment: resolution.environment,
      clientId: emulator.defaultClient.id,
      clientSecret: emulator.defaultClient.secret,
    },
  );
}

test('a wrong secret saves nothing, reports why, and goes back', async () => {
  const world = await openWorld();
  const session = testSession();
  const {secret} = world.emulator.defaultClient;
  try {
    const code = runPlainSetup({
      io: session.io,
      services: world.services,
      skipWelcome: true,
    });
    await answerUpToReport(session, wrongSecret);
    await session.waitFor('Requesting a token from 127.0.0.1');
    await session.waitFor('Nothing was saved: these credentials got no token.');
    await session.waitFor('[invalid-client]');
    await session.waitFor('Nothing was saved');
    await session.waitFor('What next?');

    assert.deepEqual(await world.services.profiles.list(), []);
    assert.deepEqual(await world.services.store.secrets.list(), []);
    session.answer(session.choice('Change an answer'));
    await session.waitFor('What is the client secret?');
    session.answer(secret);
    await session.waitFor('Ready to save:');
    await session.waitFor(/Region: local emulator/);
    await session.waitFor('Profile name: demo');
    session.answer('1');
    await session.waitFor(/Saved profile demo: .*Fingerprint/);
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));

    assert.equal(await code, 0);
    assert.equal(await world.services.store.secrets.get('demo'), secret);
    assert.ok(!session.raw().includes(wrongSecret));
  } finally {
    await world.close();
  }
});

test('a wrong new secret keeps the working one and the profile', async () => {
  const world = await openWorld();
  const session = testSession();
  try {
    await seedDemo(world);
    const before = await world.services.profiles.list();
    const code = runPlainSetup({
      io: session.io,
      services: world.services,
      skipWelcome: true,
      replacing: 'demo',
    });
    await answerUpToReport(session, wrongSecret);
    await session.waitFor('[invalid-client]');
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));

    assert.equal(await code, 1);
    assert.equal(
      await world.services.store.secrets.get('demo'),
      world.emulator.defaultClient.secret,
    );
    assert.deepEqual(await world.services.profiles.list(), before);
  } finally {
    await world.close();
  }
});
