import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import type {RequestRecord} from '../../source/genesys/types.js';
import {
  json,
  startServer,
  startTcpServer,
  type Handler,
} from '../helpers/servers.js';
import {credentials, failureOf, testClient, waitFor} from './client-helpers.js';

const token = {access_token: 't', token_type: 'bearer', expires_in: 300};

/** Answers with each handler in turn, repeating the last. */
function inTurn(...handlers: Handler[]): Handler {
  let index = 0;

  return (request, response) => {
    const handler = handlers[Math.min(index++, handlers.length - 1)];
    handler?.(request, response);
  };
}

function status(code: number, headers: Record<string, string> = {}): Handler {
  return (_request, response) =>
    json(
      response,
      code,
      {message: `status ${code}`, code: 'some.code', status: code},
      headers,
    );
}

const ok: Handler = (_request, response) => json(response, 200, token);

const tooManyRequests = (seconds: string) =>
  status(429, {'Retry-After': seconds, 'ININ-Correlation-Id': 'c-429'});

async function serve(handler: Handler, retry = {}) {
  const server = await startServer(handler);
  after(() => server.close());
  const records: RequestRecord[] = [];
  const client = testClient(server.url, {
    retry: {baseDelayMs: 1, maxDelayMs: 5, ...retry},
    onRecord: (record) => records.push(record),
  });

  return {server, client, records};
}

test('a 429 with a short Retry-After is waited out', async () => {
  const {client, records} = await serve(inTurn(tooManyRequests('0'), ok));

  const outcome = await client.requestToken(credentials);

  assert.ok(outcome.ok);
  assert.deepEqual(
    outcome.records.map((record) => [
      record.attempt,
      record.status,
      record.retryAfterSeconds,
      record.correlationId,
    ]),
    [
      [1, 429, 0, 'c-429'],
      [2, 200, null, null],
    ],
  );
  assert.deepEqual(records, outcome.records);
  assert.equal(outcome.records[0]?.method, 'POST');
  assert.match(outcome.records[0]?.url ?? '', /\/oauth\/token$/);
});

test('a Retry-After above the bound is not waited for', async () => {
  const {client} = await serve(tooManyRequests('5'), {
    maxRetryAfterSeconds: 2,
  });

  const outcome = await client.getTokenInfo('token');

  assert.equal(outcome.records.length, 1);
  const failure = failureOf(outcome);
  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 429);
  assert.equal(failure.retryAfterSeconds, 5);
  assert.equal(failure.correlationId, 'c-429');
});

test('a 5xx is retried with backoff until it succeeds', async () => {
  const {client} = await serve(inTurn(status(503), status(502), ok));

  const outcome = await client.getOrganization('token');

  assert.ok(outcome.ok);
  assert.deepEqual(
    outcome.records.map((record) => record.status),
    [503, 502, 200],
  );
});

test('retries stop at maxAttempts and the last answer stands', async () => {
  const {client} = await serve(status(500), {maxAttempts: 2});

  const outcome = await client.getOrganization('token');

  assert.equal(outcome.records.length, 2);
  const failure = failureOf(outcome);
  assert.ok(failure.kind === 'api');
  assert.equal(failure.status, 500);
});

test('501 is not retried', async () => {
  const {client} = await serve(status(501));

  const outcome = await client.getOrganization('token');

  assert.equal(outcome.records.length, 1);
});

test('a 5xx on a probe that changes data is not repeated', async () => {
  const {server, client} = await serve(status(503));

  await client.probe('token', 'POST', '/api/v2/analytics/queries');

  assert.equal(server.requests.length, 1);
});

test("the token endpoint's 400 rate limit is retried", async () => {
  const limited: Handler = (_request, response) =>
    json(response, 400, {
      error: 'invalid_request',
      description: 'rate limit exceeded; try again later',
      error_description: 'rate limit exceeded; try again later',
    });
  const {client} = await serve(inTurn(limited, ok));

  const outcome = await client.requestToken(credentials);

  assert.ok(outcome.ok);
  assert.deepEqual(
    outcome.records.map((record) => record.status),
    [400, 200],
  );
});

test('other 400 OAuth errors are not retried', async () => {
  const {client} = await serve((_request, response) =>
    json(response, 400, {error: 'invalid_request', description: 'bad grant'}),
  );

  const outcome = await client.requestToken(credentials);

  assert.equal(outcome.records.length, 1);
  assert.equal(failureOf(outcome).kind, 'oauth');
});

test('cancelling mid-request rejects and closes the socket', async () => {
  let isSocketClosed = false;
  const server = await startTcpServer((socket) => {
    socket.on('close', () => (isSocketClosed = true));
  });
  after(() => server.close());
  const controller = new AbortController();
  const client = testClient(`http://127.0.0.1:${server.port}`, {
    signal: controller.signal,
  });
  const reason = new Error('user pressed Ctrl+C');

  const pending = client.requestToken(credentials);
  setImmediate(() => controller.abort(reason));

  await assert.rejects(pending, (error) => error === reason);
  await waitFor(() => isSocketClosed);
});

test('cancelling during backoff rejects without another attempt', async () => {
  const controller = new AbortController();
  const reason = new Error('cancelled');
  const server = await startServer(status(503));
  after(() => server.close());
  const client = testClient(server.url, {
    signal: controller.signal,
    retry: {baseDelayMs: 60_000, maxDelayMs: 60_000},
    onRecord: () => setImmediate(() => controller.abort(reason)),
  });

  await assert.rejects(client.getOrganization('token'), (e) => e === reason);
  assert.equal(server.requests.length, 1);
});

test('an already aborted signal sends nothing', async () => {
  const server = await startServer(ok);
  after(() => server.close());
  const controller = new AbortController();
  controller.abort(new Error('early'));
  const client = testClient(server.url, {signal: controller.signal});

  await assert.rejects(client.requestToken(credentials), /early/);
  assert.equal(server.requests.length, 0);
});

test('calls to one origin reuse a kept-alive connection', async () => {
  const {server, client} = await serve(ok);

  await client.getOrganization('token');
  await client.getTokenInfo('token');
  await client.getUsersPage('token');

  assert.deepEqual(
    server.requests.map((request) => request.connection),
    [1, 1, 1],
  );
});

test('close ends the kept-alive connections', async () => {
  const {server, client} = await serve(ok);
  await client.getOrganization('token');
  assert.equal(server.closedConnections(), 0);

  client.close();
  await waitFor(() => server.closedConnections() === 1);
  const next = await client.getOrganization('token');

  assert.ok(next.ok);
  assert.deepEqual(
    server.requests.map((request) => request.connection),
    [1, 2],
  );
});
