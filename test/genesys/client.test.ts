import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import type {ClientOptions} from '../../source/genesys/types.js';
import {json, startServer, type Handler} from '../helpers/servers.js';

const credentials = {clientId: 'client-1', clientSecret: 'secret-value-123'};

async function clientFor(
  handler: Handler,
  options: Partial<ClientOptions> = {},
) {
  const server = await startServer(handler);
  const resolved = resolveEnvironment(server.url);
  assert.ok(resolved.ok);
  const client = createGenesysClient({
    environment: resolved.environment,
    retry: {baseDelayMs: 1, maxDelayMs: 5},
    ...options,
  });
  after(async () => {
    client.close();
    await server.close();
  });

  return {server, client};
}

test('requestToken sends exactly the client-credentials request', async () => {
  const {server, client} = await clientFor((_request, response) =>
    json(response, 200, {
      access_token: 'token-abc',
      token_type: 'bearer',
      expires_in: 86400,
    }),
  );

  const outcome = await client.requestToken(credentials);

  assert.deepEqual(outcome.ok && outcome.value, {
    accessToken: 'token-abc',
    tokenType: 'bearer',
    expiresInSeconds: 86400,
  });
  const [seen] = server.requests;
  assert.ok(seen);
  assert.equal(seen.method, 'POST');
  assert.equal(seen.url, '/oauth/token');
  assert.equal(
    seen.headers.authorization,
    `Basic ${Buffer.from('client-1:secret-value-123').toString('base64')}`,
  );
  assert.equal(
    seen.headers['content-type'],
    'application/x-www-form-urlencoded',
  );
  assert.equal(seen.body, 'grant_type=client_credentials');
  assert.equal(outcome.records.length, 1);
  assert.equal(outcome.records[0]?.status, 200);
});

test('the OAuth error shape is read whatever the status', async () => {
  for (const status of [400, 401]) {
    const {client} = await clientFor((_request, response) =>
      json(
        response,
        status,
        {
          error: 'invalid_client',
          description: 'authentication failed',
          error_description: 'authentication failed',
        },
        {'ININ-Correlation-Id': 'corr-1'},
      ),
    );

    const outcome = await client.requestToken(credentials);

    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.failure, {
      kind: 'oauth',
      status,
      error: 'invalid_client',
      description: 'authentication failed',
      correlationId: 'corr-1',
      retryAfterSeconds: null,
    });
  }
});

test('Platform calls send the bearer token, parse answers', async () => {
  const {server, client} = await clientFor((request, response) => {
    const bodies: Record<string, unknown> = {
      '/api/v2/tokens/me': {
        organization: {id: 'org-1', name: 'Acme'},
        homeOrganization: {id: 'org-1', name: 'Acme'},
        authorizedScope: ['users', 7],
        OAuthClient: {
          id: 'client-1',
          name: 'Reporting',
          authorizedGrantType: 'CLIENT-CREDENTIALS',
          state: 'active',
          roleDivisions: [{roleId: 'r1', divisionId: 'd1'}, {roleId: 5}],
          extra: true,
        },
      },
      '/api/v2/organizations/me': {
        id: 'org-1',
        name: 'Acme',
        thirdPartyOrgName: 'acme',
        domain: 'acme',
        state: 'active',
      },
      '/api/v2/users?pageSize=1': {entities: [], total: 42},
      '/api/v2/identityproviders': {
        entities: [{id: 'idp-1', name: 'Okta', type: 'Okta', disabled: false}],
      },
    };
    json(response, 200, bodies[request.url] ?? {});
  });

  const token = 'bearer-token-xyz';
  const info = await client.getTokenInfo(token);
  const organization = await client.getOrganization(token);
  const users = await client.getUsersPage(token);
  const providers = await client.getIdentityProviders(token);

  assert.deepEqual(info.ok && info.value, {
    organization: {id: 'org-1', name: 'Acme'},
    homeOrganization: {id: 'org-1', name: 'Acme'},
    authorizedScope: ['users'],
    oauthClient: {
      id: 'client-1',
      name: 'Reporting',
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      state: 'active',
      roleDivisions: [{roleId: 'r1', divisionId: 'd1'}],
    },
  });
  assert.deepEqual(organization.ok && organization.value, {
    id: 'org-1',
    name: 'Acme',
    thirdPartyOrgName: 'acme',
    domain: 'acme',
    state: 'active',
  });
  assert.deepEqual(users.ok && users.value, {total: 42});
  assert.deepEqual(providers.ok && providers.value, [
    {id: 'idp-1', name: 'Okta', type: 'Okta', disabled: false},
  ]);
  for (const seen of server.requests) {
    assert.equal(seen.method, 'GET');
    assert.equal(seen.headers.authorization, `Bearer ${token}`);
  }
});

test('users/me with a client-credentials token is an api failure', async () => {
  const {client} = await clientFor((_request, response) =>
    json(
      response,
      400,
      {
        message: 'This request requires a user context.',
        code: 'bad.request',
        status: 400,
        contextId: 'ctx-9',
        messageParams: {a: 1},
        details: [],
        surprise: {x: 1},
      },
      {'ININ-Correlation-Id': 'ctx-9'},
    ),
  );

  const outcome = await client.getUsersMe('token');

  assert.ok(!outcome.ok);
  assert.deepEqual(outcome.failure, {
    kind: 'api',
    status: 400,
    body: {
      message: 'This request requires a user context.',
      code: 'bad.request',
      status: 400,
      contextId: 'ctx-9',
      messageParams: {a: '1'},
      details: [],
    },
    correlationId: 'ctx-9',
    retryAfterSeconds: null,
  });
});
