// Piped a tmux pane's output by `tmux pipe-pane`: writes "ready" to the
// result file at once, then, for each marker, the wall-clock time (epoch
// milliseconds, with microseconds) at which it first appears in the
// output, one a line in the markers' order, and exits when all have shown.
// An empty marker stands for any visible text at all: the first frame.
// Usage: node frame-watch.js <result file> <marker>...
import {renameSync, writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

const [resultFile, ...markers] = process.argv.slice(2);
const seenAt = new Map();
let seen = '';

// Written aside and renamed, so the reader never sees half a file.
function publish(text) {
  writeFileSync(`${resultFile}.part`, text);
  renameSync(`${resultFile}.part`, resultFile);
}

publish('ready\n');
process.stdin.on('data', (chunk) => {
  const now = performance.timeOrigin + performance.now();
  // Escape sequences may split styled words; compare the text alone.
  seen += chunk.toString('latin1');
  // eslint-disable-next-line no-control-regex -- ESC starts a sequence
  const text = seen.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '');
  for (const marker of markers) {
    const shown = marker === '' ? text.trim() !== '' : text.includes(marker);
    if (!seenAt.has(marker) && shown) seenAt.set(marker, now);
  }

  if (seenAt.size === markers.length) {
    const times = markers.map((marker) => seenAt.get(marker).toFixed(3));
    publish(`${times.join('\n')}\n`);
    process.exit(0);
  }
});
