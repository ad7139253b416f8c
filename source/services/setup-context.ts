import type {Profile} from '../store/types.js';
import type {Answers, WizardContext} from '../wizard/index.js';
import type {AppServices} from './services.js';

/**
 * The answers to set a saved profile up again with. The client secret is
 * asked anew: it stays in the keychain and is never read back for display.
 */
export function answersFromProfile(profile: Profile): Answers {
  return {
    region: profile.regionInput,
    clientId: profile.clientId,
    profileName: profile.name,
  };
}

/**
 * The step model's context for one setup, knowing the names already
 * taken, so that reusing one warns first; the profile being changed
 * (`replacing`) may keep its own name without a warning.
 */
export async function setupContext(
  services: Pick<AppServices, 'wizard' | 'profiles'>,
  replacing?: string,
): Promise<WizardContext> {
  const profiles = await services.profiles.list();
  const profileNames = profiles
    .map((profile) => profile.name)
    .filter((name) => name !== replacing);

  return {...services.wizard, profileNames};
}
