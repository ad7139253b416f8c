import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {applyNoColor, isInteractive} from '../ui/terminal.js';

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

  applyNoColor(context.env, args);
  const {startInteractive} = await import('../ui/start.js');

  return startInteractive({start: 'home'}, context);
}
