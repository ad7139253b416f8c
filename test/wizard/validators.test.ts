import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  checkClientId,
  checkClientSecret,
  isUuid,
} from '../../source/wizard/index.js';
import {clientId} from './fixtures.js';

test('a client id must be a UUID, and the message says so', () => {
  assert.deepEqual(checkClientId(clientId), {});
  assert.deepEqual(checkClientId(` ${clientId.toUpperCase()} `), {});
  assert.match(checkClientId('my-client')?.error ?? '', /UUIDs/);
  assert.match(checkClientId('')?.error ?? '', /client id/);
});

test('isUuid accepts only the 8-4-4-4-12 shape', () => {
  assert.equal(isUuid(clientId), true);
  assert.equal(isUuid(clientId.replaceAll('-', '')), false);
  assert.equal(isUuid(`${clientId}0`), false);
});

test('a secret shaped like a UUID is doubted as an id', () => {
  const verdict = checkClientSecret(clientId);

  assert.equal(verdict.error, undefined);
  assert.match(verdict.warning ?? '', /looks like a client id/);
});

test('a secret with whitespace is doubted without being echoed', () => {
  const secret = 'abc DEF-ghi';
  const verdict = checkClientSecret(`${secret}\n`);

  assert.match(verdict.warning ?? '', /spaces or line breaks/);
  assert.doesNotMatch(verdict.warning ?? '', /abc|DEF|ghi/);
});

test('an empty secret is refused; a plausible one passes', () => {
  assert.match(checkClientSecret('  ').error ?? '', /client secret/);
  assert.deepEqual(checkClientSecret('Xk3-ghJ8_aa0LmQ'), {});
});
