import type {CommandContext} from '../commands/context.js';
import {plainReason} from '../commands/mode.js';

/** The streams a plain session reads and writes, and how it may style. */
export interface PlainIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborted on Ctrl-C or SIGTERM: the prompt in progress is cancelled. */
  signal?: AbortSignal;
  /** Colour is a courtesy: every status is also a word and a symbol. */
  isColour: boolean;
  /** Plain ASCII symbols, for terminals that cannot show Unicode. */
  isAscii: boolean;
  /**
   * Prompts only ever append text, never redraw: for dumb terminals,
   * screen readers, and output that is not a terminal.
   */
  isLinear: boolean;
}

type Streams = Pick<CommandContext, 'stdin' | 'stdout' | 'env' | 'signal'>;

/** Whether colour is welcome: a terminal, no NO_COLOR, no --no-color. */
export function wantsColour(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  output: {isTTY?: boolean},
): boolean {
  if (args.includes('--no-color') || args.includes('--no-colour')) {
    return false;
  }

  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;

  return output.isTTY === true;
}

function isLinear({env, stdout}: Streams): boolean {
  const reason = plainReason([], env, {stdin: {isTTY: true}, stdout});

  return reason !== null;
}

/** The plain session's streams, from a command's context. */
export function plainIo(
  context: Streams,
  args: readonly string[] = [],
): PlainIo {
  return {
    input: context.stdin,
    output: context.stdout,
    signal: context.signal,
    isColour: wantsColour(args, context.env, context.stdout),
    isAscii: context.env.TERM === 'dumb',
    isLinear: isLinear(context),
  };
}

/** Typographic marks in shared wording, and their ASCII stand-ins. */
const asciiMarks: Array<[RegExp, string]> = [
  [/·/g, '-'],
  [/…/g, '...'],
  [/[‘’]/g, "'"],
  [/[“”]/g, '"'],
  [/[–—]/g, '-'],
];

/** Text a terminal without Unicode can show; the words are unchanged. */
export function asciiOnly(text: string): string {
  return asciiMarks.reduce(
    (folded, [mark, stand]) => folded.replace(mark, stand),
    text,
  );
}

/** Writes whole lines; plain mode never moves the cursor back. */
export function writeLines(io: PlainIo, ...lines: string[]): void {
  const text = lines.map((line) => `${line}\n`).join('');
  io.output.write(io.isAscii ? asciiOnly(text) : text);
}
