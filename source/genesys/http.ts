import type {SecureContext} from 'node:tls';
import {createAgentPool} from './agents.js';
import {attempt, type AttemptResult, type RawResponse} from './attempt.js';
import {
  defaultRetryPolicy,
  parseRetryAfter,
  retryDelayMs,
  sleep,
} from './retry.js';
import {isTokenRateLimit, redact, unexpectedBody} from './response-body.js';
import type {Failure, Outcome, RequestRecord, RetryPolicy} from './types.js';

/** The HTTP layer's settings; see ClientOptions for each. */
export interface HttpOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  retry?: Partial<RetryPolicy>;
  onRecord?: (record: RequestRecord) => void;
  env?: NodeJS.ProcessEnv;
  /** Extra trusted certificates (PEM), added to Node's own roots. */
  ca?: string | string[];
  maxBodyBytes?: number;
}

/** A request to send; `secrets` are scrubbed from anything read back. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  secrets?: string[];
  /** The token endpoint, whose own rate limit answers HTTP 400. */
  isTokenRequest?: boolean;
}

/** A complete answer, its body as text. */
export interface HttpResponse {
  status: number;
  contentType: string | null;
  correlationId: string | null;
  retryAfterSeconds: number | null;
  text: string;
}

/** One HTTP layer: keep-alive agents, retries, records. */
export interface Http {
  send(request: HttpRequest): Promise<Outcome<HttpResponse>>;
  close(): void;
}

const defaultTimeoutMs = 16_000;
const defaultMaxBodyBytes = 1024 * 1024;

/** The system's certificates and `ca` besides, for a private authority. */
async function trustAlso(ca: string | string[]): Promise<SecureContext> {
  const {createSecureContext, rootCertificates} = await import('node:tls');

  return createSecureContext({ca: [...rootCertificates, ...[ca].flat()]});
}

/** Creates the HTTP layer every Genesys call goes through. */
export function createHttp(options: HttpOptions = {}): Http {
  const pool = createAgentPool(options.env ?? process.env);
  const policy = {...defaultRetryPolicy, ...options.retry};
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const {ca} = options;
  let trusted: Promise<SecureContext> | undefined;

  async function send(request: HttpRequest): Promise<Outcome<HttpResponse>> {
    const url = new URL(request.url);
    const records: RequestRecord[] = [];
    const wire = {
      method: request.method,
      url,
      headers: request.headers,
      body: request.body ?? null,
    };

    for (let attemptNumber = 1; ; attemptNumber++) {
      const startedAt = Date.now();
      const routed = await pool.routeFor(url).then(
        (route) => ({route}),
        (error: unknown) => ({error}),
      );

      if ('error' in routed) {
        const failure = badProxySetting(routed.error);

        return {ok: false, failure, records};
      }

      const result = await attempt(wire, {
        route: routed.route,
        timeoutMs,
        maxBodyBytes,
        signal: options.signal,
        secureContext: ca ? await (trusted ??= trustAlso(ca)) : undefined,
      });
      const response = result.kind === 'response' ? result.response : null;
      const record = toRecord(request, result, startedAt, attemptNumber);
      records.push(record);
      options.onRecord?.(record);

      const text = response ? redact(response.body, request.secrets) : '';
      const delay = retryDelayMs(
        {
          status: record.status,
          retryAfterSeconds: record.retryAfterSeconds,
          isTokenRateLimit:
            request.isTokenRequest === true &&
            record.status === 400 &&
            isTokenRateLimit(text),
          isStaleSocket:
            result.kind === 'network' &&
            result.isReusedSocket &&
            result.failure.cause === 'reset',
          isRepeatable:
            request.isTokenRequest === true ||
            ['GET', 'HEAD', 'OPTIONS'].includes(request.method),
        },
        attemptNumber,
        policy,
      );

      if (delay === null) {
        if (result.kind === 'network') {
          return {ok: false, failure: result.failure, records};
        }

        return toOutcome(result.response, record, text, records);
      }

      await sleep(delay, options.signal);
    }
  }

  return {send, close: () => pool.close()};
}

function toOutcome(
  raw: RawResponse,
  record: RequestRecord,
  text: string,
  records: RequestRecord[],
): Outcome<HttpResponse> {
  const response: HttpResponse = {
    status: raw.status,
    contentType: raw.headers['content-type'] ?? null,
    correlationId: record.correlationId,
    retryAfterSeconds: record.retryAfterSeconds,
    text,
  };

  if (raw.isTooLarge) {
    return {
      ok: false,
      failure: unexpectedBody(response, 'too-large'),
      records,
    };
  }

  return {ok: true, value: response, records};
}

function toRecord(
  request: HttpRequest,
  result: AttemptResult,
  startedAt: number,
  attemptNumber: number,
): RequestRecord {
  const headers = result.kind === 'response' ? result.response.headers : {};
  const correlationId = headers['inin-correlation-id'];

  return {
    method: request.method,
    url: request.url,
    status: result.kind === 'response' ? result.response.status : null,
    startedAt,
    durationMs: Date.now() - startedAt,
    correlationId: typeof correlationId === 'string' ? correlationId : null,
    retryAfterSeconds: parseRetryAfter(headers['retry-after']),
    attempt: attemptNumber,
  };
}

function badProxySetting(error: unknown): Failure {
  const detail = error instanceof Error ? error.message : String(error);

  return {
    kind: 'network',
    cause: 'proxy',
    code: null,
    host: '',
    message: `The proxy setting (HTTPS_PROXY) cannot be used: ${detail}`,
    issuer: null,
  };
}
