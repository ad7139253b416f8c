import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  startGarbage,
  startHeaderFlood,
  startHugeBody,
  startSlowDrip,
  startSlowHeaders,
  startStorm,
  type HostileTcpServer,
} from '../helpers/hostile.js';
import type {TestServer} from '../helpers/servers.js';
import {
  body,
  calls,
  type Expectation,
  failsWith,
  network,
  retry,
  runAll,
  status,
  watchUnhandledRejections,
} from './client-calls.js';

const assertNoUnhandledRejections = watchUnhandledRejections();

/** A hostile server, and how many requests or connections it was sent. */
interface Hostile {
  url: string;
  served(): number;
  close(): Promise<void>;
}

const counted = async (start: Promise<TestServer>): Promise<Hostile> => {
  const server = await start;

  return {...server, served: () => server.requests.length};
};

const connected = async (
  start: Promise<HostileTcpServer>,
): Promise<Hostile> => {
  const server = await start;

  return {...server, served: server.connections};
};

interface HostileFault {
  name: string;
  start(): Promise<Hostile>;
  expect: Expectation;
  /** Per attempt, when reading a megabyte must not race the timeout. */
  timeoutMs?: number;
}

const anHourFromNow = () => new Date(Date.now() + 3_600_000).toUTCString();

const hostileFaults: HostileFault[] = [
  {
    name: '500 storm',
    start: () => counted(startStorm(500)),
    expect: status(500),
  },
  {
    name: '502 storm',
    start: () => counted(startStorm(502)),
    expect: status(502),
  },
  {
    name: '429 storm, Retry-After 0',
    start: () => counted(startStorm(429, {'Retry-After': '0'})),
    expect: status(429),
  },
  {
    name: '429, Retry-After an hour',
    start: () => counted(startStorm(429, {'Retry-After': '3600'})),
    expect: status(429),
  },
  {
    name: '429, Retry-After as a date an hour away',
    start: () => counted(startStorm(429, {'Retry-After': anHourFromNow()})),
    expect: status(429),
  },
  {
    name: '503, Retry-After an hour',
    start: () => counted(startStorm(503, {'Retry-After': '3600'})),
    expect: status(503),
  },
  {
    name: 'huge body with its length declared',
    start: () => counted(startHugeBody(true)),
    expect: body('too-large'),
    timeoutMs: 10_000,
  },
  {
    name: 'huge chunked body',
    start: () => counted(startHugeBody(false)),
    expect: body('too-large'),
    timeoutMs: 10_000,
  },
  {
    name: 'slow drip of the body',
    start: () => counted(startSlowDrip(50)),
    expect: network('timeout'),
  },
  {
    name: 'slow drip of the headers',
    start: () => connected(startSlowHeaders(50)),
    expect: network('timeout'),
  },
  {
    name: 'not HTTP at all',
    start: () => connected(startGarbage()),
    expect: network('reset'),
  },
  {
    name: 'endless header',
    start: () => connected(startHeaderFlood()),
    expect: network('reset'),
  },
];

for (const fault of hostileFaults) {
  test(`hostile ${fault.name}: a typed failure, no hang`, async (t) => {
    const server = await fault.start();
    t.after(() => server.close());

    const settled = await runAll(server.url, {timeoutMs: fault.timeoutMs});

    failsWith(fault.expect, settled);
    const served = server.served();
    const most = calls.length * retry.maxAttempts;

    assert.ok(served >= 1 && served <= most, `${served} requests`);
  });
}

test('retries stay within their bounds, counted by the server', async (t) => {
  const cases: Array<[string, () => ReturnType<typeof startStorm>, boolean]> = [
    ['500', () => startStorm(500), true],
    ['501', () => startStorm(501), false],
    ['429 Retry-After 0', () => startStorm(429, {'Retry-After': '0'}), true],
    [
      '429 Retry-After 3600',
      () => startStorm(429, {'Retry-After': '3600'}),
      false,
    ],
  ];

  for (const [name, start, isRetried] of cases) {
    const server = await start();
    t.after(() => server.close());
    await runAll(server.url);

    for (const call of calls) {
      const served = server.requests.filter(
        (request) => request.url.split('?')[0] === call.path,
      ).length;
      const repeatsPost = name.startsWith('429') && isRetried;
      const expected =
        isRetried && (call.isRepeatable || repeatsPost) ? retry.maxAttempts : 1;

      assert.equal(served, expected, `${name} ${call.name}`);
    }
  }
});

test('no promise was left to reject unhandled', () =>
  assertNoUnhandledRejections());
