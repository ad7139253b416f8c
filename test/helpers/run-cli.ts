import {spawn} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Added to a copy of this process's environment; undefined removes. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Run the built bundle, as installed, instead of the sources. */
  isBundle?: boolean;
}

/** Runs the CLI in a child process, as a user or CI would. */
export async function runCli(
  args: string[],
  options: CliOptions = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    ...options.env,
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete env[key];
  }

  const program = options.isBundle
    ? [path.join(root, 'dist/cli.cjs')]
    : ['--import', 'tsx', path.join(root, 'source/cli.tsx')];
  const child = spawn(process.execPath, [...program, ...args], {
    cwd: root,
    env,
    stdio: 'pipe',
  });
  const timer = setTimeout(
    () => child.kill('SIGKILL'),
    options.timeoutMs ?? 30_000,
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.input ?? '');

  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({code, signal, stdout, stderr});
    });
  });
}
