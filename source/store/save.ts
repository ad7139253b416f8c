import type {ProfileStore} from './profiles.js';
import {fingerprint} from './redact.js';
import type {Profile, SecretStore} from './types.js';

/** Proves a client id and secret work, without keeping anything. */
export type VerifyCredentials = (credentials: {
  clientId: string;
  clientSecret: string;
}) => Promise<{ok: true} | {ok: false; message: string}>;

/** What a save did, or why it did nothing. */
export type SaveResult =
  | {
      ok: true;
      /** The new secret's fingerprint. */
      fingerprint: string;
      /** Whether a profile of that name was replaced. */
      replaced: boolean;
      /** Whether the credentials were shown to work before saving. */
      verified: boolean;
    }
  | {ok: false; stage: 'verify'; message: string};

/**
 * Saves a profile and its secret as one step: the credentials are proved
 * first (unless `verify` is null), so a bad new secret never replaces a
 * working one; then the secret, then the profile; if the profile cannot be
 * written, the keychain is put back as it was and the error rethrown.
 */
export async function saveProfile(options: {
  profiles: ProfileStore;
  secrets: SecretStore;
  profile: Profile;
  secret: string;
  verify: VerifyCredentials | null;
}): Promise<SaveResult> {
  const {profiles, secrets, profile, secret} = options;
  if (options.verify) {
    const result = await options.verify({
      clientId: profile.clientId,
      clientSecret: secret,
    });
    if (!result.ok)
      return {ok: false, stage: 'verify', message: result.message};
  }

  const replaced = profiles.get(profile.name) !== null;
  const previousSecret = await secrets.get(profile.name);
  await secrets.set(profile.name, secret);
  try {
    profiles.save(profile);
  } catch (error) {
    await restoreSecret(secrets, profile.name, previousSecret);
    throw error;
  }

  return {
    ok: true,
    fingerprint: fingerprint(secret),
    replaced,
    verified: options.verify !== null,
  };
}

async function restoreSecret(
  secrets: SecretStore,
  name: string,
  previous: string | null,
): Promise<void> {
  if (previous === null) {
    await secrets.delete(name);
  } else {
    await secrets.set(name, previous);
  }
}
