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
    keychain: 'the test keychain',
    async saveProfile(input) {
      saved.push(input);

      return {saved: true};
    },
  });

  assert.deepEqual(outcome, {ok: false, message: 'No keychain. Install one.'});
  assert.equal(saved.length, 0);
});

test('saving hands the resolved answers to the store', async () => {
  const saved: SetupInput[] = [];
  const outcome = await saveSetup(answers, testContext(), {
    secrets: secretStore(true),
    keychain: 'the test keychain',
    async saveProfile(input) {
      saved.push(input);

      return {saved: true};
    },
  });

  assert.equal(outcome.ok && outcome.result.saved, true);
  assert.equal(saved[0]?.environment.domain, 'mypurecloud.ie');
  assert.equal(saved[0]?.name, 'p');
});

test('a failed save says so without the secret', async () => {
  const outcome = await saveSetup(answers, testContext(), {
    secrets: secretStore(true),
    keychain: 'the test keychain',
    saveProfile: async () => {
      throw new Error('disk full');
    },
  });

  assert.equal(outcome.ok, false);
  assert.match(outcome.ok ? '' : outcome.message, /disk full/);
});

test('credentials that got no token go on to the checks unsaved', async () => {
  const lines: string[] = [];
  const outcome = await saveSetup(
    answers,
    testContext(),
    {
      secrets: secretStore(true),
      keychain: 'the test keychain',
      async saveProfile(_input, options) {
        options?.onStage?.('token');

        return {saved: false, reason: 'HTTP 400 invalid_client.'};
      },
    },
    {onProgress: (line) => lines.push(line)},
  );

  assert.deepEqual(outcome.ok && outcome.result, {
    saved: false,
    reason: 'HTTP 400 invalid_client.',
  });
  assert.deepEqual(lines, [
    'Checking the keychain…',
    'Requesting a token from login.mypurecloud.ie…',
  ]);
});
