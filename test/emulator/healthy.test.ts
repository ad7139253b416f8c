import assert from 'node:assert/strict';
import {test} from 'node:test';
import {startTestEmulator} from '../helpers/emulator.js';
import {accessToken, apiGet, field, requestToken} from './http.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('the default client gets a bearer token with a lifetime', async (t) => {
  const emulator = await startTestEmulator(t);
  const answer = await requestToken(emulator.url, emulator.defaultClient);

  assert.equal(answer.status, 200);
  assert.match(String(answer.headers['content-type']), /application\/json/);
  assert.equal(field(answer.json, 'token_type'), 'bearer');
  assert.equal(field(answer.json, 'expires_in'), 86400);
  assert.equal(field(answer.json, 'refresh_token'), undefined);
  const token = field(answer.json, 'access_token');
  assert.equal(typeof token, 'string');
  assert.deepEqual(emulator.issuedTokens(), [token]);
});

test('tokens/me names the organisation and the OAuth client', async (t) => {
  const emulator = await startTestEmulator(t);
  const client = emulator.defaultClient;
  const token = await accessToken(emulator.url, client);
  const answer = await apiGet(emulator.url, '/api/v2/tokens/me', token);

  assert.equal(answer.status, 200);
  const organization = field(answer.json, 'organization');
  assert.match(String(field(organization, 'id')), uuid);
  assert.equal(typeof field(organization, 'name'), 'string');
  assert.deepEqual(field(answer.json, 'homeOrganization'), organization);
  assert.ok(Array.isArray(field(answer.json, 'authorizedScope')));
  const oauthClient = field(answer.json, 'OAuthClient');
  assert.equal(field(answer.json, 'oauthClient'), undefined);
  assert.equal(field(oauthClient, 'id'), client.id);
  assert.equal(field(oauthClient, 'name'), client.name);
  assert.equal(field(oauthClient, 'authorizedGrantType'), 'CLIENT_CREDENTIALS');
  assert.equal(field(oauthClient, 'state'), 'active');
  assert.deepEqual(
    field(oauthClient, 'roleDivisions'),
    client.roles.map((role) => ({
      roleId: role.id,
      divisionId: role.divisionId,
    })),
  );
});

test('organizations/me answers the organisation', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, emulator.defaultClient);
  const answer = await apiGet(emulator.url, '/api/v2/organizations/me', token);

  assert.equal(answer.status, 200);
  assert.match(String(field(answer.json, 'id')), uuid);
  assert.equal(field(answer.json, 'state'), 'active');
  assert.equal(typeof field(answer.json, 'thirdPartyOrgName'), 'string');
  assert.equal(typeof field(answer.json, 'domain'), 'string');
  assert.match(
    String(field(answer.json, 'selfUri')),
    /^\/api\/v2\/organizations\//,
  );
});

test('users/me refuses a client-credentials token with 400', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, emulator.defaultClient);
  const answer = await apiGet(emulator.url, '/api/v2/users/me', token);

  assert.equal(answer.status, 400);
  assert.equal(field(answer.json, 'status'), 400);
  assert.match(
    String(field(answer.json, 'message')),
    /^This request requires a user context\. Client credentials cannot be used/,
  );
});

test('every answer carries a correlation id equal to contextId', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, emulator.defaultClient);
  const answers = [
    await requestToken(emulator.url, emulator.defaultClient),
    await requestToken(emulator.url, {id: 'nobody', secret: 'x'}),
    await apiGet(emulator.url, '/api/v2/tokens/me', token),
    await apiGet(emulator.url, '/api/v2/users/me', token),
    await apiGet(emulator.url, '/api/v2/nowhere', token),
    await apiGet(emulator.url, '/api/v2/tokens/me', 'not-a-token'),
  ];
  const ids = answers.map((answer) => answer.headers['inin-correlation-id']);

  for (const [index, answer] of answers.entries()) {
    assert.match(String(ids[index]), uuid);
    const contextId = field(answer.json, 'contextId');
    if (answer.status >= 400 && field(answer.json, 'error') === undefined) {
      assert.equal(contextId, ids[index]);
    }
  }

  assert.equal(new Set(ids).size, ids.length);
});

test('requestCount counts requests by path and in all', async (t) => {
  const emulator = await startTestEmulator(t);
  const token = await accessToken(emulator.url, emulator.defaultClient);
  await apiGet(emulator.url, '/api/v2/users?pageSize=1', token);
  await apiGet(emulator.url, '/api/v2/users?pageSize=2', token);

  assert.equal(emulator.requestCount('/oauth/token'), 1);
  assert.equal(emulator.requestCount('/api/v2/users'), 2);
  assert.equal(emulator.requestCount(), 3);
});
