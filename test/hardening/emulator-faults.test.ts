import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ScenarioName} from '../../source/emulator/index.js';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {
  attemptsFor,
  body,
  type Expectation,
  failsWith,
  network,
  retry,
  runAll,
  status,
  watchUnhandledRejections,
} from './client-calls.js';

const assertNoUnhandledRejections = watchUnhandledRejections();

interface EmulatorFault {
  scenario: ScenarioName;
  expect: Expectation;
  /** Calls that succeed in this scenario (the token, when it is issued). */
  succeeds?: string[];
  /** Whether the scenario's answers are retried. */
  isRetried?: boolean;
  retryAfterSeconds?: number;
}

const emulatorFaults: EmulatorFault[] = [
  {
    scenario: 'server-error',
    expect: status(503),
    succeeds: ['token'],
    isRetried: true,
  },
  {scenario: 'connection-reset', expect: network('reset')},
  {scenario: 'no-answer', expect: network('timeout')},
  {scenario: 'html-response', expect: body('html')},
  {scenario: 'truncated-json', expect: body('truncated-json')},
  {
    scenario: 'rate-limited',
    expect: status(429),
    succeeds: ['token'],
    retryAfterSeconds: 3600,
  },
];

for (const fault of emulatorFaults) {
  test(`emulator ${fault.scenario}: typed failures, bounded retries`, async (t) => {
    const emulator = await startTestEmulator(t, {
      retryAfterSeconds: fault.retryAfterSeconds,
    });
    const resolved = resolveEnvironment(emulator.url);
    assert.ok(resolved.ok);
    const setup = createGenesysClient({environment: resolved.environment});
    const token = await setup.requestToken({
      clientId: emulator.defaultClient.id,
      clientSecret: emulator.defaultClient.secret,
    });
    setup.close();
    assert.ok(token.ok);
    emulator.setScenario(fault.scenario);
    const before = emulator.requestCount('/oauth/token');

    const settled = await runAll(emulator.url, {
      token: token.value.accessToken,
    });
    const succeeds = fault.succeeds ?? [];

    failsWith(
      fault.expect,
      settled.filter(({call}) => !succeeds.includes(call.name)),
    );
    for (const {call} of settled) {
      const served =
        emulator.requestCount(call.path) - (call.name === 'token' ? before : 0);
      const allowed = attemptsFor(call, fault.isRetried === true);

      assert.ok(served >= 1 && served <= allowed, `${call.name}: ${served}`);
    }
  });
}

test('emulator token-rate-limit: retried within bounds, then stands', async (t) => {
  const emulator = await startTestEmulator(t, {scenario: 'token-rate-limit'});
  const settled = await runAll(emulator.url);
  const token = settled.find(({call}) => call.name === 'token');

  assert.ok(token && !token.outcome.ok);
  assert.equal(token.outcome.failure.kind, 'oauth');
  assert.equal(emulator.requestCount('/oauth/token'), retry.maxAttempts);
});

test('no promise was left to reject unhandled', () =>
  assertNoUnhandledRejections());
