import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {WizardState} from '../../source/wizard/index.js';
import {
  progress,
  progressLabel,
  reduceWizard,
  startWizard,
} from '../../source/wizard/index.js';
import {clientId, clientSecret, testContext} from './fixtures.js';

/** The label of every screen from the welcome to the checks. */
function labels(): string[] {
  const context = testContext();
  const answers = ['', 'eu-west-1', clientId, clientSecret, 'prod'];
  let state: WizardState = startWizard();
  const shown = [progressLabel(state)];
  for (const value of answers) {
    state = reduceWizard(state, {type: 'submit', value}, context);
    shown.push(progressLabel(state));
  }

  const result = {saved: true, name: 'prod', keychain: 'k'} as const;
  state = reduceWizard(state, {type: 'saved', result}, context);

  return [...shown, progressLabel(state)];
}

test('the welcome is unnumbered; each later step has its own number', () => {
  assert.deepEqual(labels(), [
    'Welcome',
    'Step 1 of 6 · Region',
    'Step 2 of 6 · Client id',
    'Step 3 of 6 · Client secret',
    'Step 4 of 6 · Profile name',
    'Step 5 of 6 · Saving',
    'Step 6 of 6 · Checks',
  ]);
});

test('skipping the welcome starts at step 1', () => {
  assert.equal(progress(startWizard()), null);
  assert.deepEqual(progress(startWizard({}, true)), {number: 1, total: 6});
});
