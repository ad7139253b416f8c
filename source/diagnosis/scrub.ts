import {redactor} from '../store/redact.js';
import type {Report} from './types.js';

function scrub<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) {
    return value.map((item: unknown) => scrub(item, redact)) as T;
  }

  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, scrub(item, redact)]),
    ) as T;
  }

  return value;
}

/**
 * A second line of defence: the rules never see a secret or a token, but a
 * server could echo one back in a message; none of it reaches the report.
 */
export function scrubReport(report: Report, secrets: string[]): Report {
  return scrub(report, redactor(secrets));
}
