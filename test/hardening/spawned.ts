import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** A CLI process that is still running, its output so far, and its end. */
export interface Spawned {
  child: ChildProcess;
  output(): {stdout: string; stderr: string};
  exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

/**
 * Starts the CLI from source with stdin left open (unless `input` is
 * given), so a test can interrupt it at a stage of its choosing.
 */
export function spawnCli(
  args: string[],
  options: {env: Record<string, string>; input?: string},
): Spawned {
  const {CI: _ci, ...inherited} = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'source/cli.tsx'), ...args],
    {cwd: root, env: {...inherited, NO_COLOR: '1', ...options.env}},
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
  });
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  if (options.input !== undefined) child.stdin?.end(options.input);

  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) => {
    child.on('close', (code, signal) => resolve({code, signal}));
  });
  // Never outlive the test, whatever it asserted.
  const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
  void exited.then(() => clearTimeout(guard));

  return {child, output: () => ({stdout, stderr}), exited};
}

/** Polls until `condition` holds; fails with `what` after `withinMs`. */
export async function waitUntil(
  condition: () => boolean,
  what: string,
  withinMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${what}`);

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
