import assert from 'node:assert/strict';
import {test} from 'node:test';
import {plainReason, wantsPlain} from '../../source/commands/mode.js';
import {wantsColour} from '../../source/plain/io.js';

const terminal = {stdin: {isTTY: true}, stdout: {isTTY: true}};

test('a terminal with nothing signalled gets the drawn front end', () => {
  assert.equal(
    wantsPlain(['setup'], {TERM: 'xterm-256color'}, terminal),
    false,
  );
});

test('--plain, a dumb terminal or a screen reader asks line by line', () => {
  assert.equal(plainReason(['--plain'], {}, terminal), 'flag');
  assert.equal(plainReason([], {TERM: 'dumb'}, terminal), 'dumb-terminal');
  assert.equal(
    plainReason([], {INK_SCREEN_READER: 'true'}, terminal),
    'screen-reader',
  );
  assert.equal(plainReason([], {ACCESSIBLE: '1'}, terminal), 'screen-reader');
  assert.equal(plainReason([], {ACCESSIBLE: '0'}, terminal), null);
});

test('output into a pipe while a person types is asked line by line', () => {
  const streams = {stdin: {isTTY: true}, stdout: {isTTY: false}};

  assert.equal(plainReason([], {}, streams), 'output-not-a-terminal');
});

test('colour needs a terminal and no NO_COLOR or --no-color', () => {
  const tty = {isTTY: true};

  assert.equal(wantsColour([], {}, tty), true);
  assert.equal(wantsColour([], {NO_COLOR: '1'}, tty), false);
  assert.equal(wantsColour([], {NO_COLOR: ''}, tty), true);
  assert.equal(wantsColour(['--no-color'], {}, tty), false);
  assert.equal(wantsColour([], {TERM: 'dumb'}, tty), false);
  assert.equal(wantsColour([], {}, {isTTY: false}), false);
});
