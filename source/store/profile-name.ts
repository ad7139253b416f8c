const allowed = /^[A-Za-z0-9._-]+$/;

/** The longest profile name accepted. */
export const maxProfileNameLength = 64;

/**
 * Checks a profile name: 1 to 64 letters, digits, `-`, `_` or `.`. Returns
 * what is wrong, in words an admin can act on, or undefined when it is fine.
 */
export function validateProfileName(name: string): string | undefined {
  if (name.length === 0) return 'A profile name cannot be empty.';
  if (name.length > maxProfileNameLength) {
    return `A profile name has at most ${maxProfileNameLength} characters.`;
  }

  if (!allowed.test(name)) {
    return (
      'A profile name may hold only letters, digits, "-", "_" and "."' +
      ' (no spaces), for example "prod-eu".'
    );
  }

  if (/^\.+$/.test(name)) return 'A profile name cannot be only dots.';

  return undefined;
}
