import assert from 'node:assert/strict';
import http from 'node:http';
import {test} from 'node:test';
import {demoClients, scenarios} from '../../source/emulator/index.js';
import type {ScenarioName} from '../../source/emulator/index.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {accessToken, apiGet, field, request, requestToken} from './http.js';

const [works, admin] = demoClients();
const covered = new Set<ScenarioName>();

function scenarioTest(
  name: ScenarioName,
  title: string,
  fn: (t: test.TestContext) => Promise<void>,
) {
  covered.add(name);
  test(`${name}: ${title}`, fn);
}

scenarioTest('healthy', 'the default client works end to end', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'healthy'});
  const token = await accessToken(emulator.url, emulator.defaultClient);
  const users = await apiGet(emulator.url, '/api/v2/users?pageSize=1', token);

  assert.equal(emulator.scenario, 'healthy');
  assert.equal(users.status, 200);
});

scenarioTest('wrong-secret', 'even the right secret fails', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'wrong-secret'});
  const answer = await requestToken(emulator.url, works!);

  assert.equal(answer.status, 400);
  assert.equal(field(answer.json, 'error'), 'invalid_client');
  assert.equal(
    field(answer.json, 'error_description'),
    'authentication failed',
  );
});

scenarioTest('unknown-client', 'no client is found', async (t) => {
  const emulator = await startTestEmulator(t);
  emulator.setScenario('unknown-client');
  const answer = await requestToken(emulator.url, works!);

  assert.equal(emulator.scenario, 'unknown-client');
  assert.equal(field(answer.json, 'error'), 'invalid_client');
  assert.equal(field(answer.json, 'error_description'), 'client not found');
});

scenarioTest('disabled-client', 'no new tokens, old ones stop', async (t) => {
  const emulator = await startTestEmulator(t);
  const earlier = await accessToken(emulator.url, works!);
  emulator.setScenario('disabled-client');
  const answer = await requestToken(emulator.url, works!);
  const call = await apiGet(emulator.url, '/api/v2/tokens/me', earlier);

  assert.equal(answer.status, 400);
  assert.equal(field(answer.json, 'error'), 'unauthorized_client');
  assert.equal(call.status, 401);
  assert.equal(field(call.json, 'code'), 'bad.credentials');
});

scenarioTest('token-rate-limit', 'HTTP 400 rate limit exceeded', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'token-rate-limit'});
  const answer = await requestToken(emulator.url, works!);

  assert.equal(answer.status, 400);
  assert.equal(field(answer.json, 'error'), 'invalid_request');
  assert.match(
    String(field(answer.json, 'error_description')),
    /^rate limit exceeded;/,
  );
});

scenarioTest('missing-permission', '403 for every client', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'missing-permission'});
  const token = await accessToken(emulator.url, admin!);
  const users = await apiGet(emulator.url, '/api/v2/users?pageSize=1', token);
  const sso = await apiGet(emulator.url, '/api/v2/identityproviders', token);
  const me = await apiGet(emulator.url, '/api/v2/tokens/me', token);

  assert.equal(users.status, 403);
  assert.match(String(field(users.json, 'message')), /\[directory:user:view\]/);
  assert.equal(sso.status, 403);
  assert.equal(field(sso.json, 'code'), 'missing.permissions');
  assert.equal(me.status, 200);
});

scenarioTest(
  'rate-limited',
  '429 with the configured Retry-After',
  async (t) => {
    const emulator = await startTestEmulator(t, {retryAfterSeconds: 7});
    const token = await accessToken(emulator.url, works!);
    emulator.setScenario('rate-limited');
    const answer = await apiGet(emulator.url, '/api/v2/tokens/me', token);

    assert.equal(answer.status, 429);
    assert.equal(answer.headers['retry-after'], '7');
    assert.equal(field(answer.json, 'code'), 'too.many.requests.retry.after');
    assert.match(
      String(field(answer.json, 'message')),
      /Retry the request in \[7\] seconds/,
    );
    assert.equal((await requestToken(emulator.url, works!)).status, 200);
  },
);

scenarioTest('token-expiring', 'tokens live three seconds', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'token-expiring'});
  const answer = await requestToken(emulator.url, works!);

  assert.equal(field(answer.json, 'expires_in'), 3);
});

scenarioTest('server-error', 'tokens work, the API answers 503', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'server-error'});
  const token = await accessToken(emulator.url, works!);
  const answer = await apiGet(emulator.url, '/api/v2/tokens/me', token);

  assert.equal(answer.status, 503);
  assert.equal(field(answer.json, 'status'), 503);
  assert.equal(
    field(answer.json, 'contextId'),
    answer.headers['inin-correlation-id'],
  );
});

scenarioTest('html-response', 'an HTML page where JSON belongs', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'html-response'});
  const answers = [
    await requestToken(emulator.url, works!),
    await apiGet(emulator.url, '/api/v2/tokens/me', 'any'),
  ];

  for (const answer of answers) {
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers['content-type']), /^text\/html/);
    assert.match(answer.text, /^<!DOCTYPE html>/);
    assert.equal(answer.json, undefined);
    assert.equal(answer.headers['inin-correlation-id'], undefined);
  }
});

scenarioTest('truncated-json', 'JSON cut off halfway', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'truncated-json'});
  const answer = await requestToken(emulator.url, works!);

  assert.equal(answer.status, 200);
  assert.match(String(answer.headers['content-type']), /application\/json/);
  assert.equal(Number(answer.headers['content-length']), answer.text.length);
  assert.match(answer.text, /^\{"access_token":"/);
  assert.throws(() => JSON.parse(answer.text), SyntaxError);
});

scenarioTest('connection-reset', 'the socket is reset', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'connection-reset'});

  await assert.rejects(requestToken(emulator.url, works!), {
    code: 'ECONNRESET',
  });
  await assert.rejects(request(`${emulator.url}/api/v2/tokens/me`), {
    code: 'ECONNRESET',
  });
});

scenarioTest(
  'no-answer',
  'accepted, never answered; close ends it',
  async (t) => {
    const emulator = await startTestEmulator(t, {scenario: 'no-answer'});
    const pending = requestToken(emulator.url, works!);
    const outcome = pending.then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    const deadline = Date.now() + 5_000;
    while (
      emulator.requestCount('/oauth/token') === 0 &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setImmediate(resolve));
    }

    assert.equal(emulator.requestCount('/oauth/token'), 1);
    await emulator.close();
    assert.equal(await outcome, 'ECONNRESET');
  },
);

test('every scenario has a title, a description and a test', () => {
  for (const [name, scenario] of Object.entries(scenarios)) {
    assert.ok(scenario.title.length > 0, name);
    assert.ok(scenario.description.length > 20, name);
  }

  assert.deepEqual([...covered].sort(), Object.keys(scenarios).sort());
});

test('latency delays every answer by at least its amount', async (t) => {
  const emulator = await startTestEmulator(t, {latencyMs: 40});
  let started = Date.now();
  await requestToken(emulator.url, works!);
  assert.ok(Date.now() - started >= 40);

  emulator.setLatency(0);
  emulator.setLatency(80);
  started = Date.now();
  await request(`${emulator.url}/api/v2/tokens/me`);
  assert.ok(Date.now() - started >= 80);
});

test('close() ends keep-alive sockets and pending latency', async (t) => {
  const emulator = await startTestEmulator(t);
  const agent = new http.Agent({keepAlive: true, maxSockets: 1});
  t.after(() => agent.destroy());
  const token = await accessToken(emulator.url, works!);
  const sockets = new Set<unknown>();
  agent.on('free', (socket) => sockets.add(socket));
  for (let call = 0; call < 3; call += 1) {
    const answer = await request(`${emulator.url}/api/v2/tokens/me`, {
      headers: {Authorization: `Bearer ${token}`},
      agent,
    });
    assert.equal(answer.status, 200);
  }

  assert.equal(sockets.size, 1);
  emulator.setLatency(60_000);
  const slow = request(`${emulator.url}/api/v2/tokens/me`).catch(
    (error: NodeJS.ErrnoException) => error.code,
  );
  while (emulator.requestCount('/api/v2/tokens/me') < 4) {
    await new Promise((resolve) => setImmediate(resolve));
  }

  await emulator.close();
  assert.equal(await slow, 'ECONNRESET');
});
