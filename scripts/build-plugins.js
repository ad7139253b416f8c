// The esbuild plugins of scripts/build.js.
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const source = path.resolve(import.meta.dirname, '../source');
const asUsual = Symbol('resolve as usual');

/** Where esbuild would resolve the import without the plugin asking. */
function resolveAsUsual(build, args) {
  return build.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: asUsual,
  });
}

/**
 * Splits the command line into the two builds. In the CommonJS one (every
 * command, nothing of Ink):
 *
 * - `cli.tsx`'s `import('./commands/x.js')` loads `commands/x.cjs`, built
 *   on its own, through scripts/compile-cache.cjs;
 * - the front end's entries, imported by `source/commands/front-end.ts` (in
 *   `cli.cjs`), stay imports of the ES module build in `ui/`; any other
 *   dynamic import of `source/ui/` fails the build, so Ink never slips
 *   into a command's file;
 * - a dynamic import of a package left out of the bundle (node:https, the
 *   keychain's native addon) becomes a require(): a file compiled with a
 *   code cache cannot run import().
 */
export function commandBoundary(frontEndEntries) {
  return {
    name: 'command-boundary',
    setup(build) {
      build.onResolve({filter: /^\./}, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = path
          .relative(source, path.resolve(args.resolveDir, args.path))
          .replace(/\.js$/, '');
        if (
          target.startsWith('commands/') &&
          args.importer.endsWith('cli.tsx')
        ) {
          return {path: target, namespace: 'command'};
        }

        const isFrontEnd = args.importer.endsWith('front-end.ts');
        if (isFrontEnd && frontEndEntries.includes(target)) {
          return {path: `./${target}.js`, external: true};
        }

        if (target.startsWith('ui/')) {
          const text = `${target} needs Ink: load it through source/commands/front-end.ts`;

          return {errors: [{text}]};
        }

        return undefined;
      });
      build.onResolve({filter: /^[^./]/}, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        if (args.pluginData === asUsual) return undefined;
        const resolved = await resolveAsUsual(build, args);
        const isBundled = resolved.errors.length === 0 && !resolved.external;

        return isBundled ? resolved : {path: args.path, namespace: 'required'};
      });
      build.onLoad({filter: /.*/, namespace: 'required'}, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      build.onResolve({filter: /.*/, namespace: 'required'}, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({filter: /.*/, namespace: 'command'}, (args) => ({
        contents: [
          "const load = require('./compile-cache.cjs');",
          `const file = require('node:path').join(__dirname, '${args.path}.cjs');`,
          'module.exports = load(file);',
        ].join('\n'),
        loader: 'js',
        resolveDir: import.meta.dirname,
      }));
    },
  };
}

const narrowWidth = path.join(import.meta.dirname, 'string-width.cjs');

/**
 * Sends every import of string-width 8, the one Ink measures with, through
 * scripts/string-width.cjs, which loads it only for text it cannot measure
 * itself. An older copy that wrap-ansi keeps is left as it is.
 */
export const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, async (args) => {
      if (args.pluginData === asUsual) return undefined;
      const resolved = await resolveAsUsual(build, args);
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

const wasmDataUrl = /"data:application\/octet-stream;base64,([A-Za-z\d+/=]+)"/g;

/** Where the front end's chunks find Yoga's WebAssembly. */
export const wasmName = 'yoga.wasm';

/**
 * Ink lays out with Yoga, which ships its WebAssembly as a base64 data URL
 * inside a JavaScript file and, on Node, loads it with fetch(): that starts
 * Node's whole fetch implementation and decodes 120 kB of base64 at every
 * start of the home screen. This plugin takes the bytes out at build time
 * (`extracted.bytes`, for a .wasm file beside the chunk that loads Yoga)
 * and gives them to Yoga's loader as `wasmBinary`, read from that file.
 */
export function yogaWasm() {
  const extracted = {bytes: undefined};
  const plugin = {
    name: 'yoga-wasm',
    setup(build) {
      build.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const found = [...text.matchAll(wasmDataUrl)];
        if (found.length !== 1) {
          throw new Error(
            `expected one base64 WebAssembly module in ${args.path}, ` +
              `found ${found.length}: has yoga-layout changed?`,
          );
        }

        extracted.bytes = Buffer.from(found[0][1], 'base64');

        return {contents: text.replace(wasmDataUrl, '""'), loader: 'js'};
      });

      build.onLoad({filter: /yoga-layout\/dist\/src\/index\.js$/}, (args) => ({
        resolveDir: path.dirname(args.path),
        loader: 'js',
        contents: `
import {readFileSync} from 'node:fs';
import loadYoga from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const wasmBinary = readFileSync(new URL('./${wasmName}', import.meta.url));
export default wrapAssembly(await loadYoga({wasmBinary}));
export * from './generated/YGEnums.js';
`,
      }));
    },
  };

  return {plugin, extracted};
}
