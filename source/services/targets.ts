import type {Profile} from '../store/types.js';
import type {SetupInput} from '../wizard/index.js';
import type {AppServices, CheckTarget} from './services.js';

/**
 * What to check right after setup's saving step; an unsaved setup names
 * no profile, so its result is recorded nowhere.
 */
export function targetFromSetup(
  input: SetupInput,
  isSaved = true,
): CheckTarget {
  return {
    profile: isSaved ? input.name : null,
    environment: input.environment,
    credentials: {clientId: input.clientId, clientSecret: input.clientSecret},
  };
}

/**
 * What to check for a saved profile, or why it cannot be checked.
 * `secretRemedy` says, in the front end's own words, how to enter a
 * secret the keychain no longer holds.
 */
export async function targetFromProfile(
  profile: Profile,
  services: Pick<AppServices, 'wizard' | 'store'>,
  secretRemedy: string,
): Promise<CheckTarget | string> {
  const resolution = services.wizard.resolveEnvironment(profile.regionInput);
  if (!resolution.ok) return resolution.message;
  let secret: string | null;
  try {
    secret = await services.store.secrets.get(profile.name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return `The keychain could not be read: ${reason}`;
  }

  if (secret === null) {
    return (
      `No client secret for "${profile.name}" in the keychain. ` + secretRemedy
    );
  }

  return {
    profile: profile.name,
    environment: resolution.environment,
    credentials: {clientId: profile.clientId, clientSecret: secret},
  };
}
