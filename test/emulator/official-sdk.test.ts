import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {test} from 'node:test';
import {startTestEmulator} from '../helpers/emulator.js';

// The SDK is CommonJS and keeps one ApiClient per process: load it once.
const require = createRequire(import.meta.url);
type PlatformClient = typeof import('purecloud-platform-client-v2');
const platformClient =
  require('purecloud-platform-client-v2') as PlatformClient;

test("Genesys' own JS SDK logs in and reads tokens/me", async (t) => {
  const emulator = await startTestEmulator(t);
  const {hostname, port} = new URL(emulator.url);
  const client = platformClient.ApiClient.instance;
  client.setEnvironment('mypurecloud.com');
  client.setGateway({
    host: hostname,
    protocol: 'http',
    port: Number(port),
    path_params_login: '',
    path_params_api: '',
  });

  const {id, secret} = emulator.defaultClient;
  const auth = await client.loginClientCredentialsGrant(id, secret);
  const tokenInfo = await new platformClient.TokensApi().getTokensMe();

  assert.equal(typeof auth.accessToken, 'string');
  assert.deepEqual(emulator.issuedTokens(), [auth.accessToken]);
  assert.equal(tokenInfo.OAuthClient?.id, id);
  assert.equal(
    tokenInfo.OAuthClient?.authorizedGrantType,
    'CLIENT_CREDENTIALS',
  );
  assert.equal(emulator.requestCount('/oauth/token'), 1);
  assert.equal(emulator.requestCount('/api/v2/tokens/me'), 1);

  await assert.rejects(
    client.loginClientCredentialsGrant(id, 'wrong-secret'),
    (error: {response?: {status?: number; data?: {error?: string}}}) =>
      error.response?.status === 400 &&
      error.response.data?.error === 'invalid_client',
  );
});
