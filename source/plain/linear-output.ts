import {stripVTControlCharacters} from 'node:util';

/** The question line without its status mark ("?" while asking, "✔" after). */
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

  return (chunk) => {
    const frame = stripVTControlCharacters(chunk);
    if (frame.trim() === '') {
      // Only the prompt's last write ends a line: it is done.
      if (frame.includes('\n') && openLine !== null) write('\n');
      if (frame.includes('\n')) openLine = null;

      return;
    }

    const [line = '', ...rest] = frame.split('\n');
    const below = rest.join('\n').trimEnd();
    if (openLine === null) {
      write(line);
    } else if (withoutMark(line) === withoutMark(openLine)) {
      // The same question and answer, settled: nothing new to say.
    } else if (line.startsWith(openLine)) {
      write(line.slice(openLine.length));
    } else {
      write(`\n${line}`);
    }

    openLine = line;
    if (below !== '' && below !== shownBelow) write(`\n${below}\n${line}`);
    shownBelow = below;
  };
}
