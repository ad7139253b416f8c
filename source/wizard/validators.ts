import type {Verdict} from './types.js';

const uuidPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text has the shape of a UUID, as Genesys client ids do. */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text.trim());
}

/** Checks a client id: Genesys issues them as UUIDs. */
export function checkClientId(value: string): Verdict {
  const clientId = value.trim();
  if (clientId === '') {
    return {error: 'Enter the client id of the OAuth client.'};
  }

  if (!isUuid(clientId)) {
    return {
      error:
        'Genesys client ids are UUIDs (8-4-4-4-12 hexadecimal digits, ' +
        'such as 0f8fad5b-d9cb-469f-a165-70867728950e). Copy it from ' +
        'Admin > Integrations > OAuth > your client.',
    };
  }

  return {};
}

/**
 * Checks a client secret. Every message speaks about the secret without
 * ever repeating any part of it.
 */
export function checkClientSecret(value: string): Verdict {
  if (value.trim() === '') {
    return {error: 'Enter the client secret (it stays hidden as you type).'};
  }

  if (isUuid(value)) {
    return {
      warning:
        "This looks like a client id or a secret's ID, not its value. " +
        'The value is shown once, when the secret is created or rotated.',
    };
  }

  if (/\s/.test(value)) {
    return {
      warning:
        'The secret contains spaces or line breaks; Genesys secrets have ' +
        'none, so a copy may have picked up extra characters.',
    };
  }

  return {};
}
