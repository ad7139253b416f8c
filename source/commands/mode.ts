/** The streams the decision looks at; process.stdin/stdout fit. */
export interface ModeStreams {
  stdin: {isTTY?: boolean};
  stdout: {isTTY?: boolean};
}

/** Why the plain front end was chosen, or null when Ink may draw. */
export type PlainReason =
  'flag' | 'dumb-terminal' | 'screen-reader' | 'output-not-a-terminal' | null;

const yes = new Set(['1', 'true', 'yes', 'on']);

function isSet(value: string | undefined): boolean {
  return value !== undefined && yes.has(value.trim().toLowerCase());
}

/** The first reason, in order, to ask line by line instead of drawing. */
export function plainReason(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: ModeStreams,
): PlainReason {
  if (args.includes('--plain')) return 'flag';
  if (env.TERM === 'dumb') return 'dumb-terminal';
  if (isSet(env.INK_SCREEN_READER) || isSet(env.ACCESSIBLE)) {
    return 'screen-reader';
  }

  // Ink redraws in place: into a pipe or a file that reads as garbage.
  if (streams.stdin.isTTY && !streams.stdout.isTTY) {
    return 'output-not-a-terminal';
  }

  return null;
}

/**
 * Whether an interactive command should use the plain front end: asked
 * with `--plain`, on a dumb terminal, when a screen reader is signalled
 * (`INK_SCREEN_READER=true`, `ACCESSIBLE=1`), or when the output is not a
 * terminal while a person types at one.
 */
export function wantsPlain(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: ModeStreams,
): boolean {
  return plainReason(args, env, streams) !== null;
}
