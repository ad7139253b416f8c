import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {run as check} from '../../source/commands/check.js';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {startRedirect} from '../helpers/hostile.js';
import {
  startConnectProxy,
  startServer,
  type TestServer,
} from '../helpers/servers.js';
import {makeConfigDir} from '../store/helpers.js';
import {calls} from './client-calls.js';
import {runInProcess} from './in-process.js';

const root = path.resolve(import.meta.dirname, '../..');
const credentials = {clientId: 'transport-id', clientSecret: 'transport-s3'};

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {
    recursive: true,
    withFileTypes: true,
  });

  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('no source file turns TLS verification off', async () => {
  const forbidden = [
    /rejectUnauthorized\s*:\s*(false|0|!)/,
    // Setting it, in code; advice that names it is fine.
    /NODE_TLS_REJECT_UNAUTHORIZED['"\]]*\s*(=|:)\s/,
    /checkServerIdentity\s*:/,
    /--insecure|insecureHTTPParser/,
  ];
  const files = [
    ...(await sourceFiles(path.join(root, 'source'))),
    ...(await sourceFiles(path.join(root, 'scripts'))),
  ];
  assert.ok(files.length > 50, 'the tree was found');

  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const pattern of forbidden) {
      assert.doesNotMatch(text, pattern, path.relative(root, file));
    }
  }
});

function environmentOf(input: string) {
  const resolved = resolveEnvironment(input);
  assert.ok(resolved.ok, input);

  return resolved.environment;
}

function clientFor(url: string) {
  return createGenesysClient({
    environment: environmentOf(url),
    timeoutMs: 3000,
    retry: {maxAttempts: 1},
  });
}

async function withTlsCheckingOff<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  try {
    return await run();
  } finally {
    if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
  }
}

async function selfSigned(t: {after(fn: () => unknown): void}) {
  const server = await startServer(
    (_request, response) => response.end('{}'),
    'self-signed',
  );
  t.after(() => server.close());

  return server;
}

test('an untrusted certificate fails, even with NODE_TLS_REJECT_UNAUTHORIZED=0', async (t) => {
  const server = await selfSigned(t);
  const client = clientFor(`https://localhost:${server.port}`);
  t.after(() => client.close());

  for (const isCheckingOff of [false, true]) {
    const attempt = () => client.requestToken(credentials);
    const outcome = isCheckingOff
      ? await withTlsCheckingOff(attempt)
      : await attempt();

    assert.ok(!outcome.ok, `verification off: ${isCheckingOff}`);
    assert.equal(outcome.failure.kind, 'network');
    assert.ok(outcome.failure.kind === 'network');
    assert.equal(outcome.failure.cause, 'tls-untrusted');
  }

  assert.equal(server.requests.length, 0, 'no request crossed');
});

test('through a proxy too, a re-signed certificate is never trusted', async (t) => {
  const interceptor = await selfSigned(t);
  const proxy = await startConnectProxy({targetPort: interceptor.port});
  t.after(() => proxy.close());
  const client = createGenesysClient({
    environment: environmentOf('example.test'),
    timeoutMs: 3000,
    retry: {maxAttempts: 1},
    env: {HTTPS_PROXY: proxy.url},
  });
  t.after(() => client.close());

  const outcome = await withTlsCheckingOff(() =>
    client.requestToken(credentials),
  );

  assert.ok(!outcome.ok);
  assert.ok(outcome.failure.kind === 'network');
  assert.equal(outcome.failure.cause, 'tls-untrusted');
  assert.equal(proxy.tunnels.length, 1);
  assert.equal(interceptor.requests.length, 0);
});

test('check against an untrusted certificate diagnoses tls-untrusted', async (t) => {
  const server = await selfSigned(t);
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {
    GENESYS_AUTH_CONFIG_DIR: dir,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: credentials.clientSecret,
    NODE_TLS_REJECT_UNAUTHORIZED: '0',
  };
  const args = [
    '--region',
    `https://localhost:${server.port}`,
    '--client-id',
    credentials.clientId,
    '--json',
  ];

  const result = await withTlsCheckingOff(() =>
    runInProcess(check, args, {env}),
  );

  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /"tls-untrusted"/);
  assert.doesNotMatch(result.stdout, /rejectUnauthorized|TLS_REJECT/);
  assert.equal(server.requests.length, 0);
});

test('plain http to a host that is not loopback is refused before sending', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {
    GENESYS_AUTH_CONFIG_DIR: dir,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: credentials.clientSecret,
  };

  for (const region of [
    'http://api.mypurecloud.ie',
    'http://login.usw2.pure.cloud/oauth/token',
    'HTTP://mypurecloud.de',
    'http://localhost.example.com:8080',
    'http://127.0.0.1.nip.io',
  ]) {
    const args = ['--region', region, '--client-id', 'x', '--json'];
    const result = await runInProcess(check, args, {env});

    assert.equal(result.code, 2, region);
    assert.match(result.stderr, /Plain http:\/\/|https/, region);
  }
});

/** A server that records whatever reaches it: it must see nothing. */
async function bystander(t: {after(fn: () => unknown): void}) {
  const server = await startServer((_request, response) =>
    response.end('{"access_token":"x","token_type":"bearer"}'),
  );
  t.after(() => server.close());

  return server;
}

function authorizationsSeen(server: TestServer): string[] {
  return server.requests
    .map((request) => request.headers.authorization)
    .filter((value): value is string => value !== undefined);
}

for (const status of [301, 302, 303, 307, 308]) {
  test(`a ${status} to another port never carries the Authorization header`, async (t) => {
    const other = await bystander(t);
    const redirect = await startRedirect(`${other.url}/oauth/token`, status);
    t.after(() => redirect.close());
    const client = clientFor(redirect.url);
    t.after(() => client.close());

    for (const call of calls) {
      const outcome = await call.run(client, 'bearer-token-value');
      assert.ok(!outcome.ok, call.name);
    }

    assert.equal(redirect.requests.length, calls.length);
    assert.deepEqual(authorizationsSeen(other), []);
    assert.equal(other.requests.length, 0);
  });
}

test('check through a redirecting host sends nothing to the other host', async (t) => {
  const other = await bystander(t);
  const redirect = await startRedirect(other.url, 307);
  t.after(() => redirect.close());
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {
    GENESYS_AUTH_CONFIG_DIR: dir,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: credentials.clientSecret,
  };
  const args = ['--region', redirect.url, '--client-id', 'x', '--json'];

  const result = await runInProcess(check, args, {env});

  assert.equal(result.code, 1, result.stderr);
  assert.ok(redirect.requests.length >= 1);
  assert.equal(other.requests.length, 0);
});
