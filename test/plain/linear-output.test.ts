import assert from 'node:assert/strict';
import {test} from 'node:test';
import {askChoice, askSecret, askText} from '../../source/plain/prompts.js';
import {testSession} from './session.js';

const escape = '\u001B';

test('typed keys are appended and an error asks again', async () => {
  const session = testSession({isLinear: true});
  const answer = askText(session.io, {
    message: 'Client id?',
    validate: (value) => (value.length > 2 ? true : 'Too short.'),
  });

  await session.waitFor('Client id?');
  for (const key of ['a', 'b', '\r']) {
    session.press(key);
    await session.waitFor(key === '\r' ? 'Too short.' : key);
  }

  session.answer('abc');
  assert.equal(await answer, 'abc');

  assert.ok(!session.raw().includes(escape));
  assert.equal(
    session.raw(),
    '? Client id? ab\nError: Too short.\n? Client id? abc\n',
  );
});

test('a deleted character reprints the question line', async () => {
  const session = testSession({isLinear: true});
  const answer = askText(session.io, {message: 'Name?'});

  await session.waitFor('Name?');
  session.press('ab');
  await session.waitFor('ab');
  session.press('\u007F');
  await session.waitFor('\n? Name? a');
  session.answer('');

  assert.equal(await answer, 'a');
  assert.ok(!session.raw().includes(escape));
});

test('a linear menu is printed once and the choice is confirmed', async () => {
  const session = testSession({isLinear: true});
  const answer = askChoice(session.io, {
    message: 'Region?',
    choices: [
      {name: 'us-east-1', value: 'us-east-1'},
      {name: 'eu-west-1', value: 'eu-west-1'},
    ],
  });

  await session.waitFor('2) eu-west-1');
  session.answer('2');

  assert.equal(await answer, 'eu-west-1');
  assert.equal(session.raw().match(/2\) eu-west-1/g)?.length, 1);
  assert.match(session.raw(), /\n✔ Region\? eu-west-1\n$/);
  assert.ok(!session.raw().includes(escape));
});

test('a linear secret shows only stars', async () => {
  const session = testSession({isLinear: true});
  const answer = askSecret(session.io, {message: 'Secret?'});

  await session.waitFor('Secret?');
  session.answer('s3cr3t');

  assert.equal(await answer, 's3cr3t');
  assert.equal(session.raw(), '? Secret? ******\n');
});
