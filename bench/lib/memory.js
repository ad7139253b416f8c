// Peak resident memory of one run: GNU time's maximum RSS where it is
// installed, else a preload that reads VmHWM as the process exits.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const gnuTime = '/usr/bin/time';
const preload = path.join(import.meta.dirname, 'peak-memory.js');

/** How peak memory is measured here, for the report. */
export const memoryMethod = existsSync(gnuTime)
  ? '/usr/bin/time -f %M (max RSS)'
  : 'VmHWM from /proc/self/status at exit';

/**
 * Wraps `node args` so that its peak memory is recorded; returns the argv
 * to run, the environment to add and a reader of the result in MiB.
 */
export function withPeakMemory(nodeArgs) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-mem-'));
  const file = path.join(scratch, 'peak');
  const read = () => {
    const kB = Number(readFileSync(file, 'utf8').trim().split('\n').at(-1));
    rmSync(scratch, {recursive: true, force: true});

    return kB / 1024;
  };
  if (existsSync(gnuTime)) {
    return {
      argv: [gnuTime, '-f', '%M', '-o', file, process.execPath, ...nodeArgs],
      env: {},
      read,
    };
  }

  return {
    argv: [process.execPath, '--import', preload, ...nodeArgs],
    env: {GENESYS_BENCH_PEAK: file},
    read,
  };
}
