import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {
  closedPort,
  json,
  startServer,
  startTcpServer,
  type Handler,
} from '../helpers/servers.js';
import {credentials, failureOf, testClient} from './client-helpers.js';

async function serve(handler: Handler, options: {timeoutMs?: number} = {}) {
  const server = await startServer(handler);
  after(() => server.close());

  return {server, client: testClient(server.url, options)};
}

function answer(status: number, contentType: string, body: string): Handler {
  return (_request, response) => {
    response.writeHead(status, {'Content-Type': contentType});
    response.end(body);
  };
}

const bodies: Array<[string, Handler, Record<string, unknown>]> = [
  [
    'an HTML page from a proxy',
    answer(502, 'text/html', '<html><body>Bad gateway</body></html>'),
    {status: 502, reason: 'html', contentType: 'text/html'},
  ],
  [
    'an HTML page with a success status',
    answer(200, 'text/html; charset=utf-8', '<!doctype html><p>Sign in</p>'),
    {status: 200, reason: 'html'},
  ],
  [
    'cut-off JSON',
    answer(200, 'application/json', '{"id": "org-1", "na'),
    {status: 200, reason: 'truncated-json', snippet: '{"id": "org-1", "na'},
  ],
  [
    'plain text',
    answer(200, 'text/plain', 'all good'),
    {status: 200, reason: 'not-json', snippet: 'all good'},
  ],
  [
    'an empty success',
    answer(200, 'application/json', ''),
    {status: 200, reason: 'empty'},
  ],
  [
    'a body over 1 MiB',
    answer(200, 'application/json', `"${'x'.repeat(1_100_000)}"`),
    {status: 200, reason: 'too-large'},
  ],
];

for (const [name, handler, expected] of bodies) {
  test(`${name} is an unexpected-body failure`, async () => {
    const {client} = await serve(handler);

    const failure = failureOf(await client.getOrganization('token'));

    assert.equal(failure.kind, 'unexpected-body');
    assert.deepEqual({...failure, ...expected}, failure);
    assert.ok(failure.kind === 'unexpected-body');
    assert.ok(failure.snippet.length <= 200);
  });
}

test('an error status without a body is an api failure', async () => {
  const {client} = await serve((_request, response) => {
    response.writeHead(404, {'ININ-Correlation-Id': 'c-404'}).end();
  });

  assert.deepEqual(failureOf(await client.getOrganization('token')), {
    kind: 'api',
    status: 404,
    body: null,
    correlationId: 'c-404',
    retryAfterSeconds: null,
  });
});

test('an ErrorBody with wrong types keeps what it can', async () => {
  const {client} = await serve((_request, response) =>
    json(response, 403, {
      message: 'Missing [directory:user:view]',
      code: 'missing.permissions',
      status: '403',
      details: 'none',
      messageParams: null,
    }),
  );

  const failure = failureOf(await client.getUsersPage('token'));

  assert.ok(failure.kind === 'api');
  assert.deepEqual(failure.body, {
    message: 'Missing [directory:user:view]',
    code: 'missing.permissions',
  });
});

test('a redirect is not followed', async () => {
  const {server, client} = await serve((_request, response) => {
    response.writeHead(302, {Location: 'https://elsewhere.invalid/'}).end();
  });

  const failure = failureOf(await client.getTokenInfo('token'));

  assert.equal(failure.kind, 'api');
  assert.equal(failure.kind === 'api' && failure.status, 302);
  assert.equal(server.requests.length, 1);
});

test('secrets echoed back are redacted from the evidence', async () => {
  const {client} = await serve((request, response) =>
    json(response, 401, {
      error: 'invalid_client',
      error_description:
        `bad ${request.headers.authorization} / ` + 'secret-value-123',
    }),
  );

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'oauth');
  assert.equal(failure.description, 'bad Basic [redacted] / [redacted]');
});

test('a bearer token echoed in HTML is redacted', async () => {
  const {client} = await serve((request, response) => {
    response.writeHead(500, {'Content-Type': 'text/html'});
    response.end(`<html>${request.headers.authorization}</html>`);
  });

  const failure = failureOf(
    await client.probe('tok-secret-9', 'GET', '/api/v2/x'),
  );

  assert.ok(failure.kind === 'unexpected-body');
  assert.equal(failure.snippet, '<html>Bearer [redacted]</html>');
});

test('a probe outside /api/v2/ is refused without sending', async () => {
  const {server, client} = await serve((_request, response) =>
    json(response, 200, {}),
  );

  for (const path of [
    '/oauth/token',
    'https://evil.test/api/v2/x',
    '/api/v2/../x',
  ]) {
    await assert.rejects(client.probe('token', 'GET', path), TypeError);
  }

  assert.equal(server.requests.length, 0);
  const outcome = await client.probe('token', 'get', '/api/v2/users/x');
  assert.deepEqual(outcome.ok && outcome.value, {status: 200});
  assert.equal(server.requests[0]?.method, 'GET');
});

test('a name that does not resolve is a dns failure', async () => {
  const client = testClient('no-such-org.invalid');

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'dns');
  assert.match(failure.code ?? '', /ENOTFOUND|EAI_AGAIN/);
  assert.equal(failure.host, 'login.no-such-org.invalid');
});

test('a closed port is a refused failure', async () => {
  const port = await closedPort();
  const client = testClient(`http://127.0.0.1:${port}`);

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'refused');
  assert.equal(failure.code, 'ECONNREFUSED');
});

test('a connection cut mid-request is a reset failure', async () => {
  const server = await startTcpServer((socket) => {
    socket.once('data', () => socket.resetAndDestroy());
  });
  after(() => server.close());
  const client = testClient(`http://127.0.0.1:${server.port}`);

  const outcome = await client.requestToken(credentials);

  const failure = failureOf(outcome);
  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'reset');
  assert.equal(outcome.records.length, 1);
  assert.equal(outcome.records[0]?.status, null);
});

test('a server that never answers times out', async () => {
  const server = await startTcpServer(() => undefined);
  after(() => server.close());
  const client = testClient(`http://127.0.0.1:${server.port}`, {
    timeoutMs: 150,
  });

  const failure = failureOf(await client.getTokenInfo('token'));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'timeout');
});

test('a body that drips slowly still times out', async () => {
  let drips = 0;
  const {client} = await serve(
    (_request, response) => {
      response.writeHead(200, {'Content-Type': 'application/json'});
      response.write('{"id":');
      const timer = setInterval(() => {
        drips++;
        response.write(' ');
      }, 20);
      response.on('close', () => clearInterval(timer));
    },
    {timeoutMs: 300},
  );

  const failure = failureOf(await client.getOrganization('token'));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'timeout');
  assert.ok(drips > 1, 'the body was still arriving');
});
