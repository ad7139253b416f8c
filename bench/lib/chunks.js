// Reads esbuild's metafile: which source files and packages each chunk of
// dist/ holds, and what a list of loaded files amounts to.
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The package an input path belongs to, or 'genesys-auth' for source/. */
export function packageOf(input) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);

  return match ? match[1] : 'genesys-auth';
}

/** Loads the metafile written by `scripts/build.js --metafile`. */
export function readMetafile(file, root) {
  const meta = JSON.parse(readFileSync(file, 'utf8'));
  const chunks = new Map();
  for (const [output, info] of Object.entries(meta.outputs)) {
    if (!/\.c?js$/.test(output)) continue;
    const packages = new Map();
    for (const [input, {bytesInOutput}] of Object.entries(info.inputs)) {
      const name = packageOf(input);
      packages.set(name, (packages.get(name) ?? 0) + bytesInOutput);
    }

    chunks.set(path.resolve(root, output), {bytes: info.bytes, packages});
  }

  return chunks;
}

/**
 * Turns a trace (lines "esm <url>" or "cjs <path>") into the chunks of
 * dist/ it loaded, the packages inside them, and the external files.
 */
export function describeTrace(trace, chunks) {
  const files = new Set();
  for (const line of trace.split('\n')) {
    const [kind, where] = [line.slice(0, 3), line.slice(4)];
    if (kind === 'esm' && where.startsWith('file:')) {
      files.add(fileURLToPath(where));
    } else if (kind === 'cjs') {
      files.add(where);
    }
  }

  const loadedChunks = [...files].filter((file) => chunks.has(file));
  const external = [...files].filter((file) => !chunks.has(file));
  const packages = new Map();
  for (const file of loadedChunks) {
    for (const [name, bytes] of chunks.get(file).packages) {
      packages.set(name, (packages.get(name) ?? 0) + bytes);
    }
  }

  for (const file of external) packages.set(packageOf(file), sizeOf(file));

  return {
    chunkCount: loadedChunks.length,
    chunkBytes: loadedChunks.reduce((sum, f) => sum + chunks.get(f).bytes, 0),
    external,
    packages: [...packages].sort((a, b) => b[1] - a[1]),
  };
}

function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
