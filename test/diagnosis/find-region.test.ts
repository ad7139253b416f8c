import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {
  findRegion,
  withRegionSearch,
} from '../../source/diagnosis/find-region.js';
import {runChecks} from '../../source/diagnosis/run.js';
import type {Emulator} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import type {Environment} from '../../source/genesys/types.js';

let regions: Emulator[] = [];

function environmentOf(url: string): Environment {
  const resolved = resolveEnvironment(url);
  assert.ok(resolved.ok);

  return resolved.environment;
}

before(async () => {
  // Four "regions": the client exists only in the third.
  regions = await Promise.all([
    startEmulator({scenario: 'unknown-client'}),
    startEmulator({scenario: 'unknown-client'}),
    startEmulator({scenario: 'healthy'}),
    startEmulator({scenario: 'unknown-client'}),
  ]);
});

after(async () => {
  await Promise.all(regions.map((region) => region.close()));
});

function credentials() {
  const client = regions[2]?.defaultClient;
  assert.ok(client);

  return {clientId: client.id, clientSecret: client.secret};
}

test('names the one region whose login host accepts the credentials', async () => {
  const environments = regions.map((region) => environmentOf(region.url));
  const search = await findRegion(credentials(), environments, {
    concurrency: 2,
    timeoutMs: 1000,
  });

  assert.equal(search.found?.loginBaseUrl, environments[2]?.loginBaseUrl);
  assert.ok(search.attempts.length >= 3);
  assert.ok(search.attempts.some((attempt) => attempt.result === 'rejected'));
});

test('finds nothing when no region accepts them', async () => {
  const environments = [0, 1, 3].map((index) =>
    environmentOf(regions[index]?.url ?? ''),
  );
  const search = await findRegion(credentials(), environments);

  assert.equal(search.found, null);
  assert.equal(search.attempts.length, 3);
});

test('a region that cannot be reached is counted as such', async () => {
  const closed = await startEmulator();
  const url = closed.url;
  await closed.close();
  const search = await findRegion(
    credentials(),
    [environmentOf(url), environmentOf(regions[2]?.url ?? '')],
    {concurrency: 1, timeoutMs: 500},
  );

  assert.equal(search.attempts[0]?.result, 'unreachable');
  assert.ok(search.found);
});

test('the token diagnosis becomes wrong-region, evidence kept', async () => {
  const configured = environmentOf(regions[0]?.url ?? '');
  const report = await runChecks({
    profile: null,
    environment: configured,
    credentials: credentials(),
    retry: {maxAttempts: 1},
  });
  const environments = regions.map((region) => environmentOf(region.url));
  const search = await findRegion(credentials(), environments);
  const updated = withRegionSearch(report, search);
  const token = updated.checks[1];

  assert.equal(report.checks[1]?.diagnosis?.code, 'invalid-client');
  assert.equal(token?.diagnosis?.code, 'wrong-region');
  assert.equal(token?.diagnosis?.evidence.oauthError, 'invalid_client');
  assert.ok(
    token?.diagnosis?.fix.some((step) =>
      step.includes(environments[2]?.domain ?? '?'),
    ),
  );
  assert.match(token?.details.at(-1) ?? '', /accepted these credentials/);
  assert.equal(updated.ok, false);
});
