// `check --json` against the emulator, next to `node -e 0` and the
// official SDK doing the token and tokens/me calls.
import {
  baseEnvironment,
  credentialEnvironment,
  nodeBaseline,
  parseReport,
  runCli,
  sdkBaseline,
} from '../lib/commands.js';
import {interleave} from '../lib/process.js';

/** Runs `check --json` once and fails unless every check passed. */
export function checkJson(cli, args, env) {
  return async () => {
    const result = await runCli(cli, ['check', '--json', ...args], env, {
      codes: [0],
    });
    parseReport(result);

    return result.ms;
  };
}

/** Whether `check` exists yet in this build. */
export async function hasCheck(cli, env) {
  const result = await runCli(cli, ['check', '--help'], env, {
    codes: [0, 1, 2],
  });

  return result.code === 0;
}

/** check --json (environment and profile) against node -e 0 and the SDK. */
export async function check({root, cli, emulators, fixtures, runs}) {
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory,
  });
  if (!(await hasCheck(cli, env))) {
    return {title: 'check --json', skipped: 'check is not built yet'};
  }

  const withCredentials = {...env, ...credentialEnvironment(emulators.fast)};
  // A cache directory that cannot exist: every run compiles, as the first
  // run after an install does.
  const withoutCache = {
    ...withCredentials,
    GENESYS_AUTH_CACHE_DIR: '/dev/null/no-cache',
  };
  const profile = fixtures.few.names[0];
  const times = await interleave(
    {
      'node -e 0': nodeBaseline(env),
      'SDK token + tokens/me': sdkBaseline(root, emulators.fast, env),
      'check --json (environment)': checkJson(cli, [], withCredentials),
      'check --json (environment), no code cache': checkJson(
        cli,
        [],
        withoutCache,
      ),
      'check --json --profile (keychain)': checkJson(
        cli,
        ['--profile', profile],
        env,
      ),
    },
    {runs},
  );

  return {
    title: 'check --json against the emulator (no latency)',
    baseline: 'node -e 0',
    times,
    targets: {
      'check --json (environment)': [
        {against: 'node -e 0', max: 1.5},
        {against: 'SDK token + tokens/me', max: 0.5},
      ],
      'check --json --profile (keychain)': [
        {against: 'node -e 0', max: 1.5},
        {against: 'SDK token + tokens/me', max: 0.5},
      ],
    },
  };
}
