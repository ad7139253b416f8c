import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {test} from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';

// The bundle measures Ink's text with scripts/string-width.cjs, which
// answers narrow text itself and hands the rest to string-width: it must
// agree with string-width on everything.
const require = createRequire(import.meta.url);
const measure = require('../scripts/string-width.cjs') as ((
  text: string,
  options?: object,
) => number) & {
  narrowWidth: (text: string) => number | undefined;
  narrowRanges: Array<[number, number]>;
};

const narrowCharacters = measure.narrowRanges.flatMap(([first, last]) =>
  Array.from({length: last - first + 1}, (_, i) =>
    String.fromCodePoint(first + i),
  ),
);

test('every character of the narrow ranges is one column, as string-width says', () => {
  for (const character of narrowCharacters) {
    assert.equal(measure.narrowWidth(character), 1, character);
    assert.equal(stringWidth(character), 1, character);
  }
});

test('no narrow character joins a neighbour into one cluster', () => {
  const segmenter = new Intl.Segmenter();
  const neighbours = ['a', '·', '⠋', '█', '✔', 'é'];
  for (const character of narrowCharacters) {
    for (const neighbour of neighbours) {
      for (const pair of [character + neighbour, neighbour + character]) {
        assert.equal([...segmenter.segment(pair)].length, 2, pair);
      }
    }
  }
});

test('the width of the text Ink draws matches string-width', () => {
  const narrow = fc.constantFrom(...narrowCharacters);
  const other = fc.constantFrom(
    '日',
    '本',
    '👍',
    '👩‍💻',
    '\u0301',
    '\u200b',
    '\u00ad',
    '️',
    '🇫🇷',
    '\t',
    '\u001b]8;;https://example.test\u0007',
  );
  const colour = fc.constantFrom('\u001b[31m', '\u001b[39m', '\u001b[1;32m');
  const text = fc
    .array(fc.oneof({weight: 8, arbitrary: narrow}, other, colour), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

  fc.assert(
    fc.property(text, (sample) => measure(sample) === stringWidth(sample)),
    {numRuns: 5000},
  );
});

test('text with options goes to string-width as it is', () => {
  const samples: Array<[string, object]> = [
    ['·', {ambiguousIsNarrow: false}],
    ['\u001b[31mred\u001b[39m', {countAnsiEscapeCodes: true}],
  ];
  for (const [text, options] of samples) {
    assert.equal(measure(text, options), stringWidth(text, options));
  }

  assert.equal(measure('·', {ambiguousIsNarrow: false}), 2);
});
