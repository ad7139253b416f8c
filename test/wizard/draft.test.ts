import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {WizardAction} from '../../source/wizard/index.js';
import {
  currentStep,
  currentValue,
  startWizard,
} from '../../source/wizard/index.js';
import {clientId, clientSecret, play, testContext} from './fixtures.js';

const enter: WizardAction = {type: 'submit'};
const type = (input: string): WizardAction => ({type: 'edit', input});

test('Enter answers with what was typed, and the next step starts afresh', () => {
  const context = testContext({defaults: {clientId}});
  const state = play([enter, type('eu-'), type('west-1'), enter], context);

  assert.equal(state.answers.region, 'eu-west-1');
  assert.equal(currentStep(state).id, 'client-id');
  assert.equal(currentValue(state, context), clientId);
  const next = play([enter], context, state);
  assert.equal(next.answers.clientId, clientId);
  assert.equal(currentStep(next).id, 'client-secret');
  assert.equal(currentValue(next, context), '');
});

test('keys edit the draft: Backspace, Ctrl-U, and a held Backspace', () => {
  const context = testContext();
  const region = play([enter, type('eu-west-1x')], context);

  assert.equal(
    currentValue(play([type('\b')], context, region), context),
    'eu-west-1',
  );
  assert.equal(
    currentValue(play([type('\u0015')], context, region), context),
    '',
  );
  assert.equal(
    currentValue(play([type('\u007F\u007F\u007F2')], context, region), context),
    'eu-west2',
  );
});

test('a submit meant for another step is ignored', () => {
  const context = testContext();
  const region = play([enter], context);
  const idStep = play(
    [{type: 'submit', value: 'eu-west-1', stepId: 'region'}],
    context,
    region,
  );

  assert.equal(currentStep(idStep).id, 'client-id');
  const late = {type: 'submit', value: 'us-east-1', stepId: 'region'} as const;
  assert.equal(play([late], context, idStep), idStep);
  assert.equal(
    play([late], context, play([enter], context)).answers.region,
    'us-east-1',
  );
});

test('a late Enter answers the step on screen with its own draft', () => {
  const context = testContext({defaults: {clientSecret}});
  const state = play(
    [enter, type('eu-west-1'), enter, type(clientId), enter, enter],
    context,
  );

  assert.equal(state.error, undefined);
  assert.equal(state.answers.clientId, clientId);
  assert.equal(state.answers.clientSecret, clientSecret);
  assert.equal(currentStep(state).id, 'profile-name');
});

test('an edit clears the message and keeps the draft; back offers the answer', () => {
  const context = testContext();
  const refused = play(
    [enter, type('eu-west-1'), enter, type('nope'), enter],
    context,
  );

  assert.match(refused.error ?? '', /UUIDs/);
  assert.equal(currentValue(refused, context), 'nope');
  const edited = play([type('\b')], context, refused);
  assert.equal(edited.error, undefined);
  assert.equal(currentValue(edited, context), 'nop');
  const back = play([{type: 'back'}], context, edited);
  assert.equal(currentValue(back, context), 'eu-west-1');
  assert.equal(currentValue(play([enter], context, back), context), '');
});

test('a warning is accepted by a second Enter on the same draft', () => {
  const context = testContext();
  const warned = play([enter, type('example.org'), enter], context);

  assert.match(warned.warning ?? '', /not one of Genesys' known/);
  assert.equal(currentStep(play([enter], context, warned)).id, 'client-id');
  const changed = play([type('\b'), type('g'), enter], context, warned);
  assert.equal(currentStep(changed).id, 'region');
  assert.match(changed.warning ?? '', /example\.org/);
});

test('keys on a step without an input change nothing', () => {
  const context = testContext();
  const welcome = startWizard();
  const saving = play(
    [enter, type('eu-west-1'), enter, type(clientId), enter],
    context,
  );
  const atSaving = play(
    [type(clientSecret), enter, type('prod'), enter],
    context,
    saving,
  );

  assert.equal(play([type('x')], context, welcome), welcome);
  assert.equal(currentStep(atSaving).id, 'saving');
  assert.equal(play([type('x'), enter], context, atSaving), atSaving);
});
