import type {CommandContext} from '../commands/context.js';
import {createKeychainSecretStore} from '../store/secrets.js';
import type {AppProps} from './app.js';
import {runChecks} from '../diagnosis/run.js';
import {connectServices} from './connect.js';
import {launch} from './launch.js';
import {exitCodeFor} from './result.js';
import type {AppServices} from './services.js';
import {saveSupportBundle} from './write-bundle.js';

export interface StartOptions {
  start: AppProps['start'];
  answers?: AppProps['answers'];
  /** The demo brings its own; otherwise the keychain and profile file. */
  services?: AppServices;
}

/** Runs the Ink front end to its end and answers the exit code. */
export async function startInteractive(
  options: StartOptions,
  context: CommandContext,
): Promise<number> {
  const services =
    options.services ??
    connectServices({
      env: context.env,
      secrets: createKeychainSecretStore(),
      runChecks,
      saveBundle: (report, target) =>
        saveSupportBundle(report, target, process.cwd(), context.env),
    });
  const result = await launch(
    {services, start: options.start, answers: options.answers},
    {
      stdin: context.stdin as NodeJS.ReadStream,
      stdout: context.stdout as NodeJS.WriteStream,
      signal: context.signal,
    },
  );

  return exitCodeFor(result, options.start === 'setup');
}
