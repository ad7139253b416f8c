// Ink measures every line it draws with string-width, which builds three
// Unicode-set regular expressions as it loads: ~10 ms on every start of the
// home screen. Almost everything this tool draws is one column per
// character: ASCII, Latin letters, punctuation, arrows, box drawing,
// spinners. The bundle measures such text here, and loads string-width the
// first time other text comes along (an emoji, CJK, a combining accent).
'use strict';

// Characters string-width measures as one column, none of which joins its
// neighbours into a wider cluster (checked against it by the tests). The
// ranges are sorted and all in the Basic Multilingual Plane.
const narrowRanges = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xac], // Latin-1, up to the soft hyphen, which takes no column
  [0xae, 0x2ff], // Latin-1, Latin Extended, IPA, spacing modifiers
  [0x20_10, 0x20_27], // dashes, quotes, bullets, ellipsis
  [0x20_30, 0x20_5e], // per mille, primes, guillemets
  [0x21_90, 0x21_ff], // arrows
  [0x25_00, 0x25_9f], // box drawing, blocks
  [0x26_a0, 0x26_a0], // ⚠
  [0x27_14, 0x27_14], // ✔
  [0x27_16, 0x27_16], // ✖
  [0x28_00, 0x28_ff], // braille patterns, as spinners use them
];

// SGR sequences (colours, bold): the only escape codes Ink puts in text.
// eslint-disable-next-line no-control-regex -- ESC opens every sequence
const sgrSequence = /\u001B\[[\d;]*m/g;

function isNarrow(code) {
  for (const [first, last] of narrowRanges) {
    if (code < first) return false;
    if (code <= last) return true;
  }

  return false;
}

/** The columns `text` takes, or undefined when it is not all narrow. */
function narrowWidth(text) {
  const visible = text.includes('\u001B')
    ? text.replace(sgrSequence, '')
    : text;
  for (let index = 0; index < visible.length; index++) {
    if (!isNarrow(visible.charCodeAt(index))) return undefined;
  }

  return visible.length;
}

let fullWidth;

/** string-width's own signature and answers. */
function stringWidth(text, options) {
  if (typeof text === 'string' && options === undefined) {
    const width = narrowWidth(text);
    if (width !== undefined) return width;
  }

  fullWidth ??= require('string-width').default;

  return fullWidth(text, options);
}

module.exports = stringWidth;
module.exports.narrowWidth = narrowWidth;
module.exports.narrowRanges = narrowRanges;
