import assert from 'node:assert/strict';
import {test} from 'node:test';
import {demoClients} from '../../source/emulator/index.js';
import {startTestEmulator} from '../helpers/emulator.js';
import type {Answer} from './http.js';
import {basic, field, request, requestToken} from './http.js';

const [works, admin, , disabled, inactive] = demoClients();

function assertOAuthError(
  answer: Answer,
  status: number,
  error: string,
  description: RegExp,
): void {
  assert.equal(answer.status, status, answer.text);
  assert.equal(field(answer.json, 'error'), error);
  assert.match(String(field(answer.json, 'error_description')), description);
  assert.equal(
    field(answer.json, 'description'),
    field(answer.json, 'error_description'),
  );
  assert.equal(field(answer.json, 'access_token'), undefined);
}

function post(url: string, headers: Record<string, string>, body: string) {
  return request(`${url}/oauth/token`, {method: 'POST', headers, body});
}

const form = {'Content-Type': 'application/x-www-form-urlencoded'};

test('a wrong secret is invalid_client "authentication failed"', async (t) => {
  const emulator = await startTestEmulator(t);
  const answer = await requestToken(emulator.url, {
    id: works!.id,
    secret: 'not-the-secret',
  });

  assertOAuthError(answer, 400, 'invalid_client', /^authentication failed$/);
});

test('an unknown client id is invalid_client "client not found"', async (t) => {
  const emulator = await startTestEmulator(t);
  const answer = await requestToken(emulator.url, {
    id: '00000000-0000-4000-8000-000000000000',
    secret: works!.secret,
  });

  assertOAuthError(answer, 400, 'invalid_client', /^client not found$/);
});

test('disabled and inactive clients get no token', async (t) => {
  const emulator = await startTestEmulator(t);

  assertOAuthError(
    await requestToken(emulator.url, disabled!),
    400,
    'unauthorized_client',
    /disabled/,
  );
  assertOAuthError(
    await requestToken(emulator.url, inactive!),
    400,
    'unauthorized_client',
    /inactive/,
  );
  assert.deepEqual(emulator.issuedTokens(), []);
});

test('credentials must come in a well-formed Basic header', async (t) => {
  const emulator = await startTestEmulator(t);
  const body = 'grant_type=client_credentials';
  const inBody =
    `${body}&client_id=${works!.id}` + `&client_secret=${works!.secret}`;

  assertOAuthError(
    await post(emulator.url, form, inBody),
    400,
    'invalid_client',
    /authentication required/,
  );
  assertOAuthError(
    await post(emulator.url, {...form, Authorization: 'Basic !!!'}, body),
    400,
    'invalid_request',
    /malformed/,
  );
  const noColon = `Basic ${Buffer.from(works!.id).toString('base64')}`;
  assertOAuthError(
    await post(emulator.url, {...form, Authorization: noColon}, body),
    400,
    'invalid_request',
    /malformed/,
  );
  const auth = basic(works!.id, works!.secret);
  assertOAuthError(
    await post(emulator.url, {...form, Authorization: auth}, inBody),
    400,
    'invalid_request',
    /multiple/,
  );
});

test('the body must be a form: grant_type=client_credentials', async (t) => {
  const emulator = await startTestEmulator(t);
  const auth = {Authorization: basic(works!.id, works!.secret)};
  const json = {...auth, 'Content-Type': 'application/json'};

  assertOAuthError(
    await post(emulator.url, json, '{"grant_type":"client_credentials"}'),
    400,
    'invalid_request',
    /x-www-form-urlencoded/,
  );
  assertOAuthError(
    await post(emulator.url, auth, 'grant_type=client_credentials'),
    400,
    'invalid_request',
    /x-www-form-urlencoded/,
  );
  assertOAuthError(
    await post(emulator.url, {...auth, ...form}, 'grant_type=password'),
    400,
    'unsupported_grant_type',
    /password/,
  );
  assertOAuthError(
    await post(emulator.url, {...auth, ...form}, 'scope=admin'),
    400,
    'invalid_request',
    /grant_type/,
  );
  const withCharset = {
    ...auth,
    'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
  };
  const answer = await post(
    emulator.url,
    withCharset,
    'grant_type=client_credentials&scope=ignored',
  );
  assert.equal(answer.status, 200);
});

test('the token endpoint answers POST only', async (t) => {
  const emulator = await startTestEmulator(t);
  const answer = await request(`${emulator.url}/oauth/token`);

  assert.equal(answer.status, 405);
  assert.equal(answer.headers.allow, 'POST');
  assert.equal(field(answer.json, 'error'), 'invalid_request');
});

test('too many token requests per client answer 400, not 429', async (t) => {
  const emulator = await startTestEmulator(t, {
    tokenRateLimit: {requests: 2, windowSeconds: 60},
  });
  await requestToken(emulator.url, works!);
  await requestToken(emulator.url, works!);
  const limited = await requestToken(emulator.url, works!);

  assertOAuthError(limited, 400, 'invalid_request', /^rate limit exceeded; /);
  assert.match(String(limited.headers['inin-correlation-id']), /-/);
  assert.equal((await requestToken(emulator.url, admin!)).status, 200);
});

test('token errors can answer 401 instead of 400', async (t) => {
  const emulator = await startTestEmulator(t, {tokenErrorStatus: 401});
  const answer = await requestToken(emulator.url, {id: works!.id, secret: 'x'});

  assertOAuthError(answer, 401, 'invalid_client', /authentication failed/);
});

test('every token is new and opaque', async (t) => {
  const emulator = await startTestEmulator(t);
  const first = field(
    (await requestToken(emulator.url, works!)).json,
    'access_token',
  );
  const second = field(
    (await requestToken(emulator.url, works!)).json,
    'access_token',
  );

  assert.notEqual(first, second);
  assert.doesNotMatch(String(first), new RegExp(works!.id));
  assert.deepEqual(emulator.issuedTokens(), [first, second]);
});

test('the emulator refuses to listen beyond loopback', async () => {
  const {startEmulator} = await import('../../source/emulator/index.js');

  await assert.rejects(startEmulator({host: '0.0.0.0'}), /loopback/);
});
