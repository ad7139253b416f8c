import type {CommandContext} from '../commands/context.js';
import {runChecks} from '../diagnosis/run.js';
import {createKeychainSecretStore} from '../store/secrets.js';
import {connectServices} from './connect.js';
import type {AppServices} from './services.js';
import {saveSupportBundle} from './write-bundle.js';

/**
 * The services of a real session: the OS keychain, the profile file, live
 * checks, and support bundles written to the current directory.
 */
export function localServices(
  context: Pick<CommandContext, 'env'>,
): AppServices {
  return connectServices({
    env: context.env,
    secrets: createKeychainSecretStore(),
    runChecks,
    saveBundle: (report, target) =>
      saveSupportBundle(report, target, process.cwd(), context.env),
  });
}
