import {Writable} from 'node:stream';
import {confirm, input, password, rawlist} from '@inquirer/prompts';
import type {PlainIo} from './io.js';
import {linearWriter} from './linear-output.js';
import {promptTheme} from './theme.js';

/** What a prompt's `validate` returns: true, or the message to show. */
export type Validate = (value: string) => true | string;

/** One entry of a numbered menu. */
export interface Choice<Value> {
  name: string;
  value: Value;
  description?: string;
}

/**
 * Inquirer ends the stream it writes to when a prompt settles; each prompt
 * gets its own door onto the session's output so the next one can write.
 */
function promptContext(io: PlainIo) {
  const forward = io.isLinear
    ? linearWriter((text) => io.output.write(text))
    : (text: string) => io.output.write(text);
  const output = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        // Passed on at once, so what a prompt shows is out when it settles.
        forward(chunk.toString());
        callback();
      },
    }),
    // Linear output is never wrapped: a wrapped row would read as a change.
    {columns: io.isLinear ? 10_000 : terminalWidth(io)},
  );

  // Ink leaves stdin unreferenced when it unmounts; a prompt after it
  // would end at once with "User force closed the prompt".
  (io.input as {ref?: () => void}).ref?.();

  return {input: io.input, output, signal: io.signal};
}

function terminalWidth(io: PlainIo): number | undefined {
  const {columns} = io.output as {columns?: number};

  return columns;
}

/**
 * Asks for one line of text. A default is named in the question and taken
 * on an empty answer, so the line only grows as the person types.
 */
export async function askText(
  io: PlainIo,
  options: {message: string; default?: string; validate?: Validate},
): Promise<string> {
  const fallback = options.default ?? '';
  const message = fallback
    ? `${options.message} (default: ${fallback})`
    : options.message;
  const validate = options.validate;
  const answer = await input(
    {
      message,
      validate: validate && ((value) => validate(value || fallback)),
      theme: promptTheme(io),
    },
    promptContext(io),
  );

  return answer || fallback;
}

/** Asks for a secret: each character shows as `*`, never as itself. */
export async function askSecret(
  io: PlainIo,
  options: {message: string; validate?: Validate},
): Promise<string> {
  return password(
    {
      message: options.message,
      mask: '*',
      // Revealing the secret on screen is never wanted here.
      toggleMask: false,
      validate: options.validate,
      theme: promptTheme(io),
    },
    promptContext(io),
  );
}

/**
 * A numbered menu: the list is printed once and the answer is a number
 * typed and confirmed with Enter, which reads better with a screen reader
 * than a highlight moved with the arrow keys (they work too).
 */
export async function askChoice<Value>(
  io: PlainIo,
  options: {message: string; choices: Array<Choice<Value>>},
): Promise<Value> {
  return rawlist(
    {
      message: options.message,
      choices: options.choices,
      theme: promptTheme(io),
    },
    promptContext(io),
  );
}

/** A yes or no question. */
export async function askConfirm(
  io: PlainIo,
  options: {message: string; default: boolean},
): Promise<boolean> {
  return confirm(
    {
      message: options.message,
      default: options.default,
      theme: promptTheme(io),
    },
    promptContext(io),
  );
}
