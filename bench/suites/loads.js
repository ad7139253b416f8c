// Which parts of the bundle each path loads: the proof that no Ink or
// React loads where nothing is drawn, and where start-up time goes.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describeTrace, readMetafile} from '../lib/chunks.js';
import {baseEnvironment, credentialEnvironment} from '../lib/commands.js';
import {timeRun} from '../lib/process.js';
import {hasCheck} from './check.js';

const drawing = /^(ink|react|react-reconciler|scheduler|yoga-layout|@inkjs\/)/;
const tracer = path.join(import.meta.dirname, '..', 'lib', 'trace-loads.js');

async function trace(nodeArgs, env) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-trace-'));
  const file = path.join(scratch, 'trace');
  try {
    const result = await timeRun(
      process.execPath,
      ['--import', tracer, ...nodeArgs],
      {env: {...env, GENESYS_BENCH_TRACE: file}},
    );
    if (result.code !== 0 && result.code !== 1) {
      throw new Error(`${nodeArgs.join(' ')} exited ${result.code}`);
    }

    return readFileSync(file, 'utf8');
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

function kB(bytes) {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

/** Traces the JSON paths and lists the packages each one loads. */
export async function loads({cli, tree, metafile, emulators, fixtures}) {
  const chunks = readMetafile(metafile, tree);
  const env = baseEnvironment({
    GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory,
  });
  const paths = {'profiles --json': [[cli, 'profiles', '--json'], env]};
  if (await hasCheck(cli, env)) {
    paths['check --json (environment)'] = [
      [cli, 'check', '--json'],
      {...env, ...credentialEnvironment(emulators.fast)},
    ];
    paths['check --json --profile (keychain)'] = [
      [cli, 'check', '--json', '--profile', fixtures.few.names[0]],
      env,
    ];
  }

  const lines = [];
  const problems = [];
  for (const [name, [args, pathEnv]] of Object.entries(paths)) {
    const loaded = describeTrace(await trace(args, pathEnv), chunks);
    const top = loaded.packages
      .slice(0, 8)
      .map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`)
      .join(', ');
    lines.push(
      `${name}: ${loaded.chunkCount} files of dist/, ${kB(loaded.chunkBytes)}; ${top}`,
    );
    const drawn = loaded.packages.filter(([pkg]) => drawing.test(pkg));
    if (drawn.length > 0) {
      problems.push(`${name} loads ${drawn.map(([pkg]) => pkg).join(', ')}`);
    }
  }

  const total = [...chunks.values()].reduce((sum, c) => sum + c.bytes, 0);

  return {
    title: 'What each path loads',
    notes: [
      `Bundle: ${chunks.size} files, ${kB(total)}.`,
      ...lines,
      problems.length === 0
        ? 'No Ink, React or Yoga on these paths.'
        : `FAIL: ${problems.join('; ')}.`,
    ],
    failed: problems.length > 0,
  };
}
