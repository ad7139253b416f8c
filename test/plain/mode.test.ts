import assert from 'node:assert/strict';
import {test} from 'node:test';
import {plainReason, wantsPlain} from '../../source/commands/mode.js';
import {plainIo, wantsColour} from '../../source/plain/io.js';

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

test('a session on a dumb terminal is linear, plain ASCII and colourless', () => {
  const context = {
    stdin: {isTTY: true} as NodeJS.ReadStream,
    stdout: {isTTY: true} as NodeJS.WriteStream,
    env: {TERM: 'dumb'},
    signal: new AbortController().signal,
  };
  const io = plainIo(context);

  assert.equal(io.isLinear, true);
  assert.equal(io.isAscii, true);
  assert.equal(io.isColour, false);
});

test('--plain alone on a colour terminal keeps redraws and colour', () => {
  const context = {
    stdin: {isTTY: true} as NodeJS.ReadStream,
    stdout: {isTTY: true} as NodeJS.WriteStream,
    env: {TERM: 'xterm-256color'},
    signal: new AbortController().signal,
  };
  const io = plainIo(context, ['--plain']);

  assert.equal(io.isLinear, false);
  assert.equal(io.isColour, true);
});
