import {createHash} from 'node:crypto';

const placeholder = '[redacted]';

/**
 * A short, stable, one-way name for a secret, such as `sha256:1f2e3d4c`:
 * enough to tell two secrets apart, useless for recovering either.
 */
export function fingerprint(value: string): string {
  const digest = createHash('sha256').update(value, 'utf8').digest('hex');

  return `sha256:${digest.slice(0, 8)}`;
}

/** The forms a value takes on the wire: as is, base64 and URL-encoded. */
function formsOf(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64');

  return [
    value,
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(value, 'utf8').toString('base64url'),
    encodeURIComponent(value),
    new URLSearchParams({v: value}).toString().slice(2),
  ];
}

/**
 * A function that replaces every known secret or token in a text, and its
 * base64 and URL-encoded forms, with `[redacted]`; the forms are worked out
 * once, for redacting many texts. A Basic header encodes `clientId:secret`
 * as one unit, so pass that pair too when it may appear.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = new Set(
    secrets.filter((secret) => secret.length > 0).flatMap(formsOf),
  );
  // Longest first, so a shorter form cannot split a longer one in two.
  const ordered = [...forms]
    .filter((form) => form.length > 0)
    .sort((a, b) => b.length - a.length);
  const shortest = ordered.at(-1)?.length ?? Infinity;

  return (text) => {
    if (text.length < shortest) return text;
    let result = text;
    for (const form of ordered) {
      if (result.includes(form)) result = result.split(form).join(placeholder);
    }

    return result;
  };
}

/** `redactor(secrets)` applied to one text. */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}
