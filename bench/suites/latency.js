// A full check with 50 ms added to every answer: the token, then the
// other calls at once, should cost about two round trips, not five.
import {
  baseEnvironment,
  credentialEnvironment,
  parseReport,
  runCli,
} from '../lib/commands.js';
import {summarise} from '../lib/stats.js';
import {hasCheck} from './check.js';

function durationOf(report) {
  if (typeof report.durationMs === 'number') return report.durationMs;
  const checks = report.checks ?? report.results ?? [];

  return checks.reduce((sum, check) => sum + (check.durationMs ?? 0), 0);
}

/** check --json at 0 and 50 ms latency, interleaved. */
export async function latency({cli, emulators, fixtures, runs}) {
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory,
  });
  if (!(await hasCheck(cli, env))) {
    return {title: 'check at 50 ms latency', skipped: 'check is not built yet'};
  }

  const latencyMs = emulators.slow.latencyMs;
  const fast = {...env, ...credentialEnvironment(emulators.fast)};
  const slow = {...env, ...credentialEnvironment(emulators.slow)};
  const wall = {fast: [], slow: []};
  const own = {fast: [], slow: []};
  for (let round = 0; round < runs + 2; round += 1) {
    for (const [name, variantEnv] of [
      ['fast', fast],
      ['slow', slow],
    ]) {
      const result = await runCli(cli, ['check', '--json'], variantEnv, {
        codes: [0],
      });
      if (round < 2) continue;
      wall[name].push(result.ms);
      own[name].push(durationOf(parseReport(result)));
    }
  }

  const extra = wall.slow.map((ms, i) => ms - wall.fast[i]);
  const budget = Math.round(2.3 * latencyMs * 10) / 10;

  return {
    title: `check --json at ${latencyMs} ms latency`,
    times: {
      'wall, 0 ms latency': wall.fast,
      [`wall, ${latencyMs} ms latency`]: wall.slow,
      [`durationMs in the report, ${latencyMs} ms`]: own.slow,
      [`wall(${latencyMs} ms) - wall(0 ms), paired`]: extra,
    },
    limits: {
      [`durationMs in the report, ${latencyMs} ms`]: budget,
      [`wall(${latencyMs} ms) - wall(0 ms), paired`]: budget,
    },
    notes: [
      `Budget: 2.3 round trips = ${budget} ms; ` +
        `round trips by durationMs: ` +
        `${(summarise(own.slow).median / latencyMs).toFixed(2)}.`,
    ],
  };
}
