import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  diagnose,
  noUserContext,
  shortLifetime,
  unknownRegion,
  wrongRegion,
} from '../../source/diagnosis/rules.js';
import {clockTime} from '../../source/diagnosis/rule-context.js';
import type {Diagnosis} from '../../source/diagnosis/types.js';
import {diagnosisCodes} from '../../source/diagnosis/types.js';
import {
  api,
  apiContext,
  clientId,
  frankfurt,
  ireland,
  network,
  oauth,
  tokenContext,
} from './failures.js';

const seen = new Set<string>();

function allText(diagnosis: Diagnosis): string {
  seen.add(diagnosis.code);

  return JSON.stringify(diagnosis);
}

function fixText(diagnosis: Diagnosis): string {
  return diagnosis.fix.join('\n');
}

test('invalid_client: region, secret value and --find-region', () => {
  const diagnosis = diagnose(
    oauth('invalid_client', 'authentication failed', 401),
    tokenContext(),
  );

  assert.equal(diagnosis.code, 'invalid-client');
  assert.equal(diagnosis.evidence.status, 401);
  assert.equal(diagnosis.evidence.oauthError, 'invalid_client');
  assert.equal(diagnosis.evidence.message, 'authentication failed');
  assert.equal(diagnosis.evidence.host, 'login.mypurecloud.ie');
  assert.match(diagnosis.evidence.correlationId ?? '', /^c0ffee00/);
  assert.match(diagnosis.cause, /ID pasted instead of its value/);
  assert.match(diagnosis.cause, /another region/);
  assert.match(fixText(diagnosis), /Admin > Integrations > OAuth/);
  assert.match(fixText(diagnosis), /genesys-auth check --find-region/);
  assert.match(fixText(diagnosis), /every Genesys Cloud region/);
  assert.match(fixText(diagnosis), /https:\/\/apps\.mypurecloud\.ie/);
  allText(diagnosis);
});

test('invalid_client says so when the secret looks like an id', () => {
  const diagnosis = diagnose(
    oauth('invalid_client', 'client not found'),
    tokenContext({secretLooksLikeId: true}),
  );

  assert.match(diagnosis.cause, /shape of an id/);
});

test('a disabled client is not a wrong secret', () => {
  const diagnosis = diagnose(
    oauth('unauthorized_client', 'The client is disabled'),
    tokenContext({clientName: 'Nightly export'}),
  );

  assert.equal(diagnosis.code, 'client-disabled');
  assert.equal(diagnosis.evidence.oauthError, 'unauthorized_client');
  assert.match(fixText(diagnosis), /"Nightly export"/);
  assert.match(fixText(diagnosis), /enable it/);
  allText(diagnosis);
});

test('the token rate limit is HTTP 400 invalid_request', () => {
  const diagnosis = diagnose(
    oauth('invalid_request', 'rate limit exceeded; retry later'),
    tokenContext(),
  );

  assert.equal(diagnosis.code, 'token-rate-limited');
  assert.equal(diagnosis.evidence.status, 400);
  assert.equal(diagnosis.evidence.oauthError, 'invalid_request');
  assert.match(fixText(diagnosis), /reuse/);
  assert.match(fixText(diagnosis), /24 hours/);
  allText(diagnosis);
});

test('an unnamed OAuth error still points at the client', () => {
  const diagnosis = diagnose(
    oauth('unsupported_grant_type', 'grant not allowed'),
    tokenContext(),
  );

  assert.equal(diagnosis.code, 'invalid-client');
  assert.match(diagnosis.title, /unsupported_grant_type/);
  assert.match(fixText(diagnosis), /Client Credentials/);
});

test('401 on an API call asks for a new token', () => {
  const diagnosis = diagnose(
    api(401, 'bad.credentials', 'Invalid login credentials.'),
    apiContext('/api/v2/users?pageSize=1'),
  );

  assert.equal(diagnosis.code, 'bad-credentials');
  assert.equal(diagnosis.evidence.genesysCode, 'bad.credentials');
  assert.match(diagnosis.cause, /expired/);
  assert.match(diagnosis.cause, /another region/);
  assert.match(fixText(diagnosis), /new access token/);
  allText(diagnosis);
});

test('missing.permissions names every permission and the role fix', () => {
  const diagnosis = diagnose(
    api(
      403,
      'missing.permissions',
      'Unable to perform the requested action. You are missing the ' +
        'following permission(s): [directory:user:view, routing:queue:view]',
      {params: {permissions: 'analytics:conversationDetail:view'}},
    ),
    apiContext('/api/v2/users?pageSize=1', {clientName: 'Reporting'}),
  );

  assert.equal(diagnosis.code, 'missing-permissions');
  assert.deepEqual(diagnosis.evidence.permissions, [
    'directory:user:view',
    'routing:queue:view',
    'analytics:conversationDetail:view',
  ]);
  assert.match(diagnosis.cause, /all of these permissions/);
  assert.match(diagnosis.cause, /scopes do not apply/);
  assert.match(
    fixText(diagnosis),
    /Admin > Integrations > OAuth > Reporting > Roles/,
  );
  assert.match(fixText(diagnosis), /Admin > Roles\/Permissions/);
  assert.match(fixText(diagnosis), /division/);
  assert.match(fixText(diagnosis), /few seconds/);
  assert.match(fixText(diagnosis), /new token/);
  allText(diagnosis);
});

test('missing.any.permissions asks for one of them', () => {
  const diagnosis = diagnose(
    api(
      403,
      'missing.any.permissions',
      'You are missing one of: [routing:queue:view, routing:queue:edit]',
    ),
    apiContext('/api/v2/routing/queues'),
  );

  assert.equal(diagnosis.code, 'missing-permissions');
  assert.match(diagnosis.cause, /one of these permissions/);
  assert.match(diagnosis.cause, /routing:queue:view, routing:queue:edit/);
});

test('429 gives the wait, the clock time it ends and the usual cause', () => {
  const context = apiContext('/api/v2/users?pageSize=1');
  const diagnosis = diagnose(
    api(
      429,
      'too.many.requests.retry.after',
      'Rate limit exceeded the maximum. Retry the request in [42] seconds',
    ),
    context,
  );

  assert.equal(diagnosis.code, 'rate-limited');
  assert.equal(diagnosis.evidence.retryAfterSeconds, 42);
  assert.ok(diagnosis.title.includes(clockTime(context.at + 42_000)));
  assert.match(diagnosis.cause, /new token for every call/);
  assert.match(diagnosis.cause, /300 per minute/);
  allText(diagnosis);
});

test('5xx is on Genesys side and hands support the correlation id', () => {
  const diagnosis = diagnose(
    api(503, 'service.unavailable', 'Service Unavailable'),
    apiContext('/api/v2/tokens/me', {check: 'identity'}),
  );

  assert.equal(diagnosis.code, 'server-error');
  assert.match(fixText(diagnosis), /status\.mypurecloud\.com/);
  assert.match(fixText(diagnosis), /c0ffee00-0000-4000-8000-000000000002/);
  allText(diagnosis);
});

test('5xx from the login host is a server error too', () => {
  const diagnosis = diagnose(
    oauth('server_error', 'internal error', 500),
    tokenContext(),
  );

  assert.equal(diagnosis.code, 'server-error');
});

test('403 on identity providers is optional', () => {
  const diagnosis = diagnose(
    api(403, 'missing.permissions', 'missing [sso:provider:view]'),
    apiContext('/api/v2/identityproviders', {check: 'sso'}),
  );

  assert.equal(diagnosis.code, 'sso-not-visible');
  assert.match(fixText(diagnosis), /does not apply/);
  allText(diagnosis);
});

test('a 404 probe is an api-error naming the path', () => {
  const diagnosis = diagnose(
    api(404, 'not.found', 'The requested resource was not found.'),
    apiContext('/api/v2/routing/queuez'),
  );

  assert.equal(diagnosis.code, 'api-error');
  assert.match(diagnosis.title, /\/api\/v2\/routing\/queuez answered 404/);
  allText(diagnosis);
});

test('users/me without a user is an explained warning', () => {
  const failure = api(400, 'bad.request', 'This request requires a user');
  const diagnosis = noUserContext(
    failure,
    apiContext('/api/v2/users/me', {check: 'identity'}),
  );

  assert.equal(diagnosis.code, 'no-user-context');
  assert.equal(diagnosis.evidence.status, 400);
  assert.match(fixText(diagnosis), /tokens\/me/);
  allText(diagnosis);
});

const networkCases = [
  ['dns', 'ENOTFOUND', 'dns-failure', /nslookup login\.mypurecloud\.ie/],
  ['refused', 'ECONNREFUSED', 'connection-refused', /HTTPS_PROXY/],
  ['reset', 'ECONNRESET', 'connection-reset', /again/],
  ['timeout', 'ETIMEDOUT', 'timeout', /--timeout/],
  ['tls', 'ERR_TLS_CERT_ALTNAME_INVALID', 'tls-error', /region/],
  ['proxy', null, 'proxy-error', /NO_PROXY/],
] as const;

for (const [cause, systemCode, code, fix] of networkCases) {
  test(`a ${cause} failure is ${code}`, () => {
    const diagnosis = diagnose(
      network(cause, systemCode),
      tokenContext({proxyUrl: 'http://proxy.corp.example:3128'}),
    );

    assert.equal(diagnosis.code, code);
    assert.equal(diagnosis.evidence.host, 'login.mypurecloud.ie');
    assert.equal(diagnosis.evidence.systemCode, systemCode ?? undefined);
    assert.match(fixText(diagnosis), fix);
    allText(diagnosis);
  });
}

test('the proxy error shows the proxy without its credentials', () => {
  const diagnosis = diagnose(
    network('proxy', null),
    tokenContext({proxyUrl: 'http://proxy.corp.example:3128'}),
  );

  assert.match(diagnosis.title, /proxy\.corp\.example:3128/);
});

test('an untrusted certificate names its issuer and NODE_EXTRA_CA_CERTS', () => {
  const diagnosis = diagnose(
    network('tls-untrusted', 'SELF_SIGNED_CERT_IN_CHAIN', 'Corp Inspection CA'),
    tokenContext(),
  );
  const text = allText(diagnosis);

  assert.equal(diagnosis.code, 'tls-untrusted');
  assert.equal(diagnosis.evidence.certificateIssuer, 'Corp Inspection CA');
  assert.match(diagnosis.cause, /"Corp Inspection CA"/);
  assert.match(fixText(diagnosis), /NODE_EXTRA_CA_CERTS=\/path\/to/);
  assert.doesNotMatch(text, /NODE_TLS_REJECT_UNAUTHORIZED|rejectUnauthorized/);
  assert.doesNotMatch(text, /turn(ing)? (it|verification) off|disable/i);
});

test('an HTML page is an unexpected response with its title', () => {
  const diagnosis = diagnose(
    {
      kind: 'unexpected-body',
      status: 200,
      reason: 'html',
      contentType: 'text/html',
      snippet: '<html><head><title>Guest Wi-Fi  sign in</title>',
      correlationId: null,
    },
    tokenContext(),
  );

  assert.equal(diagnosis.code, 'unexpected-response');
  assert.match(diagnosis.evidence.message ?? '', /"Guest Wi-Fi sign in"/);
  assert.match(diagnosis.cause, /captive portal/);
  allText(diagnosis);
});

test('cut-off JSON is an unexpected response', () => {
  const diagnosis = diagnose(
    {
      kind: 'unexpected-body',
      status: 200,
      reason: 'truncated-json',
      contentType: 'application/json',
      snippet: '{"access_tok',
      correlationId: null,
    },
    apiContext('/api/v2/tokens/me', {check: 'identity'}),
  );

  assert.equal(diagnosis.code, 'unexpected-response');
  assert.match(diagnosis.title, /not valid JSON/);
});

test('an unlisted domain is a warning that proceeds', () => {
  const diagnosis = unknownRegion({
    ...ireland,
    region: null,
    domain: 'xyz1.pure.cloud',
    loginBaseUrl: 'https://login.xyz1.pure.cloud',
    apiBaseUrl: 'https://api.xyz1.pure.cloud',
    isKnown: false,
  });

  assert.equal(diagnosis.code, 'unknown-region');
  assert.equal(diagnosis.evidence.host, 'login.xyz1.pure.cloud');
  assert.match(diagnosis.cause, /checks go on/);
  allText(diagnosis);
});

test('wrong-region names the region that accepted the credentials', () => {
  const diagnosis = wrongRegion(ireland, frankfurt, clientId);

  assert.equal(diagnosis.code, 'wrong-region');
  assert.match(diagnosis.title, /eu-central-1/);
  assert.match(fixText(diagnosis), /--region eu-central-1/);
  assert.match(fixText(diagnosis), /GENESYSCLOUD_REGION=eu-central-1/);
  allText(diagnosis);
});

test('a token of seconds is a short lifetime with the setting to change', () => {
  const diagnosis = shortLifetime(3, clientId);

  assert.equal(diagnosis.code, 'short-token-lifetime');
  assert.match(diagnosis.title, /3 s/);
  assert.match(fixText(diagnosis), /Token Duration/);
  allText(diagnosis);
});

test('every diagnosis code has a rule (runs last)', () => {
  for (const code of diagnosisCodes) {
    assert.ok(seen.has(code), `no test produced ${code}`);
  }
});
