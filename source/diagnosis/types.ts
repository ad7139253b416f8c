import type {Environment, RequestRecord} from '../genesys/types.js';

/** The checks, in the order they run and are shown. */
export const checkIds = [
  'environment',
  'token',
  'identity',
  'permissions',
  'sso',
] as const;

export type CheckId = (typeof checkIds)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** The stable codes of every diagnosis; used in JSON output and the docs. */
export const diagnosisCodes = [
  'invalid-client',
  'wrong-region',
  'client-disabled',
  'token-rate-limited',
  'bad-credentials',
  'missing-permissions',
  'rate-limited',
  'no-user-context',
  'server-error',
  'dns-failure',
  'connection-refused',
  'connection-reset',
  'timeout',
  'tls-untrusted',
  'tls-error',
  'proxy-error',
  'unexpected-response',
  'unknown-region',
  'sso-not-visible',
  'api-error',
  'short-token-lifetime',
] as const;

export type DiagnosisCode = (typeof diagnosisCodes)[number];

/** What was seen, so a Genesys support engineer can trace it. */
export interface Evidence {
  method?: string;
  url?: string;
  status?: number;
  /** The Platform API `code`, such as `missing.permissions`. */
  genesysCode?: string;
  /** The OAuth `error`, such as `invalid_client`. */
  oauthError?: string;
  /** Genesys' own message or OAuth `error_description`. */
  message?: string;
  correlationId?: string;
  retryAfterSeconds?: number;
  /** Permissions named in a 403 message. */
  permissions?: string[];
  host?: string;
  /** The system error code of a network failure, such as `ECONNRESET`. */
  systemCode?: string;
  /** The issuer of a TLS certificate that was not trusted. */
  certificateIssuer?: string;
}

/** A verdict a person can act on. */
export interface Diagnosis {
  code: DiagnosisCode;
  title: string;
  /** The cause in plain words. */
  cause: string;
  /** What to do, one step per entry, in order. */
  fix: string[];
  evidence: Evidence;
}

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  durationMs: number;
  /** One line that says what was found. */
  summary: string;
  /** Further facts worth showing under the summary. */
  details: string[];
  requests: RequestRecord[];
  diagnosis: Diagnosis | null;
}

/** Who the token belongs to, from `tokens/me` and `organizations/me`. */
export interface Identity {
  oauthClient: {
    id: string;
    name: string | null;
    grantType: string | null;
    roleDivisions: Array<{roleId: string; divisionId: string}>;
  } | null;
  organization: {
    id: string;
    name: string | null;
    shortName: string | null;
  } | null;
}

/** The outcome of one run of the checks for one set of credentials. */
export interface Report {
  tool: {name: string; version: string};
  profile: string | null;
  environment: Environment;
  clientId: string;
  ok: boolean;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  token: {type: string; expiresInSeconds: number; fingerprint: string} | null;
  identity: Identity | null;
  checks: CheckResult[];
}

/** Progress while the checks run, for the front ends. */
export type CheckEvent =
  | {type: 'start'; id: CheckId; at: number}
  | {type: 'request'; id: CheckId; record: RequestRecord}
  | {type: 'finish'; result: CheckResult};
