import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {WizardAction} from '../../source/wizard/index.js';
import {currentStep, currentValue} from '../../source/wizard/index.js';
import {clientId, clientSecret, play, testContext} from './fixtures.js';

const submit = (value: string): WizardAction => ({type: 'submit', value});

test('good answers walk from welcome to the saving step', () => {
  const state = play([
    submit(''),
    submit('eu-west-1'),
    submit(clientId),
    submit(clientSecret),
    submit('prod'),
  ]);

  assert.equal(currentStep(state).id, 'saving');
  assert.deepEqual(state.answers, {
    region: 'eu-west-1',
    clientId,
    clientSecret,
    profileName: 'prod',
  });
});

test('a refused answer stays on its step with the message', () => {
  const state = play([submit(''), submit('eu-west-1'), submit('nope')]);

  assert.equal(currentStep(state).id, 'client-id');
  assert.match(state.error ?? '', /UUIDs/);
  assert.equal(state.answers.clientId, undefined);
  assert.equal(play([{type: 'edit'}], testContext(), state).error, undefined);
});

test('back keeps the answers and offers them again', () => {
  const context = testContext();
  const state = play(
    [submit(''), submit('us-east-1'), submit(clientId), {type: 'back'}],
    context,
  );

  assert.equal(currentStep(state).id, 'client-id');
  assert.equal(currentValue(state, context), clientId);
  const earlier = play([{type: 'back'}], context, state);
  assert.equal(currentStep(earlier).id, 'region');
  assert.equal(currentValue(earlier, context), 'us-east-1');
});

test('a warning asks once; the same answer again is accepted', () => {
  const warned = play([submit(''), submit('example.org')]);

  assert.equal(currentStep(warned).id, 'region');
  assert.match(warned.warning ?? '', /not one of Genesys' known/);
  const accepted = play([submit('example.org')], testContext(), warned);
  assert.equal(currentStep(accepted).id, 'client-id');
  assert.equal(accepted.answers.region, 'example.org');
});

test('a different answer after a warning is checked afresh', () => {
  const warned = play([submit(''), submit('example.org')]);
  const next = play([submit('example.net')], testContext(), warned);

  assert.equal(currentStep(next).id, 'region');
  assert.match(next.warning ?? '', /example\.net/);
});

test('an existing profile name asks before replacing', () => {
  const context = testContext({profileNames: ['prod']});
  const state = play(
    [submit(''), submit('eu-west-1'), submit(clientId)],
    context,
  );
  const warned = play([submit(clientSecret), submit('prod')], context, state);

  assert.match(warned.warning ?? '', /replaces it/);
  assert.equal(currentStep(warned).id, 'profile-name');
});

test('the store can refuse a profile name', () => {
  const context = testContext({
    validateProfileName: (name) =>
      name.includes('/') ? 'No slashes in a name.' : undefined,
  });
  const state = play(
    [submit(''), submit('eu-west-1'), submit(clientId), submit(clientSecret)],
    context,
  );

  assert.equal(
    play([submit('a/b')], context, state).error,
    'No slashes in a name.',
  );
});

const savedResult = {saved: true, name: 'prod', keychain: 'k'} as const;

test('tasks move on only when reported, and checks cannot go back', () => {
  const saving = play([
    submit(''),
    submit('eu-west-1'),
    submit(clientId),
    submit(clientSecret),
    submit('prod'),
  ]);

  assert.equal(play([submit('x')], testContext(), saving), saving);
  const failed = play(
    [{type: 'task-failed', message: 'No keychain.'}],
    testContext(),
    saving,
  );
  assert.equal(failed.error, 'No keychain.');
  assert.equal(
    currentStep(play([{type: 'back'}], testContext(), failed)).id,
    'profile-name',
  );
  assert.equal(play([{type: 'task-done'}], testContext(), saving), saving);
  const checks = play(
    [{type: 'saved', result: savedResult}],
    testContext(),
    saving,
  );
  assert.equal(currentStep(checks).id, 'checks');
  assert.deepEqual(checks.save, savedResult);
  assert.equal(play([{type: 'back'}], testContext(), checks), checks);
  assert.equal(
    play([{type: 'task-done'}], testContext(), checks).isComplete,
    true,
  );
});

test('checks of an unsaved setup go back to the secret, answers kept', () => {
  const saving = play([
    submit(''),
    submit('eu-west-1'),
    submit(clientId),
    submit(clientSecret),
    submit('prod'),
  ]);
  const result = {saved: false, reason: 'invalid_client'} as const;
  const checks = play([{type: 'saved', result}], testContext(), saving);

  assert.equal(currentStep(checks).id, 'checks');
  assert.deepEqual(checks.save, result);
  const back = play([{type: 'back'}], testContext(), checks);
  assert.equal(currentStep(back).id, 'client-secret');
  assert.deepEqual(back.answers, saving.answers);
  assert.equal(back.save, undefined);
});

test('defaults fill in what the context offers', () => {
  const context = testContext({defaults: {region: 'eu-west-1', clientId}});
  const state = play([submit('')], context);

  assert.equal(currentValue(state, context), 'eu-west-1');
  const next = play([submit('eu-west-1')], context, state);
  assert.equal(currentValue(next, context), clientId);
});
