import {render} from 'ink';
import type {AppProps} from './app.js';
import {App} from './app.js';
import type {AppResult} from './result.js';

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
  terminal.signal?.addEventListener('abort', stop, {once: true});
  await instance.waitUntilExit();
  terminal.signal?.removeEventListener('abort', stop);
  // Ink leaves stdin unreferenced, which lets the process end here. A
  // caller that reads stdin afterwards (a plain prompt) must ref() it.

  return result;
}
