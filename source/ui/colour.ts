/**
 * Honours NO_COLOR (and --no-color) for Ink, whose colour library reads
 * only FORCE_COLOR. Must run before Ink is first imported.
 */
export function applyNoColor(env: NodeJS.ProcessEnv, args: string[]): void {
  if ((env.NO_COLOR ?? '') !== '' || args.includes('--no-color')) {
    env.FORCE_COLOR = '0';
  }
}
