import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {applyNoColor, isInteractive} from '../ui/terminal.js';
import {wantsPlain} from './mode.js';

/** No command on a terminal: the saved profiles and what to do next. */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  if (!isInteractive(context)) {
    throw new UsageError(
      'The home screen needs a terminal. Run a command instead, such as ' +
        "'genesys-auth check --all'.",
    );
  }

  if (wantsPlain(args, context.env, context)) {
    const [{runPlainHome}, {plainIo}, {localServices}] = await Promise.all([
      import('../plain/home.js'),
      import('../plain/io.js'),
      import('../services/local.js'),
    ]);

    return runPlainHome({
      io: plainIo(context, args),
      services: localServices(context),
    });
  }

  applyNoColor(context.env, args);
  const {startInteractive} = await import('../ui/start.js');

  return startInteractive({start: 'home'}, context);
}
