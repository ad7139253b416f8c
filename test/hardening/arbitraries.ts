import fc from 'fast-check';

/** Text of every kind: printable, any code point, control characters. */
export const anyText = fc.oneof(
  fc.string({maxLength: 80}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'binary-ascii', maxLength: 80}),
);

const base64url =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Strings shaped like a client secret or access token: 24 to 64 characters
 * of base64url with letters and digits mixed, as Genesys issues them.
 */
export const secretLike = fc
  .string({
    unit: fc.constantFrom(...base64url),
    minLength: 24,
    maxLength: 64,
  })
  .filter((text) => /[A-Z]/.test(text) && /[a-z]/.test(text))
  .filter((text) => /\d/.test(text));

/** Like secretLike, with standard base64's `+`, `/` and `=` too. */
export const base64SecretLike = fc
  .tuple(secretLike, fc.constantFrom('+', '/', '=', '+/', '=='))
  .map(([secret, extra]) => `${secret.slice(0, 12)}${extra}${secret}`);

/** Any 8 characters of the secret found in the text, case aside. */
export function echoedPart(secret: string, text: string): string | null {
  const haystack = text.toLowerCase();
  for (let start = 0; start + 8 <= secret.length; start++) {
    const part = secret.slice(start, start + 8).toLowerCase();
    if (haystack.includes(part)) return part;
  }

  return null;
}
