import {act} from 'react';
import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';
import {stripVTControlCharacters} from 'node:util';

// React 19 wants to know it runs under test before act() is used.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT =
  true;

/** Keys as a terminal sends them; write one per call. */
export const keys = {
  enter: '\r',
  escape: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  backspace: '\u007F',
  ctrlC: '\u0003',
  tab: '\t',
  ctrlU: '\u0015',
} as const;

/** A rendered tree, driven and read as a person would. */
export interface Screen {
  /** The last frame as plain text, without colours. */
  frame(): string;
  /** Every frame drawn so far, as written, escape sequences included. */
  frames(): string[];
  press(key: string): Promise<void>;
  /** Types text one character per write, as a person does. */
  type(text: string): Promise<void>;
  /** Pastes text in one write, as a terminal does with a paste. */
  paste(text: string): Promise<void>;
  /** Polls until the frame matches; fails with the last frame. */
  waitFor(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
  unmount(): Promise<void>;
}

/** Polls a condition inside act() until it holds or the deadline passes. */
export async function waitUntil(
  condition: () => boolean,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}

/** A terminal size in cells; ink-testing-library's own is 100 columns. */
export interface Size {
  columns: number;
  rows: number;
}

/** Renders a tree inside act() and answers a handle to drive it. */
export async function renderScreen(
  tree: ReactElement,
  size?: Size,
): Promise<Screen> {
  let instance: ReturnType<typeof render> | undefined;
  await act(async () => {
    instance = render(tree);
    if (!size) return;
    // The fake terminal is resized as a real one would be.
    for (const [name, value] of Object.entries(size)) {
      Object.defineProperty(instance.stdout, name, {value});
    }

    instance.stdout.emit('resize');
  });
  const rendered = instance!;
  const frame = () => stripVTControlCharacters(rendered.lastFrame() ?? '');
  const write = (data: string) =>
    act(async () => {
      rendered.stdin.write(data);
    });

  return {
    frame,
    frames: () => [...rendered.frames],
    press: write,
    paste: write,
    async type(text) {
      for (const char of text) await write(char);
    },
    async waitFor(pattern, timeoutMs = 5000) {
      const matches = (text: string) =>
        typeof pattern === 'string'
          ? text.includes(pattern)
          : pattern.test(text);
      await waitUntil(() => matches(frame()), timeoutMs).catch(() => {
        throw new Error(`Timed out waiting for ${pattern}:\n${frame()}`);
      });

      return frame();
    },
    async unmount() {
      await act(async () => {
        rendered.unmount();
      });
    },
  };
}
