// Peak memory of the paths that print JSON.
import {baseEnvironment, credentialEnvironment} from '../lib/commands.js';
import {memoryMethod, withPeakMemory} from '../lib/memory.js';
import {timeRun} from '../lib/process.js';
import {hasCheck} from './check.js';

async function peak(nodeArgs, env) {
  const wrapped = withPeakMemory(nodeArgs);
  const [command, ...args] = wrapped.argv;
  const result = await timeRun(command, args, {env: {...env, ...wrapped.env}});
  if (result.code !== 0) {
    throw new Error(`${nodeArgs.join(' ')} exited ${result.code}`);
  }

  return wrapped.read();
}

/** Max RSS of node -e 0, profiles --json and check --json, in MiB. */
export async function memory({cli, emulators, fixtures, runs}) {
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory,
  });
  const withCredentials = {...env, ...credentialEnvironment(emulators.fast)};
  const variants = {
    'node -e 0': [['-e', '0'], env],
    'profiles --json': [[cli, 'profiles', '--json'], env],
  };
  if (await hasCheck(cli, env)) {
    variants['check --json (environment)'] = [
      [cli, 'check', '--json'],
      withCredentials,
    ];
    variants['check --json --profile (keychain)'] = [
      [cli, 'check', '--json', '--profile', fixtures.few.names[0]],
      env,
    ];
  }

  const sizes = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let round = 0; round < Math.min(runs, 7); round += 1) {
    for (const [name, [args, variantEnv]] of Object.entries(variants)) {
      sizes[name].push(await peak(args, variantEnv));
    }
  }

  return {
    title: `Peak memory, MiB (${memoryMethod})`,
    unit: 'MiB',
    times: sizes,
    limits: {
      'check --json (environment)': 60,
      'check --json --profile (keychain)': 60,
    },
  };
}
