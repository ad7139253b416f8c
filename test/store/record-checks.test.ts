import assert from 'node:assert/strict';
import {afterEach, beforeEach, test} from 'node:test';
import {openProfileStore} from '../../source/store/profiles.js';
import type {Profile} from '../../source/store/types.js';
import {makeConfigDir} from './helpers.js';

let dir = '';
let cleanup = async () => {};

beforeEach(async () => {
  ({dir, cleanup} = await makeConfigDir());
});

afterEach(() => cleanup());

function profile(name: string): Profile {
  return {
    name,
    regionInput: 'mypurecloud.ie',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: `client-${name}`,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
  };
}

test('records many results at once and names the missing profiles', async () => {
  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  store.save(profile('prod'));
  store.save(profile('dev'));
  const passed = {at: '2026-12-03T16:40:00Z', ok: true, codes: []};
  const failed = {at: '2026-12-03T16:41:00Z', ok: false, codes: ['timeout']};

  const missing = store.recordChecks([
    {name: 'prod', lastCheck: passed},
    {name: 'gone', lastCheck: passed},
    {name: 'dev', lastCheck: failed},
  ]);

  assert.deepEqual(missing, ['gone']);
  const reopened = await openProfileStore({
    env: {GENESYS_AUTH_CONFIG_DIR: dir},
  });
  assert.deepEqual(reopened.get('prod')?.lastCheck, passed);
  assert.deepEqual(reopened.get('dev')?.lastCheck, failed);
  assert.equal(reopened.get('gone'), null);
  assert.deepEqual(store.recordChecks([{name: 'x', lastCheck: passed}]), ['x']);
});
