// Ink lays out with Yoga, which ships its WebAssembly as a base64 data URL
// inside a JavaScript file and, on Node, loads it with fetch(): that starts
// Node's whole fetch implementation and decodes 120 kB of base64 on every
// start of the home screen. This esbuild plugin takes the bytes out at build
// time into a .wasm file beside the chunk that loads Yoga, and gives them to
// Yoga's loader as `wasmBinary`, read from disk.
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const dataUrl = /"data:application\/octet-stream;base64,([A-Za-z\d+/=]+)"/g;

export const wasmName = 'yoga.wasm';

/** The plugin, and the extracted bytes once the build has run. */
export function yogaWasm() {
  const extracted = {bytes: undefined};
  const plugin = {
    name: 'yoga-wasm',
    setup(build) {
      build.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const found = [...source.matchAll(dataUrl)];
        if (found.length !== 1) {
          throw new Error(
            `expected one base64 WebAssembly module in ${args.path}, ` +
              `found ${found.length}: has yoga-layout changed?`,
          );
        }

        extracted.bytes = Buffer.from(found[0][1], 'base64');

        return {contents: source.replace(dataUrl, '""'), loader: 'js'};
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
