/** Which lines of a card show, and whether a position line is needed. */
export interface CardPage {
  start: number;
  visible: number;
  /** "Diagnosis 1 of 2 · lines 1-8 of 25", or null when all fits. */
  status: string | null;
  canScroll: boolean;
}

/**
 * The page of a card of `lineCount` lines that fits in `rows` rows, from
 * `offset`. A position line is shown when there is more than one card or
 * more lines than rows, and takes a row of its own.
 */
export function pageCard(
  lineCount: number,
  place: {index: number; count: number; offset: number},
  rows: number,
): CardPage {
  const {index, count, offset} = place;
  if (count <= 1 && lineCount <= rows) {
    return {start: 0, visible: lineCount, status: null, canScroll: false};
  }

  const visible = Math.max(1, Math.min(lineCount, rows - 1));
  const start = Math.max(0, Math.min(offset, lineCount - visible));
  const canScroll = visible < lineCount;
  const lines = canScroll
    ? ` · lines ${start + 1}-${start + visible} of ${lineCount}`
    : '';

  return {
    start,
    visible,
    status: `Diagnosis ${index + 1} of ${count}${lines}`,
    canScroll,
  };
}

/** Rows left for a card's lines once everything else is on screen. */
export function cardRows(terminalRows: number, usedRows: number): number {
  const border = 2;
  // One row spare: the cursor's line after the frame.
  return Math.max(3, terminalRows - 1 - usedRows - border);
}
