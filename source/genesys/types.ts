/**
 * The shapes the Genesys Cloud edge hands to the rest of the tool. Nothing
 * here knows about the UI, the store or the diagnosis.
 */

/** Where one organisation's login and API hosts are. */
export interface Environment {
  /** The deployment's region name, such as `eu-west-1`; null when unknown. */
  region: string | null;
  /** The environment domain, such as `mypurecloud.ie`; host:port when local. */
  domain: string;
  /** Origin of the token endpoint, such as `https://login.mypurecloud.ie`. */
  loginBaseUrl: string;
  /** Origin of the Platform API, such as `https://api.mypurecloud.ie`. */
  apiBaseUrl: string;
  /** Whether Genesys' own registry lists this deployment. */
  isKnown: boolean;
  /** A loopback origin that serves login and API alike (the emulator). */
  isLocal: boolean;
}

/** The client-credentials pair. The secret never leaves this object. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** One HTTP attempt, as kept for the report and the support bundle. */
export interface RequestRecord {
  method: string;
  url: string;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  /** Epoch milliseconds when the attempt started (for the waterfall). */
  startedAt: number;
  durationMs: number;
  /** The `ININ-Correlation-Id` response header, when there was one. */
  correlationId: string | null;
  /** The `Retry-After` response header in seconds, when there was one. */
  retryAfterSeconds: number | null;
  /** 1 for the first try, 2 for the first retry, and so on. */
  attempt: number;
}

/** Genesys' Platform API error body. */
export interface ErrorBody {
  message?: string;
  code?: string;
  status?: number;
  messageWithParams?: string;
  messageParams?: Record<string, string>;
  contextId?: string;
  entityId?: string;
  entityName?: string;
  details?: unknown[];
  errors?: unknown[];
}

/** How a request failed below HTTP. */
export type NetworkCause =
  'dns' | 'refused' | 'reset' | 'timeout' | 'tls-untrusted' | 'tls' | 'proxy';

/** Why a request did not give what was asked, with its evidence. */
export type Failure =
  | {
      /** The token endpoint answered with an OAuth error. */
      kind: 'oauth';
      status: number;
      error: string;
      description: string;
      correlationId: string | null;
      retryAfterSeconds: number | null;
    }
  | {
      /** The Platform API answered with an error status. */
      kind: 'api';
      status: number;
      body: ErrorBody | null;
      correlationId: string | null;
      retryAfterSeconds: number | null;
    }
  | {
      /** No HTTP answer: the connection, TLS or a proxy failed. */
      kind: 'network';
      cause: NetworkCause;
      /** The system error code, such as `ECONNREFUSED`. */
      code: string | null;
      message: string;
      host: string;
      /** The issuer of a certificate that was not trusted, when readable. */
      issuer: string | null;
    }
  | {
      /** An answer that is not what Genesys sends: HTML, cut-off JSON. */
      kind: 'unexpected-body';
      status: number;
      reason: 'html' | 'truncated-json' | 'not-json' | 'empty' | 'too-large';
      contentType: string | null;
      /** At most 200 characters of the body, for the support bundle. */
      snippet: string;
      correlationId: string | null;
    };

/**
 * What every call of the edge resolves to. Failures are values, not throws,
 * so the diagnosis sees the evidence; only cancellation rejects (with the
 * AbortSignal's reason).
 */
export type Outcome<T> =
  | {ok: true; value: T; records: RequestRecord[]}
  | {ok: false; failure: Failure; records: RequestRecord[]};

/** A successful token response. */
export interface AccessToken {
  accessToken: string;
  tokenType: string;
  expiresInSeconds: number;
}

/** An id and name pair, as Genesys returns them. */
export interface NamedEntity {
  id: string;
  name?: string;
}

/** `GET /api/v2/tokens/me` (TokenInfo), camel-cased. */
export interface TokenInfo {
  organization: NamedEntity | null;
  homeOrganization: NamedEntity | null;
  authorizedScope: string[];
  oauthClient: {
    id: string;
    name: string | null;
    authorizedGrantType: string | null;
    state: string | null;
    roleDivisions: Array<{roleId: string; divisionId: string}>;
  } | null;
}

/** `GET /api/v2/organizations/me`, the fields the tool shows. */
export interface Organization {
  id: string;
  name: string | null;
  /** The short organisation name. */
  thirdPartyOrgName: string | null;
  domain: string | null;
  state: string | null;
}

/** One configured identity provider. */
export interface IdentityProvider {
  id: string;
  name: string | null;
  /** The provider type from the entity, such as `Okta` or `GenericSAML`. */
  type: string | null;
  disabled: boolean | null;
}

/** How the HTTP layer retries; every bound is explicit. */
export interface RetryPolicy {
  /** Total attempts for one call, the first included. */
  maxAttempts: number;
  /** A `Retry-After` longer than this is not waited for: the 429 stands. */
  maxRetryAfterSeconds: number;
  /** Backoff before the first retry of a 5xx; doubles on each retry. */
  baseDelayMs: number;
  /** No backoff wait is longer than this (Retry-After has its own bound). */
  maxDelayMs: number;
}

export interface ClientOptions {
  environment: Environment;
  /** Per attempt; 16 s by default, as Genesys' own SDKs. */
  timeoutMs?: number;
  /** Cancels every call in flight; they reject with the signal's reason. */
  signal?: AbortSignal;
  retry?: Partial<RetryPolicy>;
  /** Told of each attempt as it ends, for live progress. */
  onRecord?: (record: RequestRecord) => void;
  /** Environment for proxy settings (HTTPS_PROXY, NO_PROXY); process.env. */
  env?: NodeJS.ProcessEnv;
  /** Sent as `User-Agent`, such as `genesys-auth/1.2.3`. */
  userAgent?: string;
  /** Certificates (PEM) to trust besides Node's own roots. */
  ca?: string | string[];
}

/** The calls the tool makes to Genesys Cloud. Every one resolves. */
export interface GenesysClient {
  requestToken(credentials: ClientCredentials): Promise<Outcome<AccessToken>>;
  /** `GET /api/v2/users/me`; fails for client-credentials tokens. */
  getUsersMe(accessToken: string): Promise<Outcome<unknown>>;
  getTokenInfo(accessToken: string): Promise<Outcome<TokenInfo>>;
  getOrganization(accessToken: string): Promise<Outcome<Organization>>;
  /** `GET /api/v2/users?pageSize=1`; needs `directory:user:view`. */
  getUsersPage(accessToken: string): Promise<Outcome<{total: number | null}>>;
  /** `GET /api/v2/identityproviders`; needs `sso:provider:view`. */
  getIdentityProviders(
    accessToken: string,
  ): Promise<Outcome<IdentityProvider[]>>;
  /** Any `METHOD /api/v2/...` an admin wants to prove access to. */
  probe(
    accessToken: string,
    method: string,
    path: string,
  ): Promise<Outcome<{status: number}>>;
  /** Closes keep-alive connections. */
  close(): void;
}
