import type {Profile} from '../store/types.js';
import type {SetupInput} from '../wizard/index.js';
import type {AppServices, CheckTarget} from '../services/services.js';

/** What to check right after setup saved a profile. */
export function targetFromSetup(input: SetupInput): CheckTarget {
  return {
    profile: input.name,
    environment: input.environment,
    credentials: {clientId: input.clientId, clientSecret: input.clientSecret},
  };
}

/** What to check for a saved profile, or why it cannot be checked. */
export async function targetFromProfile(
  profile: Profile,
  services: AppServices,
): Promise<CheckTarget | string> {
  const resolution = services.wizard.resolveEnvironment(profile.regionInput);
  if (!resolution.ok) return resolution.message;
  let secret: string | null;
  try {
    secret = await services.store.secrets.get(profile.name);
  } catch (error) {
    return `The keychain could not be read: ${String(error)}`;
  }

  if (secret === null) {
    return (
      `No client secret for "${profile.name}" in the keychain. ` +
      'Press e to enter it again.'
    );
  }

  return {
    profile: profile.name,
    environment: resolution.environment,
    credentials: {clientId: profile.clientId, clientSecret: secret},
  };
}
