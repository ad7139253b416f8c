import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runBatchSetup} from '../../source/commands/setup-batch.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {localServices} from '../../source/services/local.js';
import {openProfileStore} from '../../source/store/profiles.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {startStorm} from '../helpers/hostile.js';
import {
  keychainSecret,
  makeConfigDir,
  uniqueProfileName,
} from '../store/helpers.js';
import {runInProcess} from './in-process.js';

// Within the HTTP layer's default bound of 180 s, which would wait it out
// twice; far beyond the test's own guard of 8 s.
const longWait = 150;

test('setup --yes reports a token 429 with its Retry-After at once', async (t) => {
  const storm = await startStorm(429, {'Retry-After': String(longWait)});
  t.after(() => storm.close());
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {GENESYS_AUTH_CONFIG_DIR: dir};
  const name = uniqueProfileName('retry');
  const args = ['--yes', '--profile', name, '--region', storm.url];
  const clientId = 'a5c3e7d1-0000-4000-8000-0000000000aa';

  const result = await runInProcess(
    runBatchSetup,
    [...args, '--client-id', clientId, '--client-secret-stdin'],
    // Cancelled (130) rather than hung, should it wait after all.
    {env, input: 'a-secret-1', signal: AbortSignal.timeout(8000)},
  );

  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, /nothing was saved/);
  assert.match(result.stderr, /HTTP 429/);
  assert.match(
    result.stderr,
    new RegExp(`wait ${longWait} s \\(Retry-After\\)`),
  );
  assert.equal(storm.requests.length, 1, 'asked once, not retried');
  assert.equal((await openProfileStore({env})).get(name), null);
  assert.equal(await keychainSecret(name), undefined);
});

test("the front ends' checks report a long Retry-After at once", async (t) => {
  const emulator = await startTestEmulator(t, {
    scenario: 'rate-limited',
    retryAfterSeconds: longWait,
  });
  const resolution = resolveEnvironment(emulator.url);
  assert.ok(resolution.ok);
  const {id, secret} = emulator.defaultClient;
  // What setup, demo and home run, on a terminal or plain, after saving.
  const services = localServices({env: {}});

  const report = await services.runChecks(
    {
      profile: null,
      environment: resolution.environment,
      credentials: {clientId: id, clientSecret: secret},
    },
    {signal: AbortSignal.timeout(8000)},
  );

  const waits = report.checks.flatMap(
    (check) => check.diagnosis?.evidence.retryAfterSeconds ?? [],
  );
  assert.equal(report.ok, false);
  assert.ok(waits.includes(longWait), JSON.stringify(report.checks, null, 1));
  assert.equal(
    emulator.requestCount('/api/v2/tokens/me'),
    1,
    'the rate-limited call was not retried',
  );
});
