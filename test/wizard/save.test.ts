import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {SecretStore} from '../../source/store/types.js';
import type {SetupInput} from '../../source/wizard/index.js';
import {saveSetup} from '../../source/wizard/index.js';
import {clientId, clientSecret, testContext} from './fixtures.js';

const answers = {region: 'eu-west-1', clientId, clientSecret, profileName: 'p'};

function secretStore(available: boolean): SecretStore {
  return {
    probe: async () =>
      available
        ? {available: true}
        : {available: false, reason: 'No keychain.', remedy: 'Install one.'},
    get: async () => null,
    set: async () => undefined,
    delete: async () => false,
    list: async () => [],
  };
}

test('saving probes the keychain first and writes nothing without it', async () => {
  const saved: SetupInput[] = [];
  const outcome = await saveSetup(answers, testContext(), {
    secrets: secretStore(false),
    saveProfile: async (input) => void saved.push(input),
  });

  assert.deepEqual(outcome, {ok: false, message: 'No keychain. Install one.'});
  assert.equal(saved.length, 0);
});

test('saving hands the resolved answers to the store', async () => {
  const saved: SetupInput[] = [];
  const outcome = await saveSetup(answers, testContext(), {
    secrets: secretStore(true),
    saveProfile: async (input) => void saved.push(input),
  });

  assert.equal(outcome.ok, true);
  assert.equal(saved[0]?.environment.domain, 'mypurecloud.ie');
  assert.equal(saved[0]?.name, 'p');
});

test('a failed save says so without the secret', async () => {
  const outcome = await saveSetup(answers, testContext(), {
    secrets: secretStore(true),
    saveProfile: async () => {
      throw new Error('disk full');
    },
  });

  assert.equal(outcome.ok, false);
  assert.match(outcome.ok ? '' : outcome.message, /disk full/);
});
