import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const typeImport = /\b(?:import|export)\s+type\s[^;]*;/g;
const importPattern =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function resolveSource(from: string, specifier: string): string {
  const target = path.resolve(path.dirname(from), specifier);
  const candidates = [
    target.replace(/\.js$/, '.ts'),
    target.replace(/\.js$/, '.tsx'),
    target,
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  assert.ok(found, `${specifier} from ${from} does not resolve`);

  return found;
}

interface Graph {
  files: Set<string>;
  packages: Set<string>;
  /** Files reached only through `import()`, from the files above. */
  deferred: Set<string>;
}

/** What `entry` loads up front; `import()` is followed only if asked. */
function reachable(entry: string, isDeferredFollowed: boolean): Graph {
  const graph: Graph = {
    files: new Set(),
    packages: new Set(),
    deferred: new Set(),
  };
  const pending = [entry];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    // Type-only imports are erased: they load nothing.
    const text = readFileSync(file, 'utf8').replaceAll(typeImport, '');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1];
      if (!specifier) continue;
      const isDeferred = match[0].startsWith('import(');
      if (!specifier.startsWith('.')) {
        if (isDeferredFollowed || !isDeferred) graph.packages.add(specifier);
        continue;
      }

      const target = resolveSource(file, specifier);
      if (isDeferred && !isDeferredFollowed) graph.deferred.add(target);
      else pending.push(target);
    }
  }

  return graph;
}

const relative = (file: string) => path.relative(root, file);
const isFrontEnd = (file: string) =>
  /^source\/(ui|plain|wizard)\//.test(relative(file));
const isHeavy = (name: string) =>
  /^(ink|react|@inkjs\/|ink-|@inquirer\/)/.test(name);
const check = path.join(root, 'source/commands/check.ts');

test('check loads no Ink, no React and no front end up front', () => {
  const {files, packages} = reachable(check, false);

  assert.ok(files.size > 10, 'the walk found the command and its parts');
  assert.deepEqual([...files].filter(isFrontEnd), []);
  assert.deepEqual([...packages].filter(isHeavy), []);
});

test('the only ways from check to a front end are its terminal views', () => {
  const {deferred} = reachable(check, false);
  const intoFrontEnd = [...deferred].filter(isFrontEnd).map(relative);

  // The plain view by import; the Ink one only through the context's
  // front-end loader, which cli.tsx gives.
  assert.deepEqual(intoFrontEnd, ['source/plain/check-progress.ts']);
  // The plain view prints lines: it loads no Ink, no React, no prompts.
  const plain = reachable(
    path.join(root, 'source/plain/check-progress.ts'),
    true,
  );
  const isInk = (file: string) => /^source\/ui\//.test(relative(file));
  assert.deepEqual([...plain.files].filter(isInk).map(relative), []);
  assert.deepEqual([...plain.packages].filter(isHeavy), []);
  // Everything else check may load later is as light as what it loads now.
  const later = [...deferred].filter((file) => !isFrontEnd(file));
  for (const file of later) {
    const {files: more, packages} = reachable(file, true);
    assert.deepEqual([...more].filter(isFrontEnd).map(relative), []);
    assert.deepEqual([...packages].filter(isHeavy), [], relative(file));
  }
});
