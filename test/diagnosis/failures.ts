import type {Environment, Failure} from '../../source/genesys/types.js';
import type {RuleContext} from '../../source/diagnosis/rules.js';

/** Hand-built failures and contexts for the rules' tests. */
export const ireland: Environment = {
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  loginBaseUrl: 'https://login.mypurecloud.ie',
  apiBaseUrl: 'https://api.mypurecloud.ie',
  isKnown: true,
  isLocal: false,
};

export const frankfurt: Environment = {
  region: 'eu-central-1',
  domain: 'mypurecloud.de',
  loginBaseUrl: 'https://login.mypurecloud.de',
  apiBaseUrl: 'https://api.mypurecloud.de',
  isKnown: true,
  isLocal: false,
};

export const clientId = '7de3af06-c0b3-4a1d-9b4c-2f1e5d6a7b8c';

export function tokenContext(extra: Partial<RuleContext> = {}): RuleContext {
  return {
    check: 'token',
    request: {method: 'POST', url: 'https://login.mypurecloud.ie/oauth/token'},
    environment: ireland,
    clientId,
    at: Date.UTC(2026, 0, 5, 9, 30, 0),
    ...extra,
  };
}

export function apiContext(
  path: string,
  extra: Partial<RuleContext> = {},
): RuleContext {
  return tokenContext({
    check: 'permissions',
    request: {method: 'GET', url: `https://api.mypurecloud.ie${path}`},
    ...extra,
  });
}

export function oauth(
  error: string,
  description: string,
  status = 400,
): Failure {
  return {
    kind: 'oauth',
    status,
    error,
    description,
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    retryAfterSeconds: null,
  };
}

export function api(
  status: number,
  code: string,
  message: string,
  extra: {retryAfterSeconds?: number; params?: Record<string, string>} = {},
): Failure {
  return {
    kind: 'api',
    status,
    body: {message, code, status, messageParams: extra.params},
    correlationId: 'c0ffee00-0000-4000-8000-000000000002',
    retryAfterSeconds: extra.retryAfterSeconds ?? null,
  };
}

export function network(
  cause: Extract<Failure, {kind: 'network'}>['cause'],
  code: string | null,
  issuer: string | null = null,
): Failure {
  return {
    kind: 'network',
    cause,
    code,
    message: `request failed (${code ?? cause})`,
    host: 'login.mypurecloud.ie',
    issuer,
  };
}
