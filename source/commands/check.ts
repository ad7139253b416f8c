import type {CommandContext} from './context.js';
import {exitCodes} from './context.js';

export async function run(
  _args: string[],
  context: CommandContext,
): Promise<number> {
  context.stderr.write('genesys-auth check: not built yet.\n');

  return exitCodes.usage;
}
