import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runPlainHome} from '../../source/plain/home.js';
import {openWorld} from './services.js';
import {answerSetup, testSession} from './session.js';

test('home sets up a profile, checks it, forgets it and quits', async () => {
  const world = await openWorld();
  const session = testSession({isLinear: true});
  try {
    const code = runPlainHome({io: session.io, services: world.services});

    await session.waitFor('Profiles: 0 saved.');
    await session.waitFor('What next?');
    session.answer(session.choice('Set up a new integration'));
    await answerSetup(session, {profileName: 'bot'});
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor('All checks passed');
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));

    await session.waitFor('Profiles: 1 saved.');
    await session.waitFor(/bot: .*last check passed/);
    await session.waitFor('What next?');
    session.answer(session.choice('Check bot'));
    await session.waitFor('Checking profile bot');
    await session.waitFor('What next?');
    session.answer(session.choice('Back'));

    await session.waitFor('Profiles: 1 saved.');
    await session.waitFor('What next?');
    session.answer(session.choice('Forget a profile'));
    await session.waitFor('Which profile should be forgotten?');
    session.answer(session.choice('bot'));
    await session.waitFor('delete its secret from the keychain?');
    session.answer('y');
    await session.waitFor('Forgot bot');
    await session.waitFor('Profiles: 0 saved.');
    await session.waitFor('What next?');
    session.answer(session.choice('Quit'));

    assert.equal(await code, 0);
    assert.deepEqual(await world.services.store.secrets.list(), []);
  } finally {
    await world.close();
  }
});

test('Ctrl-C in a setup started from home leaves home too', async () => {
  const world = await openWorld();
  const session = testSession({isLinear: true});
  try {
    const code = runPlainHome({io: session.io, services: world.services});

    await session.waitFor('What next?');
    session.answer(session.choice('Set up a new integration'));
    await session.waitFor('Step 1 of 6 · Region');
    session.pressCtrlC();

    assert.equal(await code, 130);
    assert.match(session.text(), /Cancelled\. Nothing was saved\.\n$/);
  } finally {
    await world.close();
  }
});
