import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runPlainDemo} from '../../source/plain/demo.js';
import {openWorld} from './services.js';
import {answerSetup, testSession} from './session.js';

test('the demo walks setup, then plays another scenario', async () => {
  const world = await openWorld();
  const session = testSession({isLinear: true});
  try {
    const code = runPlainDemo({io: session.io, services: world.services});

    await session.waitFor('Which scenario should the emulator play?');
    session.answer(session.choice('Healthy'));
    await session.waitFor('Begin?');
    session.answer('');
    await answerSetup(session);
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor('All checks passed');
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));

    await session.waitFor(') Try another scenario');
    session.answer(session.choice('Try another scenario'));
    await session.waitFor('Which scenario should the emulator play?');
    session.answer(session.choice('Wrong client secret'));
    await session.waitFor('[invalid-client]');
    await session.waitFor('What next?');
    session.answer(session.choice('Done'));
    await session.waitFor(') Quit the demo');
    session.answer(session.choice('Quit the demo'));

    assert.equal(await code, 0);
    assert.equal(world.emulator.scenario, 'wrong-secret');
    assert.ok(!session.raw().includes(world.emulator.defaultClient.secret));
  } finally {
    await world.close();
  }
});
