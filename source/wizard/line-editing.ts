const erase = new Set(['\u007F', '\b']);
const clearLine = '\u0015';

/**
 * The line after a chunk of input. A held key arrives as one chunk, so
 * each Backspace or Delete in it removes one character, Ctrl-U clears the
 * line, and other control bytes (from a paste) are dropped.
 */
export function applyTyping(value: string, input: string): string {
  let chars = [...value];
  for (const char of input) {
    if (erase.has(char)) chars.pop();
    else if (char === clearLine) chars = [];
    else if (char >= ' ') chars.push(char);
  }

  return chars.join('');
}
