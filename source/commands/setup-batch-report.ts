import type {Environment} from '../genesys/types.js';
import type {SaveResult} from '../store/save.js';
import {KeychainError, keychainService} from '../store/secrets.js';
import {UsageError} from './context.js';
import {describeSources, type ResolvedCredentials} from './credentials.js';

/** What setup did, for the admin: never the secret, only its fingerprint. */
export function summary(
  input: {
    name: string;
    environment: Environment;
    credentials: ResolvedCredentials;
    profiles: {path: string};
  },
  result: Extract<SaveResult, {ok: true}>,
): string {
  const {name, environment, credentials, profiles} = input;
  const where = environment.region
    ? `${environment.region} (${environment.domain})`
    : environment.domain;
  const lines = [
    `${result.replaced ? 'Updated' : 'Saved'} profile '${name}'.`,
    `  region         ${where}`,
    `  client id      ${credentials.clientId}`,
    `  client secret  ${result.fingerprint}, in the keychain ` +
      `(service '${keychainService}', account '${name}')`,
    `  profile file   ${profiles.path}`,
    `Used: ${describeSources(credentials).join('; ')}.`,
    result.verified
      ? 'A token request with these credentials succeeded.'
      : 'Saved without requesting a token (--no-verify).',
    `Next: genesys-auth check --profile ${name}`,
  ];

  return `${lines.join('\n')}\n`;
}

/** Turns a local failure while saving into a UsageError that says what to do. */
export function asUsageError(error: unknown, file: string): unknown {
  if (error instanceof KeychainError) {
    return new UsageError(
      `Nothing was saved: ${error.reason}\n${error.remedy}`,
    );
  }

  const {code, syscall} = error as {code?: string; syscall?: string};
  if (code && syscall) {
    return new UsageError(
      `Nothing was saved: the profile file ${file} cannot be written ` +
        `(${code}), so the keychain was put back as it was. ` +
        'Check the permissions of that directory, or point ' +
        'GENESYS_AUTH_CONFIG_DIR somewhere writable.',
    );
  }

  return error;
}
