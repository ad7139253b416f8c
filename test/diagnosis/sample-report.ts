import {diagnose, noUserContext} from '../../source/diagnosis/rules.js';
import type {Report} from '../../source/diagnosis/types.js';
import type {RequestRecord} from '../../source/genesys/types.js';
import {api, apiContext, clientId, ireland} from './failures.js';

function record(
  method: string,
  path: string,
  status: number | null,
  host = 'api.mypurecloud.ie',
): RequestRecord {
  return {
    method,
    url: `https://${host}${path}`,
    status,
    startedAt: Date.UTC(2026, 0, 5, 9, 30, 0),
    durationMs: 120.4,
    correlationId: status === null ? null : `corr-${path}`,
    retryAfterSeconds: null,
    attempt: 1,
  };
}

/** A report as runChecks would make it: one warning, one failure, a skip. */
export function sampleReport(): Report {
  const usersMe = api(400, 'bad.request', 'This request requires a user');
  const forbidden = api(
    403,
    'missing.permissions',
    'You are missing the following permission(s): [directory:user:view]',
  );

  return {
    tool: {name: 'genesys-auth', version: '0.1.0'},
    profile: 'prod',
    environment: ireland,
    clientId,
    ok: false,
    startedAt: '2026-01-05T09:30:00.000Z',
    durationMs: 612.7,
    token: {type: 'bearer', expiresInSeconds: 86_400, fingerprint: 'fp:1a2b'},
    identity: {
      oauthClient: {
        id: clientId,
        name: 'Reporting',
        grantType: 'CLIENT-CREDENTIALS',
        roleDivisions: [{roleId: 'r1', divisionId: 'd1'}],
      },
      organization: {id: 'o1', name: 'Example Ltd', shortName: 'example'},
    },
    checks: [
      {
        id: 'environment',
        status: 'pass',
        durationMs: 0.2,
        summary: 'eu-west-1 (mypurecloud.ie)',
        details: [],
        requests: [],
        diagnosis: null,
      },
      {
        id: 'token',
        status: 'pass',
        durationMs: 130,
        summary: 'bearer token, valid 24 h',
        details: [],
        requests: [record('POST', '/oauth/token', 200, 'login.mypurecloud.ie')],
        diagnosis: null,
      },
      {
        id: 'identity',
        status: 'warn',
        durationMs: 140,
        summary: 'OAuth client Reporting in Example Ltd',
        details: ['Organization: Example Ltd (example)'],
        requests: [
          record('GET', '/api/v2/users/me', 400),
          record('GET', '/api/v2/tokens/me', 200),
        ],
        diagnosis: noUserContext(
          usersMe,
          apiContext('/api/v2/users/me', {check: 'identity'}),
        ),
      },
      {
        id: 'permissions',
        status: 'fail',
        durationMs: 150,
        summary: 'cannot read users',
        details: [],
        requests: [record('GET', '/api/v2/users?pageSize=1', 403)],
        diagnosis: diagnose(forbidden, apiContext('/api/v2/users?pageSize=1')),
      },
      {
        id: 'sso',
        status: 'skip',
        durationMs: 0,
        summary: 'skipped',
        details: [],
        requests: [record('GET', '/api/v2/identityproviders', null)],
        diagnosis: null,
      },
    ],
  };
}
