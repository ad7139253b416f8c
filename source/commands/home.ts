import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {applyNoColor, isInteractive} from '../ui/terminal.js';
import {frontEndFlags, parseFlags} from './flags.js';
import {wantsPlain} from './mode.js';
import {openProfiles} from './open-profiles.js';

/** No command on a terminal: the saved profiles and what to do next. */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  parseFlags('', args, frontEndFlags);
  if (!isInteractive(context)) {
    throw new UsageError(
      'The home screen needs a terminal. Run a command instead, such as ' +
        "'genesys-auth check --all'.",
    );
  }

  // The profiles are the first thing on screen: they are read while the
  // front end loads, and a note about a broken file comes before it.
  const profiles = openProfiles(context);
  const sameProfiles = () => profiles;
  if (wantsPlain(args, context.env, context)) {
    const [{runPlainHome}, {plainIo}, {localServices}] = await Promise.all([
      import('../plain/home.js'),
      import('../plain/io.js'),
      import('../services/local.js'),
    ]);

    return runPlainHome({
      io: plainIo(context, args),
      services: localServices(context, sameProfiles),
    });
  }

  applyNoColor(context.env, args);
  const [{startInteractive}, {localServices}, store] = await Promise.all([
    context.frontEnd.app(),
    import('../services/local.js'),
    profiles,
  ]);

  return startInteractive(
    {
      start: 'home',
      profiles: store.list(),
      services: localServices(context, sameProfiles),
    },
    context,
  );
}
