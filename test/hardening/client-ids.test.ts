import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import type {Environment, Outcome} from '../../source/genesys/types.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {json, startServer} from '../helpers/servers.js';
import {anyText, echoedPart, secretLike} from './arbitraries.js';

function localEnvironment(url: string): Environment {
  const resolved = resolveEnvironment(url);
  assert.ok(resolved.ok);

  return resolved.environment;
}

const clientIds = fc.oneof(
  anyText,
  fc.uuid(),
  secretLike,
  fc.constantFrom(':', 'a:b', '::', ' ', '\r\n', 'id\u0000', '%3A'),
  fc.integer({min: 8_000, max: 40_000}).map((length) => 'x'.repeat(length)),
);

const failureKinds = ['oauth', 'api', 'network', 'unexpected-body'];

function assertNoSecret(outcome: Outcome<unknown>, secret: string): void {
  const text = JSON.stringify(outcome);
  const basic = Buffer.from(`x:${secret}`).toString('base64').slice(4);

  assert.equal(echoedPart(secret, text), null);
  assert.ok(!text.includes(basic.slice(0, 16)));
}

test('any client id gets a token request answered, never a throw', async (t) => {
  const emulator = await startTestEmulator(t);
  const client = createGenesysClient({
    environment: localEnvironment(emulator.url),
    timeoutMs: 5000,
  });
  t.after(() => client.close());
  const {defaultClient} = emulator;

  await fc.assert(
    fc.asyncProperty(
      fc.oneof(clientIds, fc.constant(defaultClient.id)),
      async (clientId) => {
        const outcome = await client.requestToken({
          clientId,
          clientSecret: defaultClient.secret,
        });

        assertNoSecret(outcome, defaultClient.secret);
        if (outcome.ok) {
          assert.equal(clientId.trim(), defaultClient.id);

          return;
        }

        assert.ok(failureKinds.includes(outcome.failure.kind));
        assert.ok(outcome.records.length >= 1);
      },
    ),
    {numRuns: 300},
  );
});

test('the Basic header carries any client id and secret exactly', async (t) => {
  const server = await startServer((_request, response) =>
    json(response, 401, {
      error: 'invalid_client',
      description: 'authentication failed',
    }),
  );
  t.after(() => server.close());
  const client = createGenesysClient({
    environment: localEnvironment(server.url),
    timeoutMs: 5000,
  });
  t.after(() => client.close());
  const smallIds = clientIds.filter((id) => id.length < 4000);

  await fc.assert(
    fc.asyncProperty(smallIds, secretLike, async (clientId, clientSecret) => {
      const before = server.requests.length;
      const outcome = await client.requestToken({clientId, clientSecret});
      const seen = server.requests.slice(before);

      assert.equal(seen.length, 1, 'one attempt: an OAuth error stands');
      const header = seen[0]?.headers.authorization ?? '';
      const decoded = Buffer.from(header.replace(/^Basic /, ''), 'base64');

      assert.equal(decoded.toString('utf8'), `${clientId}:${clientSecret}`);
      assert.equal(seen[0]?.body, 'grant_type=client_credentials');
      assert.ok(!outcome.ok);
      assertNoSecret(outcome, clientSecret);
    }),
    {numRuns: 300},
  );
});
