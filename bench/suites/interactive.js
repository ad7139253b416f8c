// The home screen's first frame in a real 100x30 terminal, next to
// `node -e` printing one line in the same terminal.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {describeTrace, readMetafile} from '../lib/chunks.js';
import {withPeakMemory} from '../lib/memory.js';
import {openTerminal} from '../lib/terminal.js';

const node = process.execPath;
const tracer = path.join(import.meta.dirname, '..', 'lib', 'trace-loads.js');

/** Leaves the home screen: q, then Ctrl-C if it is still there. */
async function quit(tmux) {
  const dead = () =>
    tmux('display', '-p', '-t', 'bench', '#{pane_dead}').trim() === '1';
  for (const key of ['q', 'C-c', 'C-c']) {
    if (dead()) return;
    tmux('send-keys', '-t', 'bench', key);
    for (let i = 0; i < 50 && !dead(); i += 1) await sleep(20);
  }
}

function kB(bytes) {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

async function traceHome(terminal, {cli, env, marker, metafile, tree}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-trace-'));
  const file = path.join(scratch, 'trace');
  try {
    await terminal.firstFrame([node, '--import', tracer, cli], {
      marker,
      env: {...env, GENESYS_BENCH_TRACE: file},
      finish: quit,
    });
    const loaded = describeTrace(
      readFileSync(file, 'utf8'),
      readMetafile(metafile, tree),
    );
    const top = loaded.packages
      .slice(0, 10)
      .map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`)
      .join(', ');

    return `home screen: ${loaded.chunkCount} files of dist/, ${kB(loaded.chunkBytes)}; ${top}`;
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

/** First frame of `genesys-auth` (home) against node -e, interleaved. */
export async function interactive(context) {
  const {cli, fixtures, runs} = context;
  const env = {GENESYS_AUTH_CONFIG_DIR: fixtures.few.directory};
  const marker = fixtures.few.names[0];
  const terminal = openTerminal({columns: 100, rows: 30});
  const home = () =>
    terminal.firstFrame([node, cli], {
      markers: ['', marker],
      env,
      finish: quit,
    });
  const baseline = () =>
    terminal.firstFrame([node, '-e', 'console.log("ready")'], {
      marker: 'ready',
      env,
    });
  try {
    try {
      await home();
    } catch (error) {
      return {
        title: 'Home screen, first frame',
        skipped: `no home screen showing '${marker}' (${error.message})`,
      };
    }

    const first = 'genesys-auth (home), first frame';
    const listed = 'genesys-auth (home), profiles listed';
    const times = {'node -e (one line)': [], [first]: [], [listed]: []};
    for (let round = 0; round < runs + 2; round += 1) {
      const pair = round % 2 === 0 ? [baseline, home] : [home, baseline];
      const ms = [];
      for (const run of pair) ms.push(await run());
      if (round < 2) continue;
      const [b, h] = round % 2 === 0 ? ms : [...ms].reverse();
      times['node -e (one line)'].push(b);
      times[first].push(h[0]);
      times[listed].push(h[1]);
    }

    const peaks = [];
    for (let round = 0; round < Math.min(runs, 5); round += 1) {
      const wrapped = withPeakMemory([cli]);
      await terminal.firstFrame(wrapped.argv, {
        marker,
        env: {...env, ...wrapped.env},
        finish: quit,
      });
      peaks.push(wrapped.read());
    }

    const traced = await traceHome(terminal, {...context, env, marker});

    return {
      title: 'Home screen, first frame in a 100x30 tmux pane',
      baseline: 'node -e (one line)',
      times,
      targets: {
        [first]: [{against: 'node -e (one line)', max: 2.5}],
        [listed]: [{against: 'node -e (one line)', max: 2.5}],
      },
      extra: {
        title: 'Home screen peak memory, MiB',
        unit: 'MiB',
        times: {'genesys-auth (home)': peaks},
        limits: {'genesys-auth (home)': 80},
      },
      notes: [traced],
    };
  } finally {
    terminal.close();
  }
}
