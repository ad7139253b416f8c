import {openProfileStore} from '../../source/store/profiles.js';
import {saveProfile} from '../../source/store/save.js';
import type {SecretStore} from '../../source/store/types.js';
import type {SetupInput} from '../../source/wizard/index.js';

/**
 * Writes a profile and its secret without a token request, as a profile
 * whose secret stopped working after it was saved would be.
 */
export async function seedProfile(
  env: NodeJS.ProcessEnv,
  secrets: SecretStore,
  input: SetupInput,
): Promise<void> {
  await saveProfile({
    profiles: await openProfileStore({env}),
    secrets,
    secret: input.clientSecret,
    verify: null,
    profile: {
      name: input.name,
      regionInput: input.regionInput,
      region: input.environment.region,
      domain: input.environment.domain,
      clientId: input.clientId,
      createdAt: new Date().toISOString(),
      lastCheck: null,
    },
  });
}
