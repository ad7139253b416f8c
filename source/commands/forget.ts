import type {CommandContext} from './context.js';
import {exitCodes} from './context.js';

export async function run(
  _args: string[],
  context: CommandContext,
): Promise<number> {
  context.stderr.write('genesys-auth forget: not built yet.\n');

  return exitCodes.usage;
}
