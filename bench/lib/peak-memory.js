// Preloaded with `node --import` where /usr/bin/time is missing: writes the
// process's peak resident memory (VmHWM, kB) to GENESYS_BENCH_PEAK on exit.
import {readFileSync, writeFileSync} from 'node:fs';

const file = process.env.GENESYS_BENCH_PEAK;
if (file) {
  process.on('exit', () => {
    const status = readFileSync('/proc/self/status', 'utf8');
    writeFileSync(file, `${/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0}\n`);
  });
}
