import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  defaultRetryPolicy,
  parseRetryAfter,
  retryDelayMs,
  sleep,
  type AttemptSummary,
} from '../../source/genesys/retry.js';

const summary: AttemptSummary = {
  status: 200,
  retryAfterSeconds: null,
  isTokenRateLimit: false,
  isStaleSocket: false,
  isRepeatable: true,
};
const policy = {...defaultRetryPolicy, maxAttempts: 6};

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  assert.equal(parseRetryAfter('42', now), 42);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now), 10);
  assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
});

test('5xx backoff doubles from the base and stops at the maximum', () => {
  const delays = [1, 2, 3, 4, 5].map((attempt) =>
    retryDelayMs({...summary, status: 503}, attempt, {
      ...policy,
      baseDelayMs: 1000,
      maxDelayMs: 5000,
    }),
  );

  assert.deepEqual(delays, [1000, 2000, 4000, 5000, 5000]);
});

test('what is retried and what is not', () => {
  const delay = (changes: Partial<AttemptSummary>, attempt = 1) =>
    retryDelayMs({...summary, ...changes}, attempt, policy);

  assert.equal(delay({status: 200}), null);
  assert.equal(delay({status: 404}), null);
  assert.equal(delay({status: 501}), null);
  assert.equal(delay({status: 503, isRepeatable: false}), null);
  assert.equal(delay({status: 429, retryAfterSeconds: 42}), 42_000);
  assert.equal(delay({status: 429, retryAfterSeconds: 181}), null);
  assert.equal(delay({status: 429}), policy.baseDelayMs);
  assert.equal(delay({status: 400, isTokenRateLimit: true}), 1000);
  assert.equal(delay({status: null, isStaleSocket: true}), 0);
  assert.equal(delay({status: 503}, policy.maxAttempts), null);
});

test('sleep rejects with the reason when aborted', async () => {
  const controller = new AbortController();
  const waiting = sleep(60_000, controller.signal);
  controller.abort(new Error('stop'));

  await assert.rejects(waiting, /stop/);
});
