import {execFile} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** A real terminal in tmux on its own server, running the CLI from source. */
export interface Terminal {
  /** Sends keys by tmux name (`Enter`, `Escape`, `C-c`, `Down`). */
  press(key: string): Promise<void>;
  /** Sends text literally, as a paste would arrive. */
  type(text: string): Promise<void>;
  /** The visible screen as plain text. */
  screen(): Promise<string>;
  /** Polls the screen until it shows the text; fails with the screen. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the program to end and answers its exit code. */
  exitCode(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

export interface TerminalOptions {
  args: string[];
  /** Run the built bundle, as `npm run demo` does, not the sources. */
  isBundle?: boolean;
  env?: Record<string, string>;
  columns?: number;
  rows?: number;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** Starts the CLI in a detached tmux session of a fixed size. */
export async function openTerminal(
  options: TerminalOptions,
): Promise<Terminal> {
  const socket = `genesys-auth-test-${randomUUID()}`;
  const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args]);
  const exports = Object.entries(options.env ?? {})
    .map(([key, value]) => `${key}=${shellQuote(value)}`)
    .join(' ');
  const program = options.isBundle
    ? ['dist/cli.cjs']
    : ['--import', 'tsx', 'source/cli.tsx'];
  const cli = [process.execPath, ...program, ...options.args]
    .map(shellQuote)
    .join(' ');
  // The exit code is kept on screen so a test can read it after the end.
  // The trap keeps the shell alive when Ctrl-C reaches it as a signal.
  const command = `trap true INT; cd ${shellQuote(root)} && env -u CI ${exports} ${cli}; echo "[exit $?]"; sleep 600`;
  await tmux(
    'new-session',
    '-d',
    '-x',
    String(options.columns ?? 100),
    '-y',
    String(options.rows ?? 30),
    command,
  );

  const screen = async () => (await tmux('capture-pane', '-p')).stdout;
  const waitFor = async (text: string | RegExp, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const shown = await screen();
      const found =
        typeof text === 'string' ? shown.includes(text) : text.test(shown);
      if (found) return shown;
      if (Date.now() > deadline) {
        throw new Error(`Timed out waiting for ${text}; screen:\n${shown}`);
      }

      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  return {
    press: async (key) => void (await tmux('send-keys', key)),
    type: async (text) => void (await tmux('send-keys', '-l', text)),
    screen,
    waitFor,
    async exitCode(timeoutMs) {
      const shown = await waitFor(/\[exit \d+\]/, timeoutMs);

      return Number(/\[exit (\d+)\]/.exec(shown)?.[1]);
    },
    close: async () => void (await tmux('kill-server').catch(() => undefined)),
  };
}
