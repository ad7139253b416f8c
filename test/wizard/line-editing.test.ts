import assert from 'node:assert/strict';
import {test} from 'node:test';
import {applyTyping} from '../../source/wizard/line-editing.js';

test('each Backspace or Delete in a chunk removes one character', () => {
  assert.equal(applyTyping('abcdef', '\u007F\u007F\u007F'), 'abc');
  assert.equal(applyTyping('abc', '\b\b'), 'a');
  assert.equal(applyTyping('ab', '\u007F\u007F\u007F\u007F'), '');
  assert.equal(applyTyping('eu', '\u007Fs-1'), 'es-1');
});

test('Ctrl-U clears the line; other control bytes are dropped', () => {
  assert.equal(applyTyping('secret', '\u0015'), '');
  assert.equal(applyTyping('old', '\u0015new'), 'new');
  assert.equal(applyTyping('', 'a\r\nb\u001B[201~'), 'ab[201~');
});

test('a character outside the BMP is removed whole', () => {
  assert.equal(applyTyping('key🔑', '\u007F'), 'key');
});
