import type {RetryPolicy} from './types.js';

/** Bounds as Genesys' Go SDK uses them, with fewer attempts. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  maxRetryAfterSeconds: 180,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
};

/** What one attempt gave, as far as retrying is concerned. */
export interface AttemptSummary {
  status: number | null;
  retryAfterSeconds: number | null;
  /** HTTP 400 `invalid_request` "rate limit exceeded" from the token host. */
  isTokenRateLimit: boolean;
  /** A kept-alive socket the server had closed: the request never ran. */
  isStaleSocket: boolean;
  /** Whether running the request twice is harmless. */
  isRepeatable: boolean;
}

/** How long to wait before the next attempt, or null to stop. */
export function retryDelayMs(
  summary: AttemptSummary,
  attempt: number,
  policy: RetryPolicy,
): number | null {
  if (attempt >= policy.maxAttempts) return null;

  if (summary.isStaleSocket) return 0;

  const {status, retryAfterSeconds} = summary;
  const isServerError = status !== null && status >= 500 && status !== 501;
  const isRetryable =
    status === 429 ||
    summary.isTokenRateLimit ||
    (isServerError && summary.isRepeatable);

  if (!isRetryable) return null;

  if (retryAfterSeconds === null) return backoffMs(attempt, policy);

  // Waiting longer than the bound would stall the user: the answer stands.
  if (retryAfterSeconds > policy.maxRetryAfterSeconds) return null;

  return retryAfterSeconds * 1000;
}

function backoffMs(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
}

/** `Retry-After` in seconds, from delay-seconds or an HTTP date. */
export function parseRetryAfter(
  header: string | undefined,
  now = Date.now(),
): number | null {
  if (header === undefined) return null;

  const text = header.trim();

  if (/^\d+$/.test(text)) return Number(text);

  const date = Date.parse(text);

  return Number.isNaN(date)
    ? null
    : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits, unless the signal aborts first: then rejects with its reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);

      return;
    }

    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };

    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);

    signal?.addEventListener('abort', onAbort, {once: true});
  });
}
