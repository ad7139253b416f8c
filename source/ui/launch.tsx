import {render} from 'ink';
import type {AppProps} from './app.js';
import {App} from './app.js';
import type {AppResult} from './result.js';
import {holdSignals} from './terminal.js';

/** The streams Ink draws on; stdin must be a terminal. */
export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Aborted on SIGTERM: the app unmounts as if interrupted. */
  signal?: AbortSignal;
}

/**
 * Draws the app until it exits and answers how it ended. Ctrl-C is the
 * app's own key, so it can leave through the same door as everything else.
 */
export async function launch(
  props: Omit<AppProps, 'onExit'>,
  terminal: Terminal,
): Promise<AppResult> {
  let result: AppResult = {isInterrupted: true, lastReport: null};
  const instance = render(
    <App
      {...props}
      onExit={(ended) => {
        result = ended;
      }}
    />,
    {
      stdin: terminal.stdin,
      stdout: terminal.stdout,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const stop = () => instance.unmount();
  const release = holdSignals();
  terminal.signal?.addEventListener('abort', stop, {once: true});
  try {
    await instance.waitUntilExit();
  } finally {
    terminal.signal?.removeEventListener('abort', stop);
    release();
    leaveStdin(terminal.stdin);
  }

  return result;
}

/**
 * Leaves stdin as a line-by-line reader expects it: raw mode off, paused,
 * and unreferenced, so that nothing keeps the process alive after the last
 * frame. A reader that comes next (a plain prompt) must call
 * `stdin.ref()` before it reads, or the process may end under it.
 */
export function leaveStdin(stdin: NodeJS.ReadStream): void {
  if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
  stdin.pause();
  stdin.unref();
}
