import assert from 'node:assert/strict';
import {test} from 'node:test';
import {checkSchema} from '../../source/store/check-schema.js';
import {profileFileSchema} from '../../source/store/profile-schema.js';

const fileSchema = {type: 'object', properties: profileFileSchema};

const prod = {
  name: 'prod',
  regionInput: 'eu-west-1',
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  clientId: 'client-prod',
  createdAt: '2026-12-03T16:40:00Z',
  lastCheck: null,
};

test('a well-formed profile file passes', () => {
  const checked = {...prod, lastCheck: {at: 'x', ok: true, codes: ['a']}};

  assert.equal(checkSchema(fileSchema, {}), null);
  assert.equal(checkSchema(fileSchema, {profiles: {}}), null);
  assert.equal(checkSchema(fileSchema, {profiles: {prod}}), null);
  assert.equal(checkSchema(fileSchema, {profiles: {prod: checked}}), null);
  assert.equal(
    checkSchema(fileSchema, {profiles: {prod: {...prod, region: null}}}),
    null,
  );
});

test('each way a profile file can break the schema is named', () => {
  const cases: Array<[unknown, RegExp]> = [
    [[], /must be object/],
    [{profiles: []}, /`profiles` must be object/],
    [
      {profiles: {prod: {...prod, clientSecret: 'pasted'}}},
      /`profiles\/prod` must NOT have additional properties/,
    ],
    [
      {profiles: {prod: {...prod, clientId: undefined}}},
      /`profiles\/prod` must have required property 'clientId'/,
    ],
    [{profiles: {prod: {...prod, region: 3}}}, /`profiles\/prod\/region`/],
    [{profiles: {'a b': prod}}, /property name 'a b' must match pattern/],
    [{profiles: {['a'.repeat(65)]: prod}}, /is too long/],
    [
      {profiles: {prod: {...prod, lastCheck: {at: 'x', ok: 'yes', codes: []}}}},
      /`profiles\/prod\/lastCheck` must match a schema in anyOf/,
    ],
    [
      {profiles: {prod: {...prod, lastCheck: {at: 'x', ok: true, codes: [1]}}}},
      /anyOf/,
    ],
  ];
  for (const [value, message] of cases) {
    const withoutUndefined = JSON.parse(JSON.stringify(value)) as unknown;
    assert.match(checkSchema(fileSchema, withoutUndefined) ?? '', message);
  }
});
