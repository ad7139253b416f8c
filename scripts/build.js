#!/usr/bin/env node
// Bundles source/ into dist/ with esbuild, as two builds:
//
// - the commands, CommonJS: dist/cli.cjs (the bin) and one file per command
//   in dist/commands/, required when the command runs. Node 20 loads
//   CommonJS files far faster than ES modules (each ES module costs ~0.5 ms
//   to resolve, fetch and link), which is most of `check --json`'s start.
// - the Ink front end, ES modules (Yoga loads with a top-level await):
//   dist/ui/, imported by the commands that draw, split into chunks.
import {chmodSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {
  commandBoundary,
  lazyStringWidth,
  wasmName,
  yogaWasm,
} from './build-plugins.js';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
// `--metafile FILE` writes esbuild's account of every file and what is in
// it, for the benchmarks; it is kept out of dist/ so it never ships.
const metafileFlag = process.argv.indexOf('--metafile');
const metafilePath =
  metafileFlag === -1 ? undefined : process.argv[metafileFlag + 1];

/** The front end's modules, as source/commands/front-end.ts loads them. */
const frontEndEntries = ['ui/start', 'ui/live-check'];
const commands = [
  ...readFileSync(path.join(root, 'source/cli.tsx'), 'utf8').matchAll(
    /import\('\.\/commands\/([\w-]+)\.js'\)/g,
  ),
].map((match) => match[1]);

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // A native addon cannot be bundled; it resolves from node_modules.
  external: ['@napi-rs/keyring'],
  alias: {
    'react-devtools-core': './scripts/empty.js',
    'ajv/dist/2020.js': './scripts/conf-extras.js',
    'ajv-formats': './scripts/conf-extras.js',
    semver: './scripts/conf-extras.js',
  },
  define: {'process.env.NODE_ENV': '"production"'},
  legalComments: 'none',
  // Half the bytes to read and parse: the front end's largest chunk goes
  // from ~970 kB to ~450 kB.
  minify: true,
  logLevel: 'warning',
  metafile: true,
};

rmSync(outdir, {recursive: true, force: true});

const yoga = yogaWasm();
const frontEnd = await build({
  ...shared,
  entryPoints: Object.fromEntries(
    frontEndEntries.map((entry) => [entry, `source/${entry}.ts`]),
  ),
  outdir,
  splitting: true,
  format: 'esm',
  chunkNames: 'ui/chunks/[name]-[hash]',
  // Some dependencies are CommonJS and call require() at run time.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  plugins: [yoga.plugin, lazyStringWidth],
});

const commandLine = await build({
  ...shared,
  entryPoints: {
    cli: 'source/cli.tsx',
    ...Object.fromEntries(
      commands.map((name) => [
        `commands/${name}`,
        `source/commands/${name}.ts`,
      ]),
    ),
  },
  outdir,
  format: 'cjs',
  outExtension: {'.js': '.cjs'},
  plugins: [commandBoundary(frontEndEntries)],
});

const outputs = {
  ...frontEnd.metafile.outputs,
  ...commandLine.metafile.outputs,
};

for (const [file, output] of Object.entries(commandLine.metafile.outputs)) {
  const drawing = Object.keys(output.inputs).find((input) =>
    /node_modules\/(ink|react|yoga-layout)\//.test(input),
  );
  if (drawing) throw new Error(`${file} holds ${drawing}: it must not draw`);
  const isCached = file.startsWith('dist/commands/');
  if (
    isCached &&
    readFileSync(path.join(root, file), 'utf8').includes('import(')
  ) {
    throw new Error(`${file} calls import(), which its code cache cannot run`);
  }
}

// Yoga's WebAssembly goes beside the chunk that reads it.
const yogaChunk = Object.entries(frontEnd.metafile.outputs).find(([, output]) =>
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
chmodSync(path.join(outdir, 'cli.cjs'), 0o755);

if (metafilePath) {
  const inputs = {...frontEnd.metafile.inputs, ...commandLine.metafile.inputs};
  writeFileSync(metafilePath, JSON.stringify({inputs, outputs}));
}
