import {redact} from '../store/redact.js';
import type {Report} from './types.js';

function scrub<T>(value: T, secrets: string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) {
    return value.map((item: unknown) => scrub(item, secrets)) as T;
  }

  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, scrub(item, secrets)]),
    ) as T;
  }

  return value;
}

/**
 * A second line of defence: the rules never see a secret or a token, but a
 * server could echo one back in a message; none of it reaches the report.
 */
export function scrubReport(report: Report, secrets: string[]): Report {
  return scrub(
    report,
    secrets.filter((secret) => secret.length > 0),
  );
}
