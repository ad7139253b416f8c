// The emulator out of process, from the built bundle, as an admin's own
// tests would run it: started once, read from its first line, stopped.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import path from 'node:path';
import {createInterface} from 'node:readline';

/**
 * Starts `node dist/cli.cjs emulator` with the given latency and resolves
 * with its url, clients, the working client and a stop function.
 */
export async function startEmulator(cli, {latencyMs = 0} = {}) {
  return launch([cli, 'emulator', '--latency', String(latencyMs)]);
}

/**
 * Starts bench/emulator-fleet.ts: an emulator that knows `count` working
 * OAuth clients, for many profiles with a client each.
 */
export async function startFleetEmulator({count, latencyMs = 0}) {
  const script = path.join(import.meta.dirname, '..', 'emulator-fleet.ts');

  return launch(['--import', 'tsx', script, String(count), String(latencyMs)]);
}

async function launch(args) {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // Never outlive the benchmark, whatever ends it.
  const stopNow = () => child.kill('SIGTERM');
  process.once('exit', stopNow);
  const lines = createInterface({input: child.stdout});
  const [first] = await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the emulator exited (${code}) before it started`);
    }),
  ]);
  const summary = JSON.parse(first);
  const client = summary.clients.find(
    (candidate) => candidate.id === summary.defaultClientId,
  );

  return {
    url: summary.url,
    latencyMs: summary.latencyMs,
    clients: summary.clients,
    client,
    pid: child.pid,
    async stop() {
      process.off('exit', stopNow);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
