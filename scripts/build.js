#!/usr/bin/env node
// Bundles source/cli.tsx into dist/ with esbuild. Commands are loaded with
// dynamic import(), so splitting keeps Ink and React out of the paths that
// never draw (check --json, the emulator).
import {chmodSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {wasmName, yogaWasm} from './yoga-wasm.js';

const narrowWidth = path.join(import.meta.dirname, 'string-width.cjs');

/**
 * Sends every import of string-width 8, the one Ink measures with, through
 * scripts/string-width.cjs, which loads it only for text it cannot measure
 * itself. An older copy that wrap-ansi keeps is left as it is.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      const isInkCopy =
        resolved.path.endsWith(
          path.join('node_modules', 'string-width', 'index.js'),
        ) && !resolved.path.includes(path.join('wrap-ansi', 'node_modules'));

      return isInkCopy && args.importer !== narrowWidth
        ? {path: narrowWidth}
        : resolved;
    });
  },
};

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
// `--metafile FILE` writes esbuild's account of every chunk and what is in
// it, for the benchmarks; it is kept out of dist/ so it never ships.
const metafileFlag = process.argv.indexOf('--metafile');
const metafilePath =
  metafileFlag === -1 ? undefined : process.argv[metafileFlag + 1];

rmSync(outdir, {recursive: true, force: true});
const yoga = yogaWasm();
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
  alias: {
    'react-devtools-core': './scripts/empty.js',
    'ajv/dist/2020.js': './scripts/conf-extras.js',
    'ajv-formats': './scripts/conf-extras.js',
    semver: './scripts/conf-extras.js',
  },
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
  plugins: [yoga.plugin, lazyStringWidth],
  metafile: true,
});
if (metafilePath) writeFileSync(metafilePath, JSON.stringify(result.metafile));

// Yoga's WebAssembly goes beside the chunk that reads it.
const yogaChunk = Object.entries(result.metafile.outputs).find(([, output]) =>
  Object.keys(output.inputs).some((input) =>
    input.includes('yoga-wasm-base64-esm.js'),
  ),
);
if (!yogaChunk || !yoga.extracted.bytes) {
  throw new Error('Yoga was not bundled: the front end could not draw');
}

writeFileSync(
  path.join(root, path.dirname(yogaChunk[0]), wasmName),
  yoga.extracted.bytes,
);
chmodSync(path.join(outdir, 'cli.js'), 0o755);
