// Runs a command once and times it from spawn to exit.
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {clearTimeout, setTimeout} from 'node:timers';

/**
 * Spawns `command args`, resolves with its wall time in milliseconds (spawn
 * to exit), exit code and output. Rejects when it runs past `timeoutMs`.
 */
export function timeRun(command, args, options = {}) {
  const {env = process.env, timeoutMs = 30_000, cwd} = options;

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {env, cwd, stdio: 'pipe'});
    let exitedAt = 0;
    let code = null;
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.stdin.end(options.input ?? '');
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`${command} ${args.join(' ')} ran past ${timeoutMs} ms`),
      );
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (exitCode) => {
      exitedAt = performance.now();
      code = exitCode;
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve({
        ms: exitedAt - started,
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      });
    });
  });
}

/**
 * Runs each named variant `runs` times, interleaved (a, b, a, b, ...) after
 * `warmup` untimed rounds, so every variant sees the same load. Each
 * variant is `() => Promise<number>` (milliseconds) and may throw to fail.
 */
export async function interleave(variants, {runs, warmup = 3}) {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round += 1) {
    // Alternate which variant goes first, so none always follows another.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const ms = await variants[name]();
      if (round >= warmup) times[name].push(ms);
    }
  }

  return times;
}

/**
 * Spawns a long-running command, resolves with the milliseconds until its
 * first line on stdout, then stops it.
 */
export function timeToFirstLine(command, args, {env = process.env} = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let output = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      const ms = performance.now() - started;
      child.kill('SIGTERM');
      child.on('close', () => resolve(ms));
    });
    child.on('exit', (code) => {
      if (!output.includes('\n')) reject(new Error(`exited ${code} silently`));
    });
  });
}
