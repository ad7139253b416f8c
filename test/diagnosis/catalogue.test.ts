import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {diagnosisCodes} from '../../source/diagnosis/types.js';

const root = path.resolve(import.meta.dirname, '../..');

test('docs/diagnostics.md has a section for every diagnosis code', async () => {
  const catalogue = await readFile(
    path.join(root, 'docs/diagnostics.md'),
    'utf8',
  );
  const documented = [...catalogue.matchAll(/^### `([a-z-]+)`$/gm)].map(
    (match) => match[1],
  );

  assert.deepEqual([...documented].sort(), [...diagnosisCodes].sort());
});
