import assert from 'node:assert/strict';
import {after} from 'node:test';
import {createGenesysClient} from '../../source/genesys/client.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import type {
  ClientOptions,
  Environment,
  Failure,
  Outcome,
} from '../../source/genesys/types.js';

/** A client-credentials pair whose secret is easy to look for. */
export const credentials = {
  clientId: 'client-1',
  clientSecret: 'secret-value-123',
};

/** The environment an input names; fails the test when it names none. */
export function environmentOf(input: string): Environment {
  const resolved = resolveEnvironment(input);
  assert.ok(resolved.ok, input);

  return resolved.environment;
}

/** A client with tiny retry delays, closed when the test file ends. */
export function testClient(
  input: string,
  options: Partial<ClientOptions> = {},
) {
  const client = createGenesysClient({
    environment: environmentOf(input),
    retry: {baseDelayMs: 1, maxDelayMs: 5},
    env: {},
    ...options,
  });
  after(() => client.close());

  return client;
}

/** The failure of an outcome that must have failed. */
export function failureOf<T>(outcome: Outcome<T>): Failure {
  assert.ok(!outcome.ok, 'expected a failure');

  return outcome.failure;
}

/** Polls until `condition` holds, or fails after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  timeoutMs = 2000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;

  while (!condition()) {
    if (Date.now() > deadline) assert.fail('condition not met in time');

    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
