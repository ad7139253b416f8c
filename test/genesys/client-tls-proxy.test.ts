import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {
  closedPort,
  json,
  startConnectProxy,
  startServer,
  testCa,
  type Handler,
} from '../helpers/servers.js';
import {credentials, failureOf, testClient} from './client-helpers.js';

const ok: Handler = (_request, response) =>
  json(response, 200, {
    access_token: 't',
    token_type: 'bearer',
    expires_in: 60,
  });

async function tlsServer(certificate: string) {
  const server = await startServer(ok, certificate);
  after(() => server.close());

  return server;
}

async function proxy(options: Parameters<typeof startConnectProxy>[0] = {}) {
  const started = await startConnectProxy(options);
  after(() => started.close());

  return started;
}

test('a self-signed certificate is untrusted and named', async () => {
  const server = await tlsServer('self-signed');
  const client = testClient(server.url);

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'tls-untrusted');
  assert.equal(failure.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.equal(failure.issuer, 'Contoso Inspection CA, Contoso Ltd');
  assert.equal(server.requests.length, 0);
});

test('an unknown CA is untrusted until given as ca', async () => {
  const server = await tlsServer('localhost');

  const failure = failureOf(
    await testClient(server.url).requestToken(credentials),
  );
  const trusted = await testClient(server.url, {ca: testCa}).requestToken(
    credentials,
  );

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'tls-untrusted');
  assert.equal(failure.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  assert.equal(failure.issuer, 'genesys-auth Test CA, genesys-auth tests');
  assert.ok(trusted.ok);
});

test('a certificate for another host is a tls failure', async () => {
  const server = await tlsServer('example-test');
  const client = testClient(server.url, {ca: testCa});

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'tls');
  assert.equal(failure.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.equal(failure.issuer, 'genesys-auth Test CA, genesys-auth tests');
});

test('HTTPS_PROXY tunnels the request through the proxy', async () => {
  const server = await tlsServer('example-test');
  const tunnel = await proxy({targetPort: server.port});
  const client = testClient('example.test', {
    ca: testCa,
    env: {HTTPS_PROXY: tunnel.url},
  });

  const outcome = await client.requestToken(credentials);

  assert.ok(outcome.ok);
  assert.deepEqual(tunnel.tunnels, ['login.example.test:443']);
  assert.equal(server.requests[0]?.url, '/oauth/token');
});

test('https_proxy works too, and the tunnel is reused', async () => {
  const server = await tlsServer('example-test');
  const tunnel = await proxy({targetPort: server.port});
  const client = testClient('example.test', {
    ca: testCa,
    env: {https_proxy: tunnel.url},
  });

  await client.requestToken(credentials);
  await client.requestToken(credentials);

  assert.deepEqual(tunnel.tunnels, ['login.example.test:443']);
});

test('a proxy setting without a scheme means plain http', async () => {
  const server = await tlsServer('example-test');
  const tunnel = await proxy({targetPort: server.port});
  const client = testClient('example.test', {
    ca: testCa,
    env: {HTTPS_PROXY: new URL(tunnel.url).host},
  });

  assert.ok((await client.requestToken(credentials)).ok);
  assert.deepEqual(tunnel.tunnels, ['login.example.test:443']);
});

test('NO_PROXY bypasses the proxy', async () => {
  const tunnel = await proxy();
  const client = testClient('no-such-org.invalid', {
    env: {HTTPS_PROXY: tunnel.url, NO_PROXY: '.invalid'},
  });

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'dns');
  assert.deepEqual(tunnel.tunnels, []);
});

test('a loopback environment never goes through the proxy', async () => {
  const server = await startServer(ok);
  after(() => server.close());
  const tunnel = await proxy();
  const client = testClient(server.url, {env: {HTTPS_PROXY: tunnel.url}});

  assert.ok((await client.requestToken(credentials)).ok);
  assert.deepEqual(tunnel.tunnels, []);
});

for (const status of [403, 407, 502]) {
  test(`a proxy refusing with ${status} is a proxy failure`, async () => {
    const tunnel = await proxy({refuseWith: status});
    const client = testClient('example.test', {
      env: {HTTPS_PROXY: tunnel.url},
    });

    const failure = failureOf(await client.requestToken(credentials));

    assert.ok(failure.kind === 'network');
    assert.equal(failure.cause, 'proxy');
    assert.match(failure.message, new RegExp(String(status)));
    assert.equal(failure.host, new URL(tunnel.url).host);
  });
}

test('a proxy that is not running is a proxy failure', async () => {
  const port = await closedPort();
  const client = testClient('example.test', {
    env: {HTTPS_PROXY: `http://127.0.0.1:${port}`},
  });

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'proxy');
  assert.equal(failure.code, 'ECONNREFUSED');
});

test('a proxy setting that is not a URL is a proxy failure', async () => {
  const client = testClient('example.test', {
    env: {HTTPS_PROXY: 'http://[not a url'},
  });

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'proxy');
});

test('a proxy re-signing TLS is untrusted and named', async () => {
  const interceptor = await tlsServer('self-signed');
  const tunnel = await proxy({targetPort: interceptor.port});
  const client = testClient('example.test', {
    env: {HTTPS_PROXY: tunnel.url},
  });

  const failure = failureOf(await client.requestToken(credentials));

  assert.ok(failure.kind === 'network');
  assert.equal(failure.cause, 'tls-untrusted');
  assert.equal(failure.host, 'login.example.test');
  assert.equal(failure.issuer, 'Contoso Inspection CA, Contoso Ltd');
  assert.equal(interceptor.requests.length, 0);
});
