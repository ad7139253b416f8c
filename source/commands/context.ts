import type {FrontEnd} from './front-end.js';

/** What a command may touch: its streams and environment, nothing global. */
export interface CommandContext {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean};
  stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C or SIGTERM; commands stop their work and resolve. */
  signal: AbortSignal;
  /** Loads the Ink front end, for a command that draws. */
  frontEnd: FrontEnd;
}

/** A command resolves to its exit code; only cli.tsx ends the process. */
export type Command = (
  args: string[],
  context: CommandContext,
) => Promise<number>;

/** Exit codes, as the README documents them. */
export const exitCodes = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** Bad flags or local configuration; printed without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Whether `error` is a UsageError. By name: each command is bundled into
 * its own file, with its own copy of the class.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}
