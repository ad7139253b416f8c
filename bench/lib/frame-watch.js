// Piped a tmux pane's output by `tmux pipe-pane`: writes "ready" to the
// result file at once, then the wall-clock time (epoch milliseconds, with
// microseconds) at which the marker first appears in the output, and exits.
// Usage: node frame-watch.js <marker> <result file>
import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

const [marker, resultFile] = process.argv.slice(2);
let seen = '';

writeFileSync(resultFile, 'ready\n');
process.stdin.on('data', (chunk) => {
  const now = performance.timeOrigin + performance.now();
  // Escape sequences may split styled words; compare the text alone.
  seen += chunk.toString('latin1');
  // eslint-disable-next-line no-control-regex -- ESC starts a sequence
  const text = seen.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '');
  if (text.includes(marker)) {
    writeFileSync(resultFile, `${now.toFixed(3)}\n`);
    process.exit(0);
  }
});
