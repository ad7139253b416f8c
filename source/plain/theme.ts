import {styleText} from 'node:util';
import type {PlainIo} from './io.js';

type Style = Parameters<typeof styleText>[0];

/** Styles text only when colour is welcome; Node 20 never checks itself. */
export function paint(io: PlainIo, style: Style, text: string): string {
  return io.isColour ? styleText(style, text, {validateStream: false}) : text;
}

/**
 * Inquirer's look for plain mode: the same words with or without colour,
 * a still "working" mark instead of a spinner, and errors that say so.
 */
export function promptTheme(io: PlainIo) {
  const plain = (style: Style) => (text: string) => paint(io, style, text);

  return {
    prefix: {
      idle: paint(io, 'blue', '?'),
      done: paint(io, 'green', io.isAscii ? '*' : '✔'),
    },
    spinner: {interval: 1000, frames: ['...']},
    // A refused answer is typed afresh: half an answer is hard to hear.
    validationFailureMode: 'clear' as const,
    style: {
      answer: plain('cyan'),
      message: plain('bold'),
      error: (text: string) => paint(io, 'red', `Error: ${text}`),
      defaultAnswer: (text: string) => paint(io, 'dim', `(${text})`),
      help: plain('dim'),
      highlight: plain('cyan'),
      description: plain('dim'),
      key: (text: string) => paint(io, 'cyan', `<${text}>`),
    },
  };
}
