const uuid = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * Whether a value given as a client id is more likely a client secret:
 * Genesys Cloud client ids are UUIDs, while its secrets are long strings
 * of mixed-case letters and digits.
 */
export function looksLikeSecret(value: string): boolean {
  const text = value.trim();

  return (
    !uuid.test(text) &&
    text.length >= 24 &&
    /^[\w+/=.~-]+$/.test(text) &&
    /[a-z]/.test(text) &&
    /[A-Z]/.test(text) &&
    /\d/.test(text)
  );
}

/**
 * A value the user typed, quoted for a message; one that looks like a
 * secret pasted into the wrong place is not repeated.
 */
export function mention(value: string): string {
  return looksLikeSecret(value)
    ? '[not shown: it looks like a secret]'
    : `'${value}'`;
}
