// `check --all` over 100 profiles at 50 ms latency, secrets from the
// keychain: concurrency must make it fast without tripping rate limits.
import {baseEnvironment, parseReport, runCli} from '../lib/commands.js';
import {hasCheck} from './check.js';

/** check --all --json over the many-profile fixture. */
export async function all({cli, fixtures, emulators, runs}) {
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.many.directory,
  });
  if (!(await hasCheck(cli, env))) {
    return {title: 'check --all', skipped: 'check is not built yet'};
  }

  // Every run asks for 100 tokens; the emulator allows 600 a minute for
  // each client id, as Genesys does, and the fixture uses two clients.
  const rounds = Math.min(runs, 8);
  const times = [];
  for (let round = 0; round < rounds + 1; round += 1) {
    const result = await runCli(cli, ['check', '--all', '--json'], env, {
      codes: [0],
    });
    const report = parseReport(result);
    const count = Array.isArray(report)
      ? report.length
      : report.profiles?.length;
    if (count !== fixtures.many.names.length) {
      throw new Error(`check --all reported ${count} profiles`);
    }

    if (round > 0) times.push(result.ms);
  }

  const label =
    `check --all --json, ${fixtures.many.names.length} profiles, ` +
    `${emulators.slow.latencyMs} ms`;

  return {
    title: `check --all at ${emulators.slow.latencyMs} ms latency`,
    times: {[label]: times},
    limits: {[label]: 2000},
  };
}
