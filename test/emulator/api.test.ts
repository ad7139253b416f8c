import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {test} from 'node:test';
import {demoClients} from '../../source/emulator/index.js';
import {startTestEmulator} from '../helpers/emulator.js';
import type {Answer} from './http.js';
import {accessToken, apiGet, field, request, requestToken} from './http.js';

const [works, admin, noUsers] = demoClients();

function assertErrorBody(answer: Answer, status: number, code: string) {
  assert.equal(answer.status, status, answer.text);
  assert.equal(field(answer.json, 'code'), code);
  assert.equal(field(answer.json, 'status'), status);
  assert.equal(
    field(answer.json, 'contextId'),
    answer.headers['inin-correlation-id'],
  );
  assert.deepEqual(field(answer.json, 'details'), []);
  assert.deepEqual(field(answer.json, 'errors'), []);
  assert.equal(typeof field(answer.json, 'messageParams'), 'object');
}

test('users are listed page by page', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, works!);
  const path = '/api/v2/users?pageSize=5&pageNumber=2';
  const answer = await apiGet(emulator.url, path, token);

  assert.equal(answer.status, 200);
  const entities = field(answer.json, 'entities') as unknown[];
  assert.equal(entities.length, 5);
  assert.equal(field(answer.json, 'pageSize'), 5);
  assert.equal(field(answer.json, 'pageNumber'), 2);
  const total = Number(field(answer.json, 'total'));
  assert.equal(field(answer.json, 'pageCount'), Math.ceil(total / 5));
  assert.match(String(field(answer.json, 'nextUri')), /pageNumber=3/);
  assert.match(String(field(answer.json, 'previousUri')), /pageNumber=1/);
  assert.equal(typeof field(entities[0], 'id'), 'string');
  assert.equal(typeof field(entities[0], 'name'), 'string');

  const bad = await apiGet(emulator.url, '/api/v2/users?pageSize=0', token);
  assertErrorBody(bad, 400, 'bad.request');
});

test('a client without the permission gets 403 naming it', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, noUsers!);
  const answer = await apiGet(emulator.url, '/api/v2/users?pageSize=1', token);

  assertErrorBody(answer, 403, 'missing.permissions');
  assert.equal(
    field(answer.json, 'message'),
    'Unable to perform the requested action. You are missing the ' +
      'following permission(s): [directory:user:view]',
  );
  assert.deepEqual(field(answer.json, 'messageParams'), {
    permissions: '[directory:user:view]',
  });
  const queues = await apiGet(emulator.url, '/api/v2/routing/queues', token);
  assert.equal(queues.status, 200);
});

test('identity providers need sso:provider:view', async (t) => {
  const emulator = await startTestEmulator(t);
  const plain = await accessToken(emulator.url, works!);
  const denied = await apiGet(emulator.url, '/api/v2/identityproviders', plain);

  assertErrorBody(denied, 403, 'missing.permissions');
  assert.match(String(field(denied.json, 'message')), /\[sso:provider:view\]/);

  const token = await accessToken(emulator.url, admin!);
  const answer = await apiGet(emulator.url, '/api/v2/identityproviders', token);
  assert.equal(answer.status, 200);
  const entities = field(answer.json, 'entities') as unknown[];
  assert.ok(entities.length >= 1);
  assert.equal(field(answer.json, 'total'), entities.length);
  const first = entities[0];
  const one = await apiGet(
    emulator.url,
    `/api/v2/identityproviders/${String(field(first, 'id'))}`,
    token,
  );
  assert.equal(one.status, 200);
  assert.equal(field(one.json, 'name'), field(first, 'name'));
});

test('OAuth clients can be read with oauth:client:view only', async (t) => {
  const emulator = await startTestEmulator(t);
  const path = `/api/v2/oauth/clients/${works!.id}`;
  const plain = await accessToken(emulator.url, works!);
  assertErrorBody(
    await apiGet(emulator.url, path, plain),
    403,
    'missing.permissions',
  );

  const token = await accessToken(emulator.url, admin!);
  const answer = await apiGet(emulator.url, path, token);
  assert.equal(answer.status, 200);
  assert.equal(field(answer.json, 'id'), works!.id);
  assert.equal(field(answer.json, 'authorizedGrantType'), 'CLIENT_CREDENTIALS');
  assert.equal(JSON.stringify(answer.json).includes(works!.secret), false);

  const missing = '/api/v2/oauth/clients/00000000-0000-4000-8000-000000000000';
  assertErrorBody(await apiGet(emulator.url, missing, token), 404, 'not.found');
});

test('unknown paths and methods answer 404 not.found', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, works!);

  assertErrorBody(
    await apiGet(emulator.url, '/api/v2/nothing', token),
    404,
    'not.found',
  );
  const posted = await request(`${emulator.url}/api/v2/users`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: '{}',
  });
  assertErrorBody(posted, 404, 'not.found');
  const outside = await request(`${emulator.url}/index.html`);
  assertErrorBody(outside, 404, 'not.found');
});

test('missing, unknown and revoked tokens answer 401', async (t) => {
  const emulator = await startTestEmulator(t);
  const none = await request(`${emulator.url}/api/v2/tokens/me`);
  assertErrorBody(none, 401, 'authentication.required');

  const unknown = await apiGet(emulator.url, '/api/v2/tokens/me', 'made-up');
  assertErrorBody(unknown, 401, 'bad.credentials');

  const token = await accessToken(emulator.url, works!);
  assert.equal(
    (await apiGet(emulator.url, '/api/v2/tokens/me', token)).status,
    200,
  );
  emulator.revokeToken(token);
  const revoked = await apiGet(emulator.url, '/api/v2/tokens/me', token);
  assertErrorBody(revoked, 401, 'bad.credentials');
});

test('a token stops working when its lifetime ends', async (t) => {
  const emulator = await startTestEmulator(t, {
    scenario: 'token-expiring',
    expiringTokenSeconds: 1,
  });
  const answer = await requestToken(emulator.url, works!);
  assert.equal(field(answer.json, 'expires_in'), 1);
  const token = String(field(answer.json, 'access_token'));
  assert.equal(
    (await apiGet(emulator.url, '/api/v2/tokens/me', token)).status,
    200,
  );

  const deadline = Date.now() + 5_000;
  let last = await apiGet(emulator.url, '/api/v2/tokens/me', token);
  while (last.status === 200 && Date.now() < deadline) {
    await delay(100);
    last = await apiGet(emulator.url, '/api/v2/tokens/me', token);
  }

  assertErrorBody(last, 401, 'bad.credentials');
  const fresh = await accessToken(emulator.url, works!);
  assert.equal(
    (await apiGet(emulator.url, '/api/v2/tokens/me', fresh)).status,
    200,
  );
});

test('too many API calls per token answer 429 with Retry-After', async (t) => {
  const emulator = await startTestEmulator(t, {
    apiRateLimit: {requests: 3, windowSeconds: 60},
  });
  const token = await accessToken(emulator.url, works!);
  for (let call = 0; call < 3; call += 1) {
    assert.equal(
      (await apiGet(emulator.url, '/api/v2/tokens/me', token)).status,
      200,
    );
  }

  const limited = await apiGet(emulator.url, '/api/v2/tokens/me', token);
  assertErrorBody(limited, 429, 'too.many.requests.retry.after');
  const seconds = Number(limited.headers['retry-after']);
  assert.ok(seconds >= 1 && seconds <= 60, `Retry-After ${seconds}`);
  assert.equal(
    field(limited.json, 'message'),
    'Rate limit exceeded the maximum. ' +
      `Retry the request in [${seconds}] seconds`,
  );
  const other = await accessToken(emulator.url, works!);
  assert.equal(
    (await apiGet(emulator.url, '/api/v2/tokens/me', other)).status,
    200,
  );
});
