import type {
  ClientCredentials,
  Environment,
  Failure,
  Outcome,
  RequestRecord,
  RetryPolicy,
} from '../genesys/types.js';
import {proxySettings} from './proxy-settings.js';
import type {RuleContext} from './rule-context.js';
import type {
  CheckEvent,
  CheckId,
  CheckResult,
  CheckStatus,
  Diagnosis,
} from './types.js';

/** What to check, and with which credentials. */
export interface CheckRequest {
  /** The saved profile's name, or null for flags and environment. */
  profile: string | null;
  environment: Environment;
  credentials: ClientCredentials;
  /** Further endpoints the integration needs, proven with the token. */
  probes?: Array<{method: string; path: string}>;
  /** Per attempt; the HTTP layer's default when absent. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** For proxy settings; process.env when absent. */
  env?: NodeJS.ProcessEnv;
}

/** What one check may use while it runs. */
export interface CheckKit {
  request: CheckRequest;
  emit: (event: CheckEvent) => void;
  /** Settles with the call, or rejects as soon as the run is cancelled. */
  guard: <T>(call: Promise<T>) => Promise<T>;
  /** The rule context for a failed request of this check. */
  ruleContext: (
    check: CheckId,
    request: {method: string; url: string},
    clientName?: string | null,
  ) => RuleContext;
}

/** A check's outcome before its timing is added. */
export type CheckVerdict = Omit<CheckResult, 'id' | 'durationMs'>;

const uuidPattern =
  /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/** A client secret that looks like an id was probably copied wrong. */
export function looksLikeId(credentials: ClientCredentials): boolean {
  const secret = credentials.clientSecret.trim();

  return uuidPattern.test(secret) || secret === credentials.clientId.trim();
}

/** The rule context builder for one run: no secret goes into it. */
export function ruleContextFor(request: CheckRequest) {
  const proxy = request.environment.isLocal
    ? null
    : proxySettings(request.env ?? process.env).httpsProxy;
  const secretLooksLikeId = looksLikeId(request.credentials);

  return (
    check: CheckId,
    failed: {method: string; url: string},
    clientName?: string | null,
  ): RuleContext => ({
    check,
    request: failed,
    environment: request.environment,
    clientId: request.credentials.clientId,
    clientName,
    at: Date.now(),
    timeoutMs: request.timeoutMs ?? 16_000,
    proxyUrl: proxy,
    secretLooksLikeId,
  });
}

/** The last attempt of a call: the one whose answer stands. */
export function lastRecord(records: RequestRecord[]): RequestRecord | null {
  return records.at(-1) ?? null;
}

/** Method and URL of the request that failed, for the rule context. */
export function failedRequest(
  outcome: Outcome<unknown>,
  fallback: {method: string; url: string},
): {method: string; url: string} {
  const record = lastRecord(outcome.records);

  return record ? {method: record.method, url: record.url} : fallback;
}

/** Runs a check, timing it and telling the listener when it starts and ends. */
export async function timed(
  id: CheckId,
  kit: Pick<CheckKit, 'emit'>,
  body: () => Promise<CheckVerdict>,
): Promise<CheckResult> {
  const started = performance.now();
  kit.emit({type: 'start', id, at: Date.now()});
  const verdict = await body();
  const result: CheckResult = {
    id,
    durationMs: performance.now() - started,
    ...verdict,
  };
  kit.emit({type: 'finish', result});

  return result;
}

/** Tells the listener of each attempt a call made, in order. */
export function reportRecords(
  id: CheckId,
  records: RequestRecord[],
  kit: Pick<CheckKit, 'emit'>,
): void {
  for (const record of records) kit.emit({type: 'request', id, record});
}

/** A verdict for a check that did not run. */
export function skipped(summary: string): CheckVerdict {
  return {status: 'skip', summary, details: [], requests: [], diagnosis: null};
}

/** A short phrase for a failed call, for details lines. */
export function failureWords(failure: Failure): string {
  switch (failure.kind) {
    case 'oauth':
    case 'api':
    case 'unexpected-body': {
      return `HTTP ${failure.status}`;
    }

    case 'network': {
      return failure.code ?? failure.cause;
    }
  }
}

/** The worst of several statuses: fail, then warn, then skip, then pass. */
export function worst(statuses: CheckStatus[]): CheckStatus {
  const order: CheckStatus[] = ['fail', 'warn', 'skip', 'pass'];

  return order.find((status) => statuses.includes(status)) ?? 'pass';
}

export type {Diagnosis};
