// Start-up of the commands that exist without a network: the floor every
// other number is compared with.
import {
  baseEnvironment,
  nodeBaseline,
  parseReport,
  runCli,
} from '../lib/commands.js';
import {interleave, timeToFirstLine} from '../lib/process.js';

/** `--version`, `profiles`, `profiles --json` and the emulator's start. */
export async function startup({cli, fixtures, runs}) {
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory,
  });
  const listed = parseReport(await runCli(cli, ['profiles', '--json'], env));
  if (listed.profiles.length !== fixtures.few.names.length) {
    throw new Error('profiles --json did not list the benchmark profiles');
  }

  const times = await interleave(
    {
      'node -e 0': nodeBaseline(env),
      'genesys-auth --version': async () =>
        (await runCli(cli, ['--version'], env)).ms,
      'genesys-auth profiles': async () =>
        (await runCli(cli, ['profiles'], env)).ms,
      'genesys-auth profiles --json': async () =>
        (await runCli(cli, ['profiles', '--json'], env)).ms,
      'genesys-auth emulator (first line)': () =>
        timeToFirstLine(process.execPath, [cli, 'emulator'], {env}),
    },
    {runs},
  );

  return {
    title: 'Start-up of commands that need no network',
    baseline: 'node -e 0',
    times,
    targets: {},
  };
}
