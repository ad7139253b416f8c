import {PassThrough} from 'node:stream';
import type {Command, CommandContext} from '../../source/commands/context.js';
import {exitCodes, UsageError} from '../../source/commands/context.js';
import {frontEnd} from '../../source/commands/front-end.js';

/** What one in-process command run printed and returned. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));

  return () => text;
}

/**
 * Runs one command's `run` in this process with its own streams, turning a
 * UsageError into exit 2 as the CLI does. Much faster than a process, for
 * the many cases a property or a scenario sweep needs.
 */
export async function runInProcess(
  command: Command,
  args: string[],
  options: {
    env: NodeJS.ProcessEnv;
    input?: string;
    signal?: AbortSignal;
    /** Whether stdin and stdout claim to be a terminal, as on a desk. */
    isTerminal?: boolean;
  },
): Promise<CommandResult> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  if (options.isTerminal) {
    Object.assign(stdin, {isTTY: true});
    Object.assign(stdout, {isTTY: true});
  }

  const readOut = collect(stdout);
  const readErr = collect(stderr);
  stdin.end(options.input ?? '');
  const context: CommandContext = {
    stdin,
    stdout,
    stderr,
    env: options.env,
    signal: options.signal ?? new AbortController().signal,
    frontEnd,
  };

  let code: number;
  try {
    code = await command(args, context);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;

    stderr.write(`${error.message}\n`);
    code = exitCodes.usage;
  }

  await new Promise((resolve) => setImmediate(resolve));

  return {code, stdout: readOut(), stderr: readErr()};
}
