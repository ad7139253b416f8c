import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runPlainHome} from '../../source/plain/home.js';
import type {TestWorld} from './services.js';
import {openWorld} from './services.js';
import {answerSetup, testSession} from './session.js';
import {seedProfile} from '../helpers/seed-profile.js';

/** Saves a profile against the world's emulator, working or not. */
async function saveProfile(world: TestWorld, name: string, secret: string) {
  const {services, emulator} = world;
  const resolution = services.wizard.resolveEnvironment(emulator.url);
  assert.ok(resolution.ok);
  const env = {GENESYS_AUTH_CONFIG_DIR: world.configDir};
  await seedProfile(env, services.store.secrets, {
    name,
    regionInput: emulator.url,
    environment: resolution.environment,
    clientId: emulator.defaultClient.id,
    clientSecret: secret,
  });
}

test('home checks every profile in turn and records each result', async () => {
  const world = await openWorld();
  const session = testSession({isLinear: true});
  const secret = world.emulator.defaultClient.secret;
  try {
    await saveProfile(world, 'good', secret);
    await saveProfile(world, 'stale', `${secret}x`);
    await saveProfile(world, 'lost', secret);
    await world.services.store.secrets.delete('lost');
    const code = runPlainHome({io: session.io, services: world.services});

    await session.waitFor('Profiles: 3 saved.');
    await session.waitFor('What next?');
    session.answer(session.choice('Check all profiles'));
    await session.waitFor('Checking every profile, one after the other.');
    await session.waitFor('3 profiles passed.');
    const text = session.text();
    assert.match(text, /Checking good \.\.\.\n {2}✔ PASS good: every check/);
    assert.match(text, /✖ FAIL stale: invalid-client/);
    assert.match(
      text,
      /✖ FAIL lost: No client secret for "lost" in the keychain\. Choose "Change a profile" to enter it again\./,
    );
    assert.match(text, /1 of 3 profiles passed\./);

    await session.waitFor('What next?');
    const home = session.text().split('profiles passed.').at(-1) ?? '';
    assert.match(home, /good: .*last check passed/);
    assert.match(home, /stale: .*last check failed on .*\(invalid-client\)/);
    assert.match(home, /lost: .*not checked yet/);
    session.answer(session.choice('Quit'));
    assert.equal(await code, 0);
  } finally {
    await world.close();
  }
});

test('changing a profile asks again with its answers filled in', async () => {
  const world = await openWorld({withDefaults: false});
  const session = testSession({isLinear: true});
  const {defaultClient} = world.emulator;
  try {
    await saveProfile(world, 'bot', 'a-secret-that-no-longer-works');
    const code = runPlainHome({io: session.io, services: world.services});

    await session.waitFor('What next?');
    assert.doesNotMatch(session.text(), /Check all profiles/);
    session.answer(session.choice('Change a profile'));
    await session.waitFor('Which profile should be changed?');
    session.answer(session.choice('bot'));
    await session.waitFor('Changing bot.');
    await session.waitFor('Step 1 of 6');
    await session.waitFor(`1) ${world.emulator.url} (as entered)`);
    session.answer('1');
    await session.waitFor(`(default: ${defaultClient.id})`);
    session.answer('');
    await session.waitFor('What is the client secret?');
    session.answer(defaultClient.secret);
    await session.waitFor('(default: bot)');
    session.answer('');
    // Keeping its own name is no reason to warn.
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor('All checks passed');
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));
    await session.waitFor(/bot: .*last check passed/);
    await session.waitFor('What next?');
    session.answer(session.choice('Quit'));

    assert.equal(await code, 0);
    assert.doesNotMatch(session.text(), /Warning:/);
    const secrets = world.services.store.secrets;
    assert.equal(await secrets.get('bot'), defaultClient.secret);
  } finally {
    await world.close();
  }
});

test('a new setup warns before it replaces a saved profile', async () => {
  const world = await openWorld();
  const session = testSession({isLinear: true});
  try {
    await saveProfile(world, 'bot', world.emulator.defaultClient.secret);
    const code = runPlainHome({io: session.io, services: world.services});

    await session.waitFor('What next?');
    session.answer(session.choice('Set up a new integration'));
    await answerSetup(session, {region: '1', profileName: 'bot'});
    await session.waitFor('Warning: A profile named "bot" exists');
    await session.waitFor('Use it anyway?');
    session.pressCtrlC();

    assert.equal(await code, 130);
  } finally {
    await world.close();
  }
});
