// Preloaded with `node --import`: records every module the process loads,
// ES modules through a loader hook and CommonJS ones from require's cache,
// one path a line, to the file named by GENESYS_BENCH_TRACE. Also records
// the peak resident memory (VmHWM) as the last line, "VmHWM <kB>".
import {appendFileSync, readFileSync} from 'node:fs';
import {createRequire, register} from 'node:module';

const traceFile = process.env.GENESYS_BENCH_TRACE;

if (traceFile) {
  register('./trace-hook.js', import.meta.url, {data: {traceFile}});
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const peak = /VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '0';
    const required = Object.keys(require.cache).map((file) => `cjs ${file}`);
    appendFileSync(traceFile, [...required, `VmHWM ${peak}`, ''].join('\n'));
  });
}
