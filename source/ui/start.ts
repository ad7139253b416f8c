import type {CommandContext} from '../commands/context.js';
import type {AppProps} from './app.js';
import {launch} from './launch.js';
import {localServices} from '../services/local.js';
import {exitCodeFor} from './result.js';
import type {AppServices} from '../services/services.js';

export interface StartOptions {
  start: AppProps['start'];
  answers?: AppProps['answers'];
  profiles?: AppProps['profiles'];
  /** The demo brings its own; otherwise the keychain and profile file. */
  services?: AppServices;
}

/** Runs the Ink front end to its end and answers the exit code. */
export async function startInteractive(
  options: StartOptions,
  context: CommandContext,
): Promise<number> {
  const services = options.services ?? localServices(context);
  const result = await launch(
    {
      services,
      start: options.start,
      answers: options.answers,
      profiles: options.profiles,
    },
    {
      stdin: context.stdin as NodeJS.ReadStream,
      stdout: context.stdout as NodeJS.WriteStream,
      signal: context.signal,
    },
  );

  return exitCodeFor(result, options.start === 'setup');
}
