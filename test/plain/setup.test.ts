import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';
import {runPlainSetup} from '../../source/plain/setup.js';
import {openWorld} from './services.js';
import {answerSetup, testSession} from './session.js';

test('a whole setup against the emulator saves and checks', async () => {
  const world = await openWorld();
  const session = testSession();
  const client = world.emulator.defaultClient;
  try {
    const code = runPlainSetup({io: session.io, services: world.services});

    await session.waitFor('Begin?');
    session.answer('');
    await session.waitFor('Step 1 of 6 · Region');
    await session.waitFor('as entered)');
    session.answer(session.choice('http://127.0.0.1'));
    await session.waitFor('Step 2 of 6 · Client id');
    session.answer('');
    await session.waitFor('A client secret is filled in');
    session.answer('n');
    await session.waitFor('What is the client secret?');
    session.answer(client.secret);
    await session.waitFor('Step 4 of 6 · Profile name');
    session.answer('');
    await session.waitFor('Ready to save:');
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor(/Saved profile demo: .*Fingerprint/);
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

test('Ctrl-C half-way leaves no profile and no secret behind', async () => {
  const world = await openWorld();
  const session = testSession();
  try {
    const code = runPlainSetup({
      io: session.io,
      services: world.services,
      skipWelcome: true,
    });

    await session.waitFor('Step 1 of 6 · Region');
    session.answer('1');
    await session.waitFor('Step 2 of 6 · Client id');
    session.answer('');
    await session.waitFor('A client secret is filled in');
    session.answer('n');
    await session.waitFor('What is the client secret?');
    session.press('half-typed');
    session.pressCtrlC();

    assert.equal(await code, 130);
    assert.match(session.text(), /Cancelled\. Nothing was saved\.\n$/);
    assert.deepEqual(await world.services.profiles.list(), []);
    assert.deepEqual(await world.services.store.secrets.list(), []);
  } finally {
    await world.close();
  }
});

test('a failed check gives 1 and a support bundle with no secret', async () => {
  const world = await openWorld({scenario: 'missing-permission'});
  const session = testSession();
  const secret = world.emulator.defaultClient.secret;
  try {
    const code = runPlainSetup({
      io: session.io,
      services: world.services,
      skipWelcome: true,
    });

    await answerSetup(session, {region: '1', profileName: 'ops'});
    await session.waitFor('Save this profile?');
    session.answer('1');
    await session.waitFor(/FAIL Permission to read users:/);
    await session.waitFor('What next?');
    session.answer('2');
    await session.waitFor(/Support bundle saved to (\S+)\. /);
    const file = /Support bundle saved to (\S+)\. /.exec(session.text())?.[1];
    session.answer('3');

    assert.equal(await code, 1);
    assert.ok(file);
    const bundle = await readFile(file, 'utf8');
    assert.match(bundle, /missing-permissions/);
    assert.ok(!bundle.includes(secret));
    assert.ok(!session.raw().includes(secret));
    for (const token of world.emulator.issuedTokens()) {
      assert.ok(!session.raw().includes(token));
    }
  } finally {
    await world.close();
  }
});
