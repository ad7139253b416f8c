import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {writeBundle} from '../../source/diagnosis/bundle.js';
import {sampleReport} from './sample-report.js';

let directory: string;

before(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'bundle-'));
});

after(async () => {
  await rm(directory, {recursive: true, force: true});
});

test('the bundle is written for its owner only', async () => {
  const file = path.join(directory, 'new.md');
  await writeBundle(file, [sampleReport()], {secrets: [], env: {}});

  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.match(await readFile(file, 'utf8'), /# genesys-auth support bundle/);
});

test('an existing file is tightened to 0600', async () => {
  const file = path.join(directory, 'old.md');
  await writeFile(file, 'old', {mode: 0o644});
  await writeBundle(file, [sampleReport()], {secrets: [], env: {}});

  assert.equal((await stat(file)).mode & 0o777, 0o600);
});

test('a secret that slipped into a report is redacted, base64 too', async () => {
  const secret = 'pl41n-s3cret-value';
  const report = sampleReport();
  const leaky = {
    ...report,
    checks: report.checks.map((check) => ({
      ...check,
      details: [
        `echo ${secret}`,
        `basic ${Buffer.from(secret).toString('base64')}`,
      ],
    })),
  };
  const file = path.join(directory, 'leak.md');
  await writeBundle(file, [leaky], {secrets: [secret], env: {}});
  const text = await readFile(file, 'utf8');

  assert.ok(!text.includes(secret));
  assert.ok(!text.includes(Buffer.from(secret).toString('base64')));
});
