import type {CheckStatus} from './types.js';

/** How the text report may dress itself on this output. */
export interface TextStyle {
  color: boolean;
  unicode: boolean;
}

/** Colour only on a terminal, and never with NO_COLOR or `--no-color`. */
export function colorAllowed(options: {
  isTTY: boolean | undefined;
  env: NodeJS.ProcessEnv;
  noColorFlag: boolean;
}): boolean {
  if (options.noColorFlag || !options.isTTY) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') {
    return false;
  }

  return options.env.TERM !== 'dumb';
}

/** Symbols need a terminal that can draw them; `dumb` ones cannot. */
export function unicodeAllowed(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (env.TERM === 'dumb') return false;
  if (platform !== 'win32') return true;

  return Boolean(env.WT_SESSION || env.TERM_PROGRAM);
}

const words: Record<CheckStatus, string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  skip: 'SKIP',
};

const symbols: Record<CheckStatus, [unicode: string, ascii: string]> = {
  pass: ['✔', '+'],
  warn: ['⚠', '!'],
  fail: ['✖', 'x'],
  skip: ['↷', '-'],
};

const colors: Record<CheckStatus, number> = {
  pass: 32,
  warn: 33,
  fail: 31,
  skip: 90,
};

function paint(text: string, code: number, style: TextStyle): string {
  return style.color ? `\u001B[${code}m${text}\u001B[0m` : text;
}

/** `✔ PASS`, or `+ PASS` where symbols cannot be drawn. */
export function statusMark(status: CheckStatus, style: TextStyle): string {
  const [unicode, ascii] = symbols[status];
  const mark = `${style.unicode ? unicode : ascii} ${words[status]}`;

  return paint(mark, colors[status], style);
}

/** Bold, when colour is allowed. */
export function strong(text: string, style: TextStyle): string {
  return paint(text, 1, style);
}

/** Dimmed, when colour is allowed. */
export function faint(text: string, style: TextStyle): string {
  return paint(text, 2, style);
}
