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

/**
 * Keeps Ink's exit hook from re-raising SIGINT or SIGTERM while it draws.
 * The hook kills the process when it sees no other listener, and the
 * command's own listener fires only once: without this, an interrupted
 * run would die before it could say so and leave with its own exit code.
 * Answers the function that lets go.
 */
export function holdSignals(): () => void {
  const hold = () => undefined;
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);

  return () => {
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
  };
}
