import type {CheckResult, Report} from '../../source/diagnosis/types.js';

const environment = {
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  loginBaseUrl: 'https://login.mypurecloud.ie',
  apiBaseUrl: 'https://api.mypurecloud.ie',
  isKnown: true,
  isLocal: false,
};

function check(id: CheckResult['id'], summary: string): CheckResult {
  return {
    id,
    status: 'pass',
    durationMs: 120,
    summary,
    details: [],
    requests: [],
    diagnosis: null,
  };
}

/** A report whose permissions check met a 429 with Retry-After. */
export function rateLimitedReport(retryAfterSeconds: number): Report {
  return {
    tool: {name: 'genesys-auth', version: '0.0.0'},
    profile: 'prod',
    environment,
    clientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    ok: false,
    startedAt: new Date().toISOString(),
    durationMs: 400,
    token: {type: 'bearer', expiresInSeconds: 86_400, fingerprint: 'fp:abcd'},
    identity: null,
    checks: [
      check('environment', 'eu-west-1, login.mypurecloud.ie'),
      check('token', 'An access token was issued'),
      {
        ...check('permissions', 'Genesys asked to slow down'),
        status: 'fail',
        diagnosis: {
          code: 'rate-limited',
          title: 'Rate limited',
          cause: 'Too many requests for this OAuth client.',
          fix: ['Wait for Retry-After, then try again.'],
          evidence: {
            status: 429,
            genesysCode: 'too.many.requests.retry.after',
            correlationId: 'c0ffee-42',
            retryAfterSeconds,
          },
        },
      },
    ],
  };
}

const longFix = [
  'Sign in to Genesys Cloud and open Admin > Integrations > OAuth; find ' +
    'the client and compare its Client ID with the one used here.',
  "On the client's Client Details tab, copy the Client Secret value, not " +
    'an ID, or generate a new secret there.',
  'Save it again with `genesys-auth setup`, or pass it with ' +
    '`--client-secret-stdin` or GENESYSCLOUD_OAUTHCLIENT_SECRET.',
  'If the OAuth client may live in another region, run ' +
    '`genesys-auth check --find-region`: it names the region that ' +
    'accepts the credentials.',
  'Run the checks again.',
];

/** A report with two failures whose cards are taller than a terminal. */
export function tallReport(): Report {
  const report = rateLimitedReport(600);
  const fail = (id: CheckResult['id'], code: 'invalid-client' | 'timeout') =>
    ({
      ...check(id, `${code} in a summary long enough to be cut at sixty`),
      status: 'fail',
      diagnosis: {
        code,
        title: `Card for ${code}`,
        cause: 'A cause that takes a couple of lines once it is wrapped.',
        fix: longFix,
        evidence: {status: 400, correlationId: `corr-${code}`},
      },
    }) satisfies CheckResult;

  return {
    ...report,
    checks: [
      check('environment', 'eu-west-1, login.mypurecloud.ie'),
      fail('token', 'invalid-client'),
      fail('identity', 'timeout'),
      {...check('permissions', 'skipped'), status: 'skip'},
      {...check('sso', 'skipped'), status: 'skip'},
    ],
  };
}
