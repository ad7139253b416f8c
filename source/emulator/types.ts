/** An OAuth client the emulator knows, with its secret and its roles. */
export interface EmulatorClient {
  id: string;
  secret: string;
  name: string;
  /** What this client is for, one line, e.g. "works: may read users" */
  purpose: string;
  state: 'active' | 'disabled' | 'inactive';
  /** Granted through its roles */
  permissions: string[];
  roles: Array<{id: string; name: string; divisionId: string}>;
  /** Lifetime of its access tokens; Genesys' default is 86400 */
  tokenLifetimeSeconds: number;
}

/** A server-side switch that makes the emulator misbehave one way. */
export type ScenarioName =
  | 'healthy'
  | 'wrong-secret'
  | 'unknown-client'
  | 'disabled-client'
  | 'token-rate-limit'
  | 'missing-permission'
  | 'rate-limited'
  | 'token-expiring'
  | 'server-error'
  | 'html-response'
  | 'truncated-json'
  | 'connection-reset'
  | 'no-answer';

/** A limit of so many requests in a fixed window of time. */
export interface RequestLimit {
  requests: number;
  windowSeconds: number;
}

/** How to start an emulator; every field has a default. */
export interface EmulatorOptions {
  /** Loopback only; default '127.0.0.1' */
  host?: string;
  /** Default 0: a free port */
  port?: number;
  /** Default 'healthy' */
  scenario?: ScenarioName;
  /** Added to every response, default 0 */
  latencyMs?: number;
  /** Default: the built-in demo clients */
  clients?: EmulatorClient[];
  /** Retry-After used by rate-limited scenarios, default 30 */
  retryAfterSeconds?: number;
  /** Token requests per client id, in every scenario; default 600 a minute */
  tokenRateLimit?: RequestLimit;
  /** API requests per access token; default 300 a minute */
  apiRateLimit?: RequestLimit;
  /** Token lifetime in the 'token-expiring' scenario, default 3 */
  expiringTokenSeconds?: number;
  /** HTTP status of token endpoint errors, default 400 (real: 400 or 401) */
  tokenErrorStatus?: 400 | 401;
}

/** A running emulator. */
export interface Emulator {
  /** e.g. 'http://127.0.0.1:43121', the login AND the API origin */
  url: string;
  clients: EmulatorClient[];
  /** The built-in client that works in the healthy scenario */
  defaultClient: EmulatorClient;
  scenario: ScenarioName;
  setScenario(name: ScenarioName): void;
  setLatency(ms: number): void;
  /** Every access_token string ever issued, for leak tests */
  issuedTokens(): string[];
  /** Requests served, for one path (no query) or in all */
  requestCount(path?: string): number;
  /** Makes an issued access token unknown, as a revoked one is */
  revokeToken(accessToken: string): void;
  /** Closes the server and every socket, keep-alive or pending; never hangs */
  close(): Promise<void>;
}
