import {PassThrough, Writable} from 'node:stream';
import {stripVTControlCharacters} from 'node:util';
import type {PlainIo} from '../../source/plain/io.js';

/** A plain session on in-memory streams, driven as a person would. */
export interface TestSession {
  io: PlainIo;
  /** Everything written so far, escape sequences included. */
  raw(): string;
  /** Everything written so far, as it reads. */
  text(): string;
  /** Resolves once `expected` appears after the last thing waited for. */
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Sends keys as they are, without Enter. */
  press(keys: string): void;
  /** Types a line and presses Enter. */
  answer(line: string): void;
  /** Presses Ctrl-C. */
  pressCtrlC(): void;
  /** The number a menu shows before the last choice starting `name`. */
  choice(name: string): string;
}

function find(text: string, expected: string | RegExp) {
  if (typeof expected === 'string') {
    const index = text.indexOf(expected);

    return index === -1 ? null : index + expected.length;
  }

  const match = expected.exec(text);

  return match ? match.index + match[0].length : null;
}

/** Starts a session with no colour, as a screen reader would get it. */
export function testSession(overrides: Partial<PlainIo> = {}): TestSession {
  const input = new PassThrough();
  let raw = '';
  // Written synchronously, so the transcript is whole once a prompt settles.
  const output = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, callback) {
      raw += chunk.toString();
      callback();
    },
  });
  const io: PlainIo = {
    input,
    output,
    isColour: false,
    isAscii: false,
    isLinear: false,
    ...overrides,
  };
  let mark = 0;
  const text = () => stripVTControlCharacters(raw);

  return {
    io,
    raw: () => raw,
    text,
    async waitFor(expected, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = find(text().slice(mark), expected);
        if (end !== null) {
          mark += end;

          return;
        }

        if (Date.now() > deadline) {
          throw new Error(
            `Timed out waiting for ${String(expected)}; the session ` +
              `shows:\n${text().slice(mark)}`,
          );
        }

        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    press(keys) {
      input.write(keys);
    },
    answer(line) {
      input.write(`${line}\r`);
    },
    pressCtrlC() {
      input.write('\u0003');
    },
    choice(name) {
      const lines = text().split('\n').reverse();
      const line = lines.find(
        (each) =>
          /^ +\d+\) /.test(each) &&
          each.replace(/^ +\d+\) /, '').startsWith(name),
      );
      const number = line ? /\d+/.exec(line)?.[0] : undefined;
      if (!number) throw new Error(`No choice "${name}" is shown.`);

      return number;
    },
  };
}

/** Answers for one walk through setup; what is left out takes its default. */
export interface SetupAnswers {
  /** The region menu entry to type; the emulator's URL by default. */
  region?: string;
  /** Typed instead of accepting the filled-in secret. */
  secret?: string;
  /** The profile name; the offered one by default. */
  profileName?: string;
}

/** Answers setup's questions, from the region to the profile name. */
export async function answerSetup(
  session: TestSession,
  answers: SetupAnswers = {},
): Promise<void> {
  await session.waitFor('Step 1 of 6');
  session.answer(answers.region ?? session.choice('http://127.0.0.1'));
  await session.waitFor('Step 2 of 6');
  session.answer('');
  await session.waitFor('A client secret is filled in');
  if (answers.secret === undefined) {
    session.answer('y');
  } else {
    session.answer('n');
    await session.waitFor('What is the client secret?');
    session.answer(answers.secret);
  }

  await session.waitFor('Step 4 of 6');
  session.answer(answers.profileName ?? '');
}
