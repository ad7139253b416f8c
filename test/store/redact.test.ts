import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {fingerprint, redact} from '../../source/store/redact.js';

test('a fingerprint is short, stable and tells secrets apart', () => {
  const value = 'Zx9-secret-value';

  assert.match(fingerprint(value), /^sha256:[0-9a-f]{8}$/);
  assert.equal(fingerprint(value), fingerprint(value));
  assert.notEqual(fingerprint(value), fingerprint(`${value}!`));
  assert.ok(!fingerprint(value).includes(value));
});

test('redacts a secret as is, in base64 and URL-encoded', () => {
  const secret = 'a+b/c=d e&f?';
  const base64 = Buffer.from(secret).toString('base64');
  const text = `raw ${secret} b64 ${base64} url ${encodeURIComponent(secret)}`;

  const result = redact(text, [secret]);

  assert.equal(result, 'raw [redacted] b64 [redacted] url [redacted]');
});

test('redacts a Basic header when given the id:secret pair', () => {
  const pair = 'client-id:the-secret';
  const header = `Authorization: Basic ${Buffer.from(pair).toString('base64')}`;

  assert.equal(
    redact(header, ['the-secret', pair]),
    'Authorization: Basic [redacted]',
  );
});

test('leaves text alone when there is nothing to redact', () => {
  assert.equal(redact('nothing here', ['', 'absent']), 'nothing here');
});

test('no redacted text still holds the secret', () => {
  const secret = fc.string({minLength: 12, maxLength: 48});

  fc.assert(
    fc.property(fc.string(), secret, fc.string(), (before, value, after) => {
      const result = redact(`${before}${value}${after}`, [value]);

      return !result.includes(value);
    }),
  );
});
