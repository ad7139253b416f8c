import type {CommandContext} from '../commands/context.js';

/** Whether Ink can run: it needs raw mode on stdin and a screen to draw. */
export function isInteractive(context: CommandContext): boolean {
  return Boolean(context.stdin.isTTY && context.stdout.isTTY);
}

/**
 * Honours NO_COLOR (and --no-color) for Ink, whose colour library reads
 * only FORCE_COLOR. Must run before Ink is first imported.
 */
export function applyNoColor(env: NodeJS.ProcessEnv, args: string[]): void {
  if ((env.NO_COLOR ?? '') !== '' || args.includes('--no-color')) {
    env.FORCE_COLOR = '0';
  }
}
