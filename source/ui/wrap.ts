/**
 * Breaks text into lines of at most `width` cells at spaces; a word longer
 * than a line is cut. Lines after the first start with `indent`, so a
 * numbered step or an evidence line keeps its margin when it wraps.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const cells = Math.max(1, width);
  const margin = indent.length < cells ? indent : '';
  const lines: string[] = [];
  let line: string | undefined;
  for (const word of text.split(' ')) {
    if (line === undefined) {
      line = word;
    } else if (`${line} ${word}`.length <= cells || line.trim() === '') {
      line = `${line} ${word}`;
    } else {
      lines.push(line);
      line = margin + word;
    }

    while (line.length > cells) {
      lines.push(line.slice(0, cells));
      line = margin + line.slice(cells);
    }
  }

  return [...lines, line ?? ''];
}
