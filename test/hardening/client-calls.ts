import assert from 'node:assert/strict';
import {after} from 'node:test';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import type {
  Failure,
  GenesysClient,
  Outcome,
  RetryPolicy,
} from '../../source/genesys/types.js';

/**
 * Collects unhandled rejections for the rest of the file; the returned
 * function asserts there were none.
 */
export function watchUnhandledRejections(): () => Promise<void> {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  after(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  return async () => {
    // Let late socket errors surface first.
    await new Promise((resolve) => setImmediate(resolve));

    assert.deepEqual(unhandled, []);
  };
}

/** Per attempt: short, so a whole sweep of faults takes seconds. */
export const timeoutMs = 400;
/** Tight bounds, so retries are counted quickly. */
export const retry: RetryPolicy = {
  maxAttempts: 3,
  maxRetryAfterSeconds: 180,
  baseDelayMs: 5,
  maxDelayMs: 20,
};
const credentials = {clientId: 'hostile-id', clientSecret: 'hostile-secret'};

/** One call of the client, the path it requests, and whether it may repeat. */
export interface Call {
  name: string;
  path: string;
  isRepeatable: boolean;
  run(client: GenesysClient, token: string): Promise<Outcome<unknown>>;
}

export const calls: Call[] = [
  {
    name: 'token',
    path: '/oauth/token',
    isRepeatable: true,
    run: (client) => client.requestToken(credentials),
  },
  {
    name: 'tokens/me',
    path: '/api/v2/tokens/me',
    isRepeatable: true,
    run: (client, token) => client.getTokenInfo(token),
  },
  {
    name: 'organizations/me',
    path: '/api/v2/organizations/me',
    isRepeatable: true,
    run: (client, token) => client.getOrganization(token),
  },
  {
    name: 'users',
    path: '/api/v2/users',
    isRepeatable: true,
    run: (client, token) => client.getUsersPage(token),
  },
  {
    name: 'users/me',
    path: '/api/v2/users/me',
    isRepeatable: true,
    run: (client, token) => client.getUsersMe(token),
  },
  {
    name: 'identityproviders',
    path: '/api/v2/identityproviders',
    isRepeatable: true,
    run: (client, token) => client.getIdentityProviders(token),
  },
  {
    name: 'probe POST',
    path: '/api/v2/routing/queues',
    isRepeatable: false,
    run: (client, token) =>
      client.probe(token, 'POST', '/api/v2/routing/queues'),
  },
];

export type Settled = {call: Call; outcome: Outcome<unknown>};

function withinHangLimit<T>(
  promise: Promise<T>,
  label: string,
  limitMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${label} still pending after ${limitMs} ms`)),
      limitMs,
    );
  });

  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/**
 * Runs every call at once against one origin; none may hang or throw.
 * `timeoutMs` is per attempt.
 */
export async function runAll(
  url: string,
  options: {token?: string; timeoutMs?: number} = {},
): Promise<Settled[]> {
  const resolved = resolveEnvironment(url);
  assert.ok(resolved.ok);
  const perAttempt = options.timeoutMs ?? timeoutMs;
  const client = createGenesysClient({
    environment: resolved.environment,
    timeoutMs: perAttempt,
    retry,
  });
  // Every attempt timing out and every wait at its longest, with room for
  // a loaded machine: past this, a call is hanging.
  const limitMs = retry.maxAttempts * (perAttempt + retry.maxDelayMs) + 3000;
  try {
    return await Promise.all(
      calls.map(async (call) => ({
        call,
        outcome: await withinHangLimit(
          call.run(client, options.token ?? 'a-token'),
          call.name,
          limitMs,
        ),
      })),
    );
  } finally {
    client.close();
  }
}

export type Expectation = (failure: Failure, call: Call) => void;

export function failsWith(expected: Expectation, settled: Settled[]): void {
  for (const {call, outcome} of settled) {
    assert.ok(!outcome.ok, `${call.name} should fail`);
    assert.ok(outcome.records.length >= 1, call.name);
    assert.ok(outcome.records.length <= retry.maxAttempts, call.name);
    expected(outcome.failure, call);
  }
}

export const network =
  (...causes: string[]): Expectation =>
  (failure, call) => {
    assert.equal(failure.kind, 'network', call.name);
    assert.ok(failure.kind === 'network');
    assert.ok(causes.includes(failure.cause), `${call.name}: ${failure.cause}`);
    assert.ok(failure.message.length > 0);
  };

export const body =
  (reason: string): Expectation =>
  (failure, call) => {
    assert.equal(failure.kind, 'unexpected-body', call.name);
    assert.ok(failure.kind === 'unexpected-body');
    assert.equal(failure.reason, reason, call.name);
    assert.ok(failure.snippet.length <= 200);
  };

export const status =
  (code: number): Expectation =>
  (failure, call) => {
    assert.ok(failure.kind === 'api' || failure.kind === 'oauth', call.name);
    assert.equal(failure.status, code, call.name);
  };

/** Attempts a call is allowed: all of them when its answer is retried. */
export function attemptsFor(call: Call, isRetried: boolean): number {
  return isRetried && call.isRepeatable ? retry.maxAttempts : 1;
}
