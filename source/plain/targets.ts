import type {Profile} from '../store/types.js';
import type {AppServices, CheckTarget} from '../services/services.js';

/** What to check for a saved profile, or why it cannot be checked. */
export async function profileTarget(
  profile: Profile,
  services: Pick<AppServices, 'wizard' | 'store'>,
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
      `No client secret for ${profile.name} in the keychain. Set the ` +
      'profile up again to store it.'
    );
  }

  return {
    profile: profile.name,
    environment: resolution.environment,
    credentials: {clientId: profile.clientId, clientSecret: secret},
  };
}
