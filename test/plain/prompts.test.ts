import assert from 'node:assert/strict';
import {test} from 'node:test';
import {untilCancelled} from '../../source/plain/cancel.js';
import {
  askChoice,
  askConfirm,
  askSecret,
  askText,
} from '../../source/plain/prompts.js';
import {testSession} from './session.js';

test('a text prompt shows the validator message and asks again', async () => {
  const session = testSession();
  const answer = askText(session.io, {
    message: 'Profile name?',
    validate: (value) => (value === '' ? 'Enter a profile name.' : true),
  });

  await session.waitFor('Profile name?');
  session.answer('');
  await session.waitFor('Error: Enter a profile name.');
  session.answer('prod');

  assert.equal(await answer, 'prod');
});

test('a text prompt offers its default on Enter', async () => {
  const session = testSession();
  const answer = askText(session.io, {message: 'Name?', default: 'default'});

  await session.waitFor('Name? (default: default)');
  session.answer('');

  assert.equal(await answer, 'default');
});

test('a secret prompt masks every character', async () => {
  const session = testSession();
  const answer = askSecret(session.io, {message: 'Secret?'});

  await session.waitFor('Secret?');
  session.answer('hunter2-very-secret');

  assert.equal(await answer, 'hunter2-very-secret');
  assert.doesNotMatch(session.raw(), /hunter2/);
  assert.match(session.text(), /\*{19}/);
});

test('a menu takes the number of a choice', async () => {
  const session = testSession();
  const answer = askChoice(session.io, {
    message: 'What next?',
    choices: [
      {name: 'Run the checks again', value: 'again'},
      {name: 'Back', value: 'back'},
    ],
  });

  await session.waitFor('2) Back');
  session.answer('2');

  assert.equal(await answer, 'back');
});

test('a yes or no question reads y and n', async () => {
  const session = testSession();
  const answer = askConfirm(session.io, {message: 'Use it?', default: false});

  await session.waitFor('Use it?');
  session.answer('y');

  assert.equal(await answer, true);
});

// The start of a foreground colour, as styleText writes it.
const colourStart = '\u001B[3';

test('no colour is written unless colour is welcome', async () => {
  const plain = testSession();
  const answer = askText(plain.io, {message: 'Name?'});
  await plain.waitFor('Name?');
  plain.answer('x');
  await answer;

  assert.ok(!plain.raw().includes(colourStart));

  const coloured = testSession({isColour: true});
  const second = askText(coloured.io, {message: 'Name?'});
  await coloured.waitFor('Name?');
  coloured.answer('x');
  await second;

  assert.ok(coloured.raw().includes(colourStart));
});

test('Ctrl-C at a prompt says nothing was saved and gives 130', async () => {
  const session = testSession();
  const code = untilCancelled(session.io, async () => {
    await askText(session.io, {message: 'Client id?'});

    return 0;
  });

  await session.waitFor('Client id?');
  session.pressCtrlC();

  assert.equal(await code, 130);
  assert.match(session.text(), /Cancelled\. Nothing was saved\./);
});

test('an abort signal cancels the prompt in progress', async () => {
  const controller = new AbortController();
  const session = testSession({signal: controller.signal});
  const code = untilCancelled(session.io, async () => {
    await askText(session.io, {message: 'Client id?'});

    return 0;
  });

  await session.waitFor('Client id?');
  controller.abort(new Error('interrupted'));

  assert.equal(await code, 130);
});
