import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  createBatchReadingSecretStore,
  createKeychainSecretStore,
} from '../../source/store/secrets.js';
import {uniqueProfileName} from './helpers.js';

test('the batch-reading keychain reads what the plain one wrote', async () => {
  const plain = createKeychainSecretStore();
  const batch = createBatchReadingSecretStore();
  const first = uniqueProfileName('batch-a');
  const second = uniqueProfileName('batch-b');
  const absent = uniqueProfileName('batch-none');
  try {
    await plain.set(first, 'first-batch-secret');
    await plain.set(second, 'second-batch-secret');

    assert.equal(await batch.get(first), 'first-batch-secret');
    assert.equal(await batch.get(second), 'second-batch-secret');
    assert.equal(await batch.get(absent), null);

    await batch.set(first, 'changed-batch-secret');
    assert.equal(await batch.get(first), 'changed-batch-secret');
    assert.equal(await batch.delete(second), true);
    assert.equal(await batch.get(second), null);
  } finally {
    await plain.delete(first);
    await plain.delete(second);
  }
});
