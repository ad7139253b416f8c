import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {runPlainSetup} from '../../source/plain/setup.js';
import {
  checkClientId,
  progressLabel,
  startWizard,
  stepById,
} from '../../source/wizard/index.js';
import type {TestWorld} from './services.js';
import {openWorld} from './services.js';
import {testSession} from './session.js';

let world: TestWorld;
before(async () => {
  world = await openWorld({withDefaults: false});
});
after(() => world.close());

/** Starts setup at the region and stops it with Ctrl-C once done. */
function startSetup() {
  // Linear, as a screen reader gets it: long messages are never wrapped.
  const session = testSession({isLinear: true});
  const code = runPlainSetup({
    io: session.io,
    services: world.services,
    skipWelcome: true,
  });
  const leave = async () => {
    session.pressCtrlC();
    assert.equal(await code, 130);
  };

  return {session, leave};
}

test('the region menu lists the deployments and Other', async () => {
  const {session, leave} = startSetup();

  await session.waitFor(stepById('region').question);
  await session.waitFor(/\d+\) eu-west-1 +mypurecloud\.ie/);
  await session.waitFor(/\d+\) Other \(paste a URL or domain\)/);
  session.answer(session.choice('Other'));
  await session.waitFor('Paste the URL or domain:');
  session.answer('https://apps.mypurecloud.ie/directory/#/admin');
  await session.waitFor('Step 2 of 6 · Client id');
  await leave();
});

test('an unknown domain warns and may be kept', async () => {
  const {session, leave} = startSetup();

  await session.waitFor(') Other');
  session.answer(session.choice('Other'));
  await session.waitFor('Paste the URL or domain:');
  session.answer('example.org');
  await session.waitFor(/Warning: .*example\.org/);
  await session.waitFor('Use it anyway?');
  session.answer('y');
  await session.waitFor('Step 2 of 6 · Client id');
  await leave();
});

test('a client id is refused with the step model message', async () => {
  const {session, leave} = startSetup();
  const message = checkClientId('not-a-uuid').error;
  assert.ok(message);

  await session.waitFor(') Other');
  session.answer(session.choice('eu-west-1 '));
  await session.waitFor(stepById('client-id').question);
  session.answer('not-a-uuid');
  await session.waitFor(`Error: ${message}`);
  session.answer('0f8fad5b-d9cb-469f-a165-70867728950e');
  await session.waitFor(stepById('client-secret').question);
  await leave();
});

test('a secret that looks like an id warns before it is kept', async () => {
  const {session, leave} = startSetup();

  await session.waitFor(') Other');
  session.answer(session.choice('eu-west-1 '));
  await session.waitFor('Step 2 of 6');
  session.answer('0f8fad5b-d9cb-469f-a165-70867728950e');
  await session.waitFor(stepById('client-secret').question);
  session.answer('0f8fad5b-d9cb-469f-a165-70867728950e');
  await session.waitFor(/Warning: This looks like a client id/);
  session.answer('n');
  await session.waitFor(stepById('client-secret').question);
  session.answer('a-real-looking-secret');
  await session.waitFor(stepById('profile-name').question);
  await leave();

  assert.ok(!session.raw().includes('a-real-looking-secret'));
});

test('the review changes one answer and keeps the others', async () => {
  const {session, leave} = startSetup();

  await session.waitFor(') Other');
  session.answer(session.choice('eu-west-1 '));
  await session.waitFor('Step 2 of 6');
  session.answer('0f8fad5b-d9cb-469f-a165-70867728950e');
  await session.waitFor('Step 3 of 6');
  session.answer('first-secret');
  await session.waitFor('Step 4 of 6');
  session.answer('prod');
  await session.waitFor('Profile name: prod');
  await session.waitFor('Save this profile?');
  session.answer('5');
  await session.waitFor('Step 4 of 6');
  session.answer('eu-bot');
  await session.waitFor('Region: eu-west-1 (mypurecloud.ie)');
  await session.waitFor(
    'OAuth client id: 0f8fad5b-d9cb-469f-a165-70867728950e',
  );
  await session.waitFor('Profile name: eu-bot');
  await session.waitFor('Save this profile?');
  await leave();

  assert.deepEqual(await world.services.profiles.list(), []);
});

test('each step is announced by the step model, in ASCII when asked', async () => {
  for (const isAscii of [false, true]) {
    const session = testSession({isLinear: true, isAscii});
    const code = runPlainSetup({
      io: session.io,
      services: world.services,
      skipWelcome: true,
    });
    const state = startWizard({}, true);
    const label = progressLabel(state);

    await session.waitFor(stepById('region').question);
    const shown = session.text().split('\n')[1];
    assert.equal(shown, isAscii ? label.replace(' · ', ' - ') : label);
    if (isAscii) assert.doesNotMatch(session.text(), /[^\n -~]/);
    session.pressCtrlC();
    assert.equal(await code, 130);
  }
});
