import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runPlainSetup} from '../../source/plain/setup.js';
import {openWorld} from './services.js';
import {testSession} from './session.js';

test('a whole setup against the emulator saves and checks', async () => {
  const world = await openWorld();
  const session = testSession();
  const client = world.emulator.defaultClient;
  try {
    const code = runPlainSetup({io: session.io, services: world.services});

    await session.waitFor('Begin?');
    session.answer('');
    await session.waitFor('Step 1 of 6: Region');
    await session.waitFor('as entered)');
    session.answer('1');
    await session.waitFor('Step 2 of 6: Client id');
    session.answer('');
    await session.waitFor('A client secret is filled in');
    session.answer('n');
    await session.waitFor('What is the client secret?');
    session.answer(client.secret);
    await session.waitFor('Step 4 of 6: Profile name');
    session.answer('');
    await session.waitFor('Ready to save:');
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor(/Saved profile demo\. .*fingerprint/);
    await session.waitFor('Requesting a token from 127.0.0.1');
    await session.waitFor('What next?');
    session.answer('3');

    assert.equal(await code, 0);
    const profiles = await world.services.profiles.list();
    assert.deepEqual(
      profiles.map((profile) => profile.name),
      ['demo'],
    );
    assert.equal(await world.services.store.secrets.get('demo'), client.secret);
    assert.ok(!session.raw().includes(client.secret));
  } finally {
    await world.close();
  }
});
