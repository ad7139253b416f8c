import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {
  anyText,
  base64SecretLike,
  echoedPart,
  secretLike,
} from './arbitraries.js';
import {
  assembledUrls,
  hosts,
  regionish,
  webUrls,
} from './region-arbitraries.js';

const accepted =
  'Enter a region such as eu-west-1, a domain such as mypurecloud.ie, ' +
  'or a URL copied from your browser.';

// Written here rather than imported, so a mistake in the code under test
// cannot hide in its own definition of loopback.
function isLoopbackHostname(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

const domainLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The properties every answer of resolveEnvironment must have. */
function assertSound(input: string): void {
  const resolved = resolveEnvironment(input);

  if (!resolved.ok) {
    assert.ok(resolved.message.endsWith(accepted), resolved.message);
    assert.ok(resolved.message.length > accepted.length);

    return;
  }

  const {environment} = resolved;
  const login = new URL(environment.loginBaseUrl);
  const api = new URL(environment.apiBaseUrl);

  for (const url of [login, api]) {
    assert.equal(url.username + url.password, '', 'no userinfo');
    assert.equal(url.pathname + url.search + url.hash, '/');
  }

  assert.equal(login.origin, environment.loginBaseUrl);
  assert.equal(api.origin, environment.apiBaseUrl);

  if (environment.isLocal) {
    assert.ok(isLoopbackHostname(login.hostname), login.hostname);
    assert.equal(environment.loginBaseUrl, environment.apiBaseUrl);

    return;
  }

  assert.equal(login.protocol, 'https:');
  assert.equal(api.protocol, 'https:');
  assert.equal(login.port + api.port, '');
  assert.equal(login.hostname, `login.${environment.domain}`);
  assert.equal(api.hostname, `api.${environment.domain}`);
  assert.ok(!isLoopbackHostname(environment.domain));
  assert.ok(environment.domain.split('.').length >= 2);
  for (const label of environment.domain.split('.')) {
    assert.match(label, domainLabel);
  }

  if (!environment.isKnown) assert.ok(resolved.warning);
}

const padding = fc.constantFrom('', ' ', '\t', '\n', ' \r\n', '\u00a0');

test('any text: resolves or is refused with the accepted forms', () => {
  fc.assert(
    fc.property(anyText, (input) => assertSound(input)),
    {
      numRuns: 2000,
    },
  );
});

test('URLs of every shape: https or loopback, never userinfo', () => {
  fc.assert(
    fc.property(fc.oneof(assembledUrls, webUrls), (input) =>
      assertSound(input),
    ),
    {numRuns: 2500},
  );
});

test('hosts, domains and region-like words without a scheme', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        hosts,
        regionish,
        fc.domain().map((d) => `api.${d}`),
      ),
      (input) => assertSound(input),
    ),
    {numRuns: 1500},
  );
});

test('surrounding whitespace never changes the answer', () => {
  fc.assert(
    fc.property(
      fc.oneof(hosts, regionish, assembledUrls),
      padding,
      padding,
      (input, before, after) => {
        assert.deepEqual(
          resolveEnvironment(`${before}${input}${after}`),
          resolveEnvironment(input),
        );
      },
    ),
    {numRuns: 500},
  );
});

test('plain http is accepted for loopback hosts only', () => {
  fc.assert(
    fc.property(assembledUrls, (input) => {
      const resolved = resolveEnvironment(input);
      if (!resolved.ok) return;

      const login = new URL(resolved.environment.loginBaseUrl);
      if (login.protocol === 'http:') {
        assert.ok(isLoopbackHostname(login.hostname), input);
      }
    }),
    {numRuns: 1000},
  );
});

test('no part of a secret pasted as the region is echoed back', () => {
  fc.assert(
    fc.property(
      fc.oneof(secretLike, base64SecretLike),
      padding,
      (secret, pad) => {
        const resolved = resolveEnvironment(`${pad}${secret}`);

        assert.equal(resolved.ok, false);
        assert.ok(!resolved.ok);
        assert.equal(echoedPart(secret, resolved.message), null);
      },
    ),
    {numRuns: 1000},
  );
});

test('huge inputs are answered without throwing', () => {
  const huge = fc
    .tuple(
      fc.oneof(anyText, regionish, hosts, assembledUrls),
      fc.integer({min: 10_000, max: 200_000}),
      fc.constantFrom('', 'https://', 'eu-west-1', 'api.'),
    )
    .map(([piece, length, prefix]) => {
      const unit = piece === '' ? 'a' : piece;
      const copies = Math.ceil(length / unit.length);

      return prefix + unit.repeat(copies).slice(0, length);
    });

  fc.assert(
    fc.property(huge, (input) => assertSound(input)),
    {numRuns: 40},
  );
});
