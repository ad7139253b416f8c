import {mention} from '../store/secret-shape.js';
import type {RetryPolicy} from '../genesys/types.js';

/** The run settings `check` takes from its flags. */
export interface CheckSettings {
  probes: Array<{method: string; path: string}>;
  timeoutMs: number | undefined;
  retry: Partial<RetryPolicy>;
}

/** A settings mistake, worded for the person who typed the flag. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * A check waits out a short Retry-After and reports a long one: the person
 * running it wants to know about the limit, not to sit through it.
 */
export const checkRetryPolicy: Partial<RetryPolicy> = {
  maxRetryAfterSeconds: 10,
};

/** `"GET /api/v2/routing/queues"` as method and path. */
export function parseProbe(text: string): {method: string; path: string} {
  const match = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new SettingsError(
      `--probe takes a method and a path, such as ` +
        `--probe "GET /api/v2/routing/queues"; got ${mention(text)}.`,
    );
  }

  return {method: match[1].toUpperCase(), path: match[2]};
}

function wholeNumber(
  flag: string,
  text: string,
  min: number,
  max: number,
): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new SettingsError(
      `${flag} takes a whole number from ${min} to ${max}; ` +
        `got ${mention(text)}.`,
    );
  }

  return value;
}

/** Reads --probe, --timeout and --retries. */
export function readSettings(flags: {
  probe?: string[];
  timeout?: string;
  retries?: string;
}): CheckSettings {
  const retry = {...checkRetryPolicy};
  if (flags.retries !== undefined) {
    retry.maxAttempts = wholeNumber('--retries', flags.retries, 0, 5) + 1;
  }

  return {
    probes: (flags.probe ?? []).map(parseProbe),
    timeoutMs:
      flags.timeout === undefined
        ? undefined
        : wholeNumber('--timeout', flags.timeout, 100, 600_000),
    retry,
  };
}
