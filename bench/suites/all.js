// `check --all` over 100 profiles at 50 ms latency, secrets from the
// keychain: concurrency must make it fast without tripping rate limits.
import {baseEnvironment, parseReport, runCli} from '../lib/commands.js';
import {hasCheck} from './check.js';

function failedCheck(report) {
  for (const one of report.reports ?? []) {
    const failed = one.checks?.find((c) => c.status === 'fail');
    if (failed) {
      return `${one.profile ?? ''} ${failed.id}: ${failed.diagnosis?.code}`;
    }
  }

  return 'a check failed';
}

async function checkAllOnce(cli, fixture) {
  const env = baseEnvironment({GENESYS_AUTH_CONFIG_DIR: fixture.directory});
  const result = await runCli(cli, ['check', '--all', '--json'], env, {
    codes: [0, 1],
  });
  const report = parseReport(result);
  const checked = report.reports?.length ?? 0;
  if (!report.ok || checked !== fixture.names.length) {
    const problem = report.problems?.[0]?.message ?? failedCheck(report);
    throw new Error(`check --all checked ${checked} profiles: ${problem}`);
  }

  return result.ms;
}

/** check --all --json over 100 profiles: own clients, then shared ones. */
export async function all({cli, fixtures, emulators, runs}) {
  const env = baseEnvironment();
  if (!(await hasCheck(cli, env))) {
    return {title: 'check --all', skipped: 'check is not built yet'};
  }

  const latencyMs = emulators.slow.latencyMs;
  const own = `${fixtures.many.names.length} profiles, a client each`;
  const shared = `${fixtures.shared.names.length} profiles, 2 clients`;
  const times = {[own]: [], [shared]: []};
  // Every run asks for 100 tokens; the emulator allows 600 a minute per
  // client id, as Genesys does, so the shared clients run fewer times.
  for (let round = 0; round < Math.min(runs, 8) + 1; round += 1) {
    const ms = await checkAllOnce(cli, fixtures.many);
    if (round > 0) times[own].push(ms);
  }

  for (let round = 0; round < 3; round += 1) {
    times[shared].push(await checkAllOnce(cli, fixtures.shared));
  }

  return {
    title: `check --all --json at ${latencyMs} ms latency`,
    times,
    limits: {[own]: 2000},
    notes: [
      'A client each: 100 OAuth clients in one emulator ' +
        '(bench/emulator-fleet.ts). 2 clients: the built-in working ones.',
    ],
  };
}
