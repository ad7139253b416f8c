import type {CommandContext} from '../commands/context.js';
import {createKeychainSecretStore} from '../store/secrets.js';
import {connectServices} from './connect.js';
import type {AppServices} from './services.js';
import type {ProfileStore} from '../store/profiles.js';

/**
 * The services of a real session: the OS keychain, the profile file, live
 * checks, and support bundles written to the current directory.
 */
export function localServices(
  context: Pick<CommandContext, 'env'>,
  openProfiles?: () => Promise<ProfileStore>,
): AppServices {
  return connectServices({
    env: context.env,
    openProfiles,
    secrets: createKeychainSecretStore(),
    // The checks and the bundle load when first used, not before the
    // first frame.
    async runChecks(target, options) {
      const {runChecks} = await import('../diagnosis/run.js');

      return runChecks(target, options);
    },
    async saveBundle(report, target) {
      const {saveSupportBundle} = await import('./write-bundle.js');

      return saveSupportBundle(report, target, process.cwd(), context.env);
    },
  });
}
