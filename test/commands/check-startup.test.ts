import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
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

/** Every file and package `entry` can load, dynamic imports included. */
function reachable(entry: string): {files: Set<string>; packages: Set<string>} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(importPattern)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) {
        pending.push(resolveSource(file, specifier));
      } else {
        packages.add(specifier);
      }
    }
  }

  return {files, packages};
}

test('check loads no Ink, no React and no front end', () => {
  const {files, packages} = reachable(
    path.join(root, 'source/commands/check.ts'),
  );
  const frontEnds = [...files].filter((file) =>
    /source\/(ui|plain|wizard)\//.test(path.relative(root, file)),
  );
  const heavy = [...packages].filter((name) =>
    /^(ink|react|@inkjs\/|ink-|@inquirer\/)/.test(name),
  );

  assert.ok(files.size > 10, 'the walk found the command and its parts');
  assert.deepEqual(frontEnds, []);
  assert.deepEqual(heavy, []);
});
