import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli} from './helpers/run-cli.js';

test('--version prints the package version', async () => {
  const result = await runCli(['--version']);

  assert.equal(result.code, 0);
  assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('no command prints usage on stderr and exits 2', async () => {
  const result = await runCli([]);

  assert.equal(result.code, 2);
  assert.match(result.stderr, /Usage: genesys-auth \[command\]/);
  assert.equal(result.stdout, '');
});

test('an unknown command names itself and exits 2', async () => {
  const result = await runCli(['chek']);

  assert.equal(result.code, 2);
  assert.match(result.stderr, /Unknown command 'chek'/);
});
