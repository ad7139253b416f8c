import {exitCodes} from '../commands/context.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';

const cancelNames = new Set([
  'ExitPromptError',
  'AbortPromptError',
  'CancelPromptError',
]);

/** Whether an error means the person left: Ctrl-C, Ctrl-D, or an abort. */
export function isCancel(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;

  return error instanceof Error && cancelNames.has(error.name);
}

/** What leaving says when nothing was written. */
export const nothingSaved = 'Cancelled. Nothing was saved.';

/**
 * Runs a plain session and turns leaving half-way into exit code 130 with
 * one sentence; anything else is a real error and is thrown on.
 */
export async function untilCancelled(
  io: PlainIo,
  session: () => Promise<number>,
  farewell: () => string = () => nothingSaved,
): Promise<number> {
  try {
    return await session();
  } catch (error) {
    if (!isCancel(error, io.signal)) throw error;
    writeLines(io, '', farewell());

    return exitCodes.interrupted;
  }
}
