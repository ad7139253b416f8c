import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {runChecks} from '../../source/diagnosis/run.js';
import type {CheckRequest} from '../../source/diagnosis/run.js';
import type {
  CheckEvent,
  CheckStatus,
  DiagnosisCode,
  Report,
} from '../../source/diagnosis/types.js';
import type {Emulator, ScenarioName} from '../../source/emulator/index.js';
import {startEmulator} from '../../source/emulator/index.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';

let emulator: Emulator;

before(async () => {
  emulator = await startEmulator();
});

after(async () => {
  await emulator.close();
});

function request(extra: Partial<CheckRequest> = {}): CheckRequest {
  const resolved = resolveEnvironment(emulator.url);
  assert.ok(resolved.ok);

  return {
    profile: null,
    environment: resolved.environment,
    credentials: {
      clientId: emulator.defaultClient.id,
      clientSecret: emulator.defaultClient.secret,
    },
    timeoutMs: 400,
    retry: {maxAttempts: 1},
    ...extra,
  };
}

type Expected = [
  statuses: [CheckStatus, CheckStatus, CheckStatus, CheckStatus, CheckStatus],
  codes: Array<DiagnosisCode | null>,
];

const tokenFails = (code: DiagnosisCode): Expected => [
  ['pass', 'fail', 'skip', 'skip', 'skip'],
  [null, code, null, null, null],
];

const expectations: Record<ScenarioName, Expected> = {
  healthy: [
    ['pass', 'pass', 'warn', 'pass', 'skip'],
    [null, null, 'no-user-context', null, 'sso-not-visible'],
  ],
  'wrong-secret': tokenFails('invalid-client'),
  'unknown-client': tokenFails('invalid-client'),
  'disabled-client': tokenFails('client-disabled'),
  'token-rate-limit': tokenFails('token-rate-limited'),
  'missing-permission': [
    ['pass', 'pass', 'warn', 'fail', 'skip'],
    [null, null, 'no-user-context', 'missing-permissions', 'sso-not-visible'],
  ],
  'rate-limited': [
    ['pass', 'pass', 'fail', 'fail', 'warn'],
    [null, null, 'rate-limited', 'rate-limited', 'rate-limited'],
  ],
  'token-expiring': [
    ['pass', 'warn', 'warn', 'pass', 'skip'],
    [null, 'short-token-lifetime', 'no-user-context', null, 'sso-not-visible'],
  ],
  'server-error': [
    ['pass', 'pass', 'fail', 'fail', 'warn'],
    [null, null, 'server-error', 'server-error', 'server-error'],
  ],
  'html-response': tokenFails('unexpected-response'),
  'truncated-json': tokenFails('unexpected-response'),
  'connection-reset': tokenFails('connection-reset'),
  'no-answer': tokenFails('timeout'),
};

async function runScenario(name: ScenarioName): Promise<Report> {
  emulator.setScenario(name);
  try {
    return await runChecks(request());
  } finally {
    emulator.setScenario('healthy');
  }
}

for (const [name, [statuses, codes]] of Object.entries(expectations)) {
  test(`scenario ${name}: statuses and diagnoses`, async () => {
    const report = await runScenario(name as ScenarioName);

    assert.deepEqual(
      report.checks.map((check) => check.id),
      ['environment', 'token', 'identity', 'permissions', 'sso'],
    );
    assert.deepEqual(
      report.checks.map((check) => check.status),
      statuses,
    );
    assert.deepEqual(
      report.checks.map((check) => check.diagnosis?.code ?? null),
      codes,
    );
    assert.equal(report.ok, !statuses.includes('fail'));
  });
}

test('healthy: identity from tokens/me, token by fingerprint only', async () => {
  const report = await runChecks(request());
  const identity = report.checks[2];

  assert.equal(report.ok, true);
  assert.equal(report.identity?.oauthClient?.id, emulator.defaultClient.id);
  assert.equal(report.identity?.oauthClient?.name, emulator.defaultClient.name);
  assert.ok(report.identity?.organization?.shortName);
  assert.equal(report.token?.type, 'bearer');
  assert.equal(report.token?.expiresInSeconds, 86_400);
  assert.match(report.token?.fingerprint ?? '', /^sha256:[\da-f]{8}$/);
  assert.ok(
    identity?.requests.some((record) => record.url.endsWith('/users/me')),
  );
  assert.ok(
    identity?.details.some((line) => /users\/me answered HTTP 400/.test(line)),
  );
  const sso = report.checks[4];
  assert.ok(sso?.details.some((line) => /does not apply/.test(line)));
});

test('a skipped check says why', async () => {
  const report = await runScenario('wrong-secret');

  assert.match(report.checks[2]?.summary ?? '', /token check failed/);
});

test('probes run with the permissions check; a 404 is named', async () => {
  const report = await runChecks(
    request({
      probes: [
        {method: 'GET', path: '/api/v2/routing/queues'},
        {method: 'GET', path: '/api/v2/routing/queuez'},
      ],
    }),
  );
  const permissions = report.checks[3];

  assert.equal(permissions?.status, 'fail');
  assert.equal(permissions?.requests.length, 3);
  assert.equal(permissions?.diagnosis?.code, 'api-error');
  assert.match(permissions?.details.join('\n') ?? '', /queues answered 200/);
});

test('a client with the SSO role lists the providers', async () => {
  const admin = emulator.clients.find((client) =>
    client.permissions.includes('sso:provider:view'),
  );
  assert.ok(admin);
  const report = await runChecks(
    request({credentials: {clientId: admin.id, clientSecret: admin.secret}}),
  );

  assert.equal(report.checks[4]?.status, 'pass');
  assert.ok(report.checks[4]?.details.some((line) => /^Provider: /.test(line)));
});

test('events: start and finish for every check, requests in between', async () => {
  const events: CheckEvent[] = [];
  await runChecks(request(), {onEvent: (event) => events.push(event)});
  const finished = events.flatMap((event) =>
    event.type === 'finish' ? [event.result.id] : [],
  );
  const started = events.flatMap((event) =>
    event.type === 'start' ? [event.id] : [],
  );

  assert.deepEqual(started.slice(0, 2), ['environment', 'token']);
  assert.deepEqual([...finished].sort(), [...started].sort());
  assert.equal(started.length, 5);
  assert.ok(events.some((event) => event.type === 'request'));
});

test('the later calls run concurrently', async () => {
  emulator.setLatency(150);
  try {
    const report = await runChecks(request({timeoutMs: 2000}));
    const later = report.checks.slice(2).flatMap((check) => check.requests);
    const firstStart = Math.min(...later.map((record) => record.startedAt));
    const lastStart = Math.max(...later.map((record) => record.startedAt));

    assert.equal(later.length, 5);
    // Sequential calls would start at least one latency apart.
    assert.ok(lastStart - firstStart < 150, `${lastStart - firstStart} ms`);
  } finally {
    emulator.setLatency(0);
  }
});

test('cancelling rejects with the signal reason', async () => {
  emulator.setScenario('no-answer');
  const controller = new AbortController();
  const reason = new Error('interrupted');
  try {
    const running = runChecks(request({timeoutMs: 5000}), {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'start' && event.id === 'token') {
          controller.abort(reason);
        }
      },
    });

    await assert.rejects(running, (error) => error === reason);
  } finally {
    emulator.setScenario('healthy');
  }
});
