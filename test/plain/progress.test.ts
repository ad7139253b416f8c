import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {CheckResult} from '../../source/diagnosis/types.js';
import type {RequestRecord} from '../../source/genesys/types.js';
import {
  describeRequest,
  progressPrinter,
  statusMark,
} from '../../source/plain/progress.js';
import {testSession} from './session.js';

function record(overrides: Partial<RequestRecord>): RequestRecord {
  return {
    method: 'GET',
    url: 'https://api.mypurecloud.ie/api/v2/tokens/me',
    status: 200,
    startedAt: 0,
    durationMs: 38.4,
    correlationId: null,
    retryAfterSeconds: null,
    attempt: 1,
    ...overrides,
  };
}

test('a token request reads as a sentence with its timing', () => {
  const line = describeRequest(
    record({
      method: 'POST',
      url: 'https://login.mypurecloud.ie/oauth/token',
      durationMs: 212,
    }),
  );

  assert.equal(
    line,
    'Requesting a token from login.mypurecloud.ie ... done in 212 ms',
  );
});

test('an API call names its method, path and status', () => {
  assert.equal(
    describeRequest(record({})),
    'Calling GET /api/v2/tokens/me ... 200 in 38 ms',
  );
  assert.equal(
    describeRequest(
      record({
        url: 'https://api.mypurecloud.ie/api/v2/users?pageSize=1',
        status: 429,
        attempt: 2,
      }),
    ),
    'Calling GET /api/v2/users?pageSize=1 (attempt 2) ... 429 in 38 ms',
  );
});

test('a request with no answer says so', () => {
  const line = describeRequest(
    record({
      method: 'POST',
      url: 'http://127.0.0.1:4100/oauth/token',
      status: null,
      durationMs: 16000,
    }),
  );

  assert.equal(
    line,
    'Requesting a token from 127.0.0.1:4100 ... no answer after 16000 ms',
  );
});

test('every status is a word and a symbol, never colour alone', () => {
  const session = testSession();

  assert.equal(statusMark(session.io, 'pass'), '✔ PASS');
  assert.equal(statusMark(session.io, 'fail'), '✖ FAIL');
  assert.equal(statusMark(testSession({isAscii: true}).io, 'warn'), '! WARN');
});

test('progress is printed as whole lines as the checks go', () => {
  const session = testSession();
  const print = progressPrinter(session.io);
  const result: CheckResult = {
    id: 'identity',
    status: 'warn',
    durationMs: 40,
    summary: 'users/me needs a user; tokens/me names the OAuth client',
    details: [],
    requests: [],
    diagnosis: null,
  };

  print({type: 'start', id: 'identity', at: 0});
  print({type: 'request', id: 'identity', record: record({})});
  print({type: 'finish', result});

  assert.equal(
    session.raw(),
    'Checking: Who the token belongs to\n' +
      '  Calling GET /api/v2/tokens/me ... 200 in 38 ms\n' +
      '  ⚠ WARN Who the token belongs to: users/me needs a user; tokens/me names the ' +
      'OAuth client\n',
  );
});
