import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {
  startEmulator,
  type Emulator,
  type ScenarioName,
} from '../../source/emulator/index.js';
import type {ClientOptions} from '../../source/genesys/types.js';
import {failureOf, testClient} from './client-helpers.js';

let emulator: Emulator;

before(async () => {
  emulator = await startEmulator();
});

after(() => emulator.close());

function clientIn(
  scenario: ScenarioName,
  options: Partial<ClientOptions> = {},
) {
  emulator.setScenario(scenario);

  return testClient(emulator.url, {
    retry: {baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterSeconds: 1},
    ...options,
  });
}

function credentialsOf(secret = emulator.defaultClient.secret) {
  return {clientId: emulator.defaultClient.id, clientSecret: secret};
}

async function tokenIn(scenario: ScenarioName): Promise<string> {
  emulator.setScenario('healthy');
  const outcome = await testClient(emulator.url).requestToken(credentialsOf());
  assert.ok(outcome.ok);
  emulator.setScenario(scenario);

  return outcome.value.accessToken;
}

test('healthy: a token, then the identity of the OAuth client', async () => {
  const client = clientIn('healthy');

  const token = await client.requestToken(credentialsOf());
  assert.ok(token.ok);
  assert.equal(token.value.tokenType.toLowerCase(), 'bearer');
  assert.ok(token.value.expiresInSeconds > 0);
  const accessToken = token.value.accessToken;

  const info = await client.getTokenInfo(accessToken);
  const organization = await client.getOrganization(accessToken);
  const users = await client.getUsersPage(accessToken);
  const usersMe = await client.getUsersMe(accessToken);

  assert.ok(info.ok && organization.ok && users.ok);
  assert.equal(info.value.oauthClient?.id, emulator.defaultClient.id);
  assert.ok((info.value.oauthClient?.roleDivisions.length ?? 0) > 0);
  assert.ok(organization.value.id !== '');
  assert.equal(typeof users.value.total, 'number');
  assert.ok(info.records[0]?.correlationId);
  const failure = failureOf(usersMe);
  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 400);
  assert.match(failure.body?.message ?? '', /user context/);
  assert.equal(failure.correlationId, failure.body?.contextId);
});

test('healthy: identity providers need sso:provider:view', async () => {
  const client = clientIn('healthy');
  const token = await client.requestToken(credentialsOf());
  assert.ok(token.ok);

  const failure = failureOf(
    await client.getIdentityProviders(token.value.accessToken),
  );

  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 403);
});

for (const [scenario, error] of [
  ['wrong-secret', 'invalid_client'],
  ['unknown-client', 'invalid_client'],
] as const) {
  test(`${scenario}: an OAuth ${error} failure`, async () => {
    const outcome = await clientIn(scenario).requestToken(credentialsOf());

    const failure = failureOf(outcome);
    assert.ok(failure.kind === 'oauth');
    assert.equal(failure.error, error);
    assert.ok(!JSON.stringify(outcome).includes(emulator.defaultClient.secret));
  });
}

test('disabled-client: no token', async () => {
  const failure = failureOf(
    await clientIn('disabled-client').requestToken(credentialsOf()),
  );

  assert.equal(failure.kind, 'oauth');
});

test('token-rate-limit: retried, then the OAuth failure stands', async () => {
  const outcome =
    await clientIn('token-rate-limit').requestToken(credentialsOf());

  assert.equal(outcome.records.length, 3);
  const failure = failureOf(outcome);
  assert.ok(failure.kind === 'oauth');
  assert.equal(failure.status, 400);
  assert.equal(failure.error, 'invalid_request');
  assert.match(failure.description, /^rate limit exceeded/);
});

test('missing-permission: 403 naming the permission', async () => {
  const accessToken = await tokenIn('missing-permission');

  const failure = failureOf(
    await clientIn('missing-permission').getUsersPage(accessToken),
  );

  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 403);
  assert.equal(failure.body?.code, 'missing.permissions');
  assert.match(failure.body?.message ?? '', /directory:user:view/);
});

test('rate-limited: a long Retry-After is reported, not waited', async () => {
  const accessToken = await tokenIn('rate-limited');

  const outcome = await clientIn('rate-limited').getTokenInfo(accessToken);

  assert.equal(outcome.records.length, 1);
  const failure = failureOf(outcome);
  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 429);
  assert.equal(failure.body?.code, 'too.many.requests.retry.after');
  assert.ok((failure.retryAfterSeconds ?? 0) > 1);
});

test('server-error: 503 retried, then reported', async () => {
  const accessToken = await tokenIn('server-error');

  const outcome = await clientIn('server-error').getOrganization(accessToken);

  assert.deepEqual(
    outcome.records.map((record) => record.status),
    [503, 503, 503],
  );
  assert.equal(failureOf(outcome).kind, 'api');
});

for (const [scenario, reason] of [
  ['html-response', 'html'],
  ['truncated-json', 'truncated-json'],
] as const) {
  test(`${scenario}: an unexpected ${reason} body`, async () => {
    const failure = failureOf(
      await clientIn(scenario).requestToken(credentialsOf()),
    );

    assert.ok(failure.kind === 'unexpected-body');
    assert.equal(failure.reason, reason);
  });
}

test('connection-reset: a reset failure', async () => {
  const failure = failureOf(
    await clientIn('connection-reset').requestToken(credentialsOf()),
  );

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'reset');
});

test('no-answer: a timeout', async () => {
  const client = clientIn('no-answer', {timeoutMs: 200});

  const failure = failureOf(await client.requestToken(credentialsOf()));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'timeout');
});
