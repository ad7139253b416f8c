#!/usr/bin/env node
// The benchmarks (`npm run bench`): builds dist/, starts two emulators out
// of process (no latency and 50 ms), writes throw-away profiles and
// keychain entries, and measures the built CLI against baselines run
// interleaved in the same run. Prints Markdown; not part of `npm test`.
//
//   node bench/run.js [--runs N] [--only startup,check,...] [--out FILE]
//                     [--tree DIR]
//
// --tree measures another checkout (say, an older commit unpacked with its
// node_modules linked), built with its own scripts/build.js.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {startEmulator, startFleetEmulator} from './lib/emulator.js';
import {createProfiles} from './lib/fixture.js';
import {allMet, renderSuite} from './lib/report.js';
import {ensureKeychainSession} from './lib/session.js';
import {all} from './suites/all.js';
import {check} from './suites/check.js';
import {interactive} from './suites/interactive.js';
import {latency} from './suites/latency.js';
import {loads} from './suites/loads.js';
import {memory} from './suites/memory.js';
import {startup} from './suites/startup.js';

const suites = {startup, check, latency, all, memory, interactive, loads};

ensureKeychainSession(import.meta.filename, process.argv.slice(2));

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '20'},
    only: {type: 'string'},
    out: {type: 'string'},
    latency: {type: 'string', default: '50'},
    tree: {type: 'string'},
  },
});
const chosen = values.only ? values.only.split(',') : Object.keys(suites);
const unknown = chosen.filter((name) => !suites[name]);
if (unknown.length > 0) {
  console.error(
    `Unknown suite ${unknown.join(', ')}; ` +
      `choose from ${Object.keys(suites).join(', ')}.`,
  );
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const tree = values.tree ? path.resolve(values.tree) : root;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-'));
const metafile = path.join(scratch, 'meta.json');
// The bundle's code cache, warmed by the untimed rounds, in the scratch
// directory rather than the user's cache.
process.env.GENESYS_AUTH_CACHE_DIR = path.join(scratch, 'cache');

const built = spawnSync(
  process.execPath,
  ['scripts/build.js', '--metafile', metafile],
  {cwd: tree, stdio: 'inherit'},
);
if (built.status !== 0) process.exit(built.status ?? 1);
// dist/cli.js before the commands were bundled as CommonJS (`--tree`).
const cli = ['cli.cjs', 'cli.js']
  .map((name) => path.join(tree, 'dist', name))
  .find((file) => existsSync(file));

// Everything started or written below is undone in reverse, whatever fails.
const undo = [() => rmSync(scratch, {recursive: true, force: true})];

async function prepare() {
  const latencyMs = Number(values.latency);
  const emulators = {};
  for (const [name, start] of Object.entries({
    fast: () => startEmulator(cli, {latencyMs: 0}),
    slow: () => startEmulator(cli, {latencyMs}),
    fleet: () => startFleetEmulator({count: 100, latencyMs}),
  })) {
    emulators[name] = await start();
    undo.push(() => emulators[name].stop());
  }

  const working = emulators.slow.clients.filter((client) =>
    client.purpose.startsWith('works'),
  );
  const fixtures = {};
  for (const [name, options] of Object.entries({
    few: {emulator: emulators.fast, count: 3},
    // 100 integrations, each with its own OAuth client.
    many: {
      emulator: emulators.fleet,
      count: 100,
      clients: emulators.fleet.clients,
      prefix: 'fleet',
    },
    // 100 profiles sharing the two working clients: they take turns.
    shared: {
      emulator: emulators.slow,
      count: 100,
      clients: working,
      prefix: 'shared',
    },
  })) {
    fixtures[name] = await createProfiles(options);
    undo.push(() => fixtures[name].cleanup());
  }

  return {root, tree, cli, metafile, emulators, fixtures};
}

const runs = Number(values.runs);
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const output = [
  `## genesys-auth benchmarks, ${new Date().toISOString()}`,
  '',
  `Built from ${tree}. Node ${process.version}, ${os.cpus().length} cores, ` +
    `load average ${load} at the start; ${runs} runs per variant ` +
    'after warm-up.',
  '',
];
let met = true;
try {
  const context = {...(await prepare()), runs};
  for (const name of chosen) {
    process.stderr.write(`bench: ${name}...\n`);
    const result = await suites[name](context);
    const section = renderSuite(result);
    process.stdout.write(`${section.join('\n')}\n`);
    output.push(...section);
    met &&= allMet(result);
  }
} finally {
  for (const step of undo.reverse()) await step();
}

if (values.out) writeFileSync(values.out, `${output.join('\n')}\n`);
process.stderr.write(
  met ? 'bench: every target met\n' : 'bench: targets missed\n',
);
process.exitCode = met ? 0 : 1;
