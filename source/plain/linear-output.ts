import {stripVTControlCharacters} from 'node:util';

/** The question line without its mark: "?" while asking, "✔" after. */
function withoutMark(line: string): string {
  return line.slice(line.indexOf(' ') + 1);
}

/**
 * Turns a prompt's redraws into text that is only ever appended: what a
 * dumb terminal can show and a screen reader reads once. Typed characters
 * are added to the question line; a message under the question (an error,
 * a menu) is printed once, followed by the question again; a line that
 * changed in any other way (a deleted character) is printed anew.
 */
export function linearWriter(
  write: (text: string) => void,
): (chunk: string) => void {
  let openLine: string | null = null;
  let shownBelow = '';
  let pending: string | null = null;

  const show = (frame: string) => {
    const [line = '', ...rest] = frame.split('\n');
    const below = rest.join('\n').trimEnd();
    const isNewBelow = below !== '' && below !== shownBelow;
    if (openLine === null) {
      write(line);
      if (below !== '') write(`\n${below}\n${line}`);
    } else if (isNewBelow) {
      // The message first, then the question again as it now stands.
      write(`\n${below}\n${line}`);
    } else if (withoutMark(line) === withoutMark(openLine)) {
      // The same question and answer, settled: nothing new to say.
    } else if (line.startsWith(openLine)) {
      write(line.slice(openLine.length));
    } else {
      write(`\n${line}`);
    }

    openLine = line;
    shownBelow = below;
  };

  const flush = () => {
    if (pending !== null) show(pending);
    pending = null;
  };

  return (chunk) => {
    const frame = stripVTControlCharacters(chunk);
    if (frame.trim() !== '') {
      // One key can redraw twice (a refused answer is cleared, then the
      // error shown): only the last frame of a turn is worth reading.
      if (pending === null) queueMicrotask(flush);
      pending = frame;

      return;
    }

    // Only the prompt's last write ends a line: it is done.
    if (!frame.includes('\n')) return;
    flush();
    if (openLine !== null) write('\n');
    openLine = null;
  };
}
