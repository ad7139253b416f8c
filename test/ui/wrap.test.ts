import assert from 'node:assert/strict';
import {test} from 'node:test';
import {wrapText} from '../../source/ui/wrap.js';

test('text wraps at spaces and keeps the hanging indent', () => {
  assert.deepEqual(wrapText('1. open Admin > Integrations', 12, '   '), [
    '1. open',
    '   Admin >',
    '   Integrati',
    '   ons',
  ]);
  assert.deepEqual(wrapText('short', 10), ['short']);
});

test('no line is wider than asked, whatever the words', () => {
  const text = `${'x'.repeat(25)} a bb ${'y'.repeat(9)}`;
  for (const line of wrapText(text, 8, '  ')) {
    assert.ok(line.length <= 8, line);
  }
});

test('an indent as wide as the line is dropped rather than looping', () => {
  assert.deepEqual(wrapText('abcdef', 3, '    '), ['abc', 'def']);
  assert.deepEqual(wrapText('ab', 0), ['a', 'b']);
});

test("leading spaces are kept as the first line's margin", () => {
  assert.deepEqual(wrapText('  HTTP 400 from POST', 13, '    '), [
    '  HTTP 400',
    '    from POST',
  ]);
});
