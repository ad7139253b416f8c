#!/usr/bin/env node
// Bundles source/cli.tsx into dist/ with esbuild. Commands are loaded with
// dynamic import(), so splitting keeps Ink and React out of the paths that
// never draw (check --json, the emulator).
import {chmodSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
// `--metafile FILE` writes esbuild's account of every chunk and what is in
// it, for the benchmarks; it is kept out of dist/ so it never ships.
const metafileFlag = process.argv.indexOf('--metafile');
const metafilePath =
  metafileFlag === -1 ? undefined : process.argv[metafileFlag + 1];

rmSync(outdir, {recursive: true, force: true});
const result = await build({
  entryPoints: [path.join(root, 'source/cli.tsx')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // A native addon cannot be bundled; it resolves from node_modules.
  external: ['@napi-rs/keyring'],
  alias: {'react-devtools-core': './scripts/empty.js'},
  define: {'process.env.NODE_ENV': '"production"'},
  // Some dependencies are CommonJS and call require() at run time.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  // Half the bytes to read and parse: the home screen's chunk (Ink, React,
  // the whole front end) goes from ~970 kB to ~450 kB, ~14 ms sooner.
  minify: true,
  logLevel: 'warning',
  metafile: metafilePath !== undefined,
});
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile));
chmodSync(path.join(outdir, 'cli.js'), 0o755);
