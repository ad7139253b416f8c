import assert from 'node:assert/strict';
import {test} from 'node:test';
import {useReducer} from 'react';
import {StepInput} from '../../source/ui/screens/setup/step-input.js';
import {
  currentStep,
  currentValue,
  reduceWizard,
  steps,
} from '../../source/wizard/index.js';
import type {
  StepId,
  WizardAction,
  WizardState,
} from '../../source/wizard/index.js';
import {keys, renderScreen} from '../helpers/ink.js';
import {testContext} from '../wizard/fixtures.js';

const context = testContext({
  listRegions: () => [{region: 'eu-west-1', domain: 'mypurecloud.ie'}],
});

/** One step's input over the wizard's own state, as the setup screen has. */
function Harness(props: {readonly start: WizardState}) {
  const [state, dispatch] = useReducer(
    (current: WizardState, action: WizardAction) =>
      reduceWizard(current, action, context),
    props.start,
  );

  return (
    <StepInput
      step={currentStep(state)}
      value={currentValue(state, context)}
      deployments={context.listRegions()}
      dispatch={dispatch}
    />
  );
}

function input(id: StepId, draft: string) {
  const index = steps.findIndex((step) => step.id === id);

  return renderScreen(
    <Harness start={{index, answers: {}, draft, isComplete: false}} />,
  );
}

/** The text after the input's prompt, cursor cell excluded. */
function line(frame: string): string {
  return (frame.split('\n')[0] ?? '').replace(/^› /, '').trimEnd();
}

test('a held Backspace deletes one character per key in a chunk', async () => {
  const screen = await input('client-id', 'abcdef');
  await screen.waitFor('abcdef');
  await screen.paste('\u007F\u007F\u007F');
  await screen.waitFor(/› abc\s*$/m);
  await screen.press(keys.backspace);
  assert.equal(line(await screen.waitFor(/› ab\s*$/m)), 'ab');
  await screen.unmount();
});

test('a masked secret loses one bullet per Backspace in a chunk', async () => {
  const screen = await input('client-secret', 'hunter22');
  await screen.waitFor('••••••••');
  await screen.paste('\u007F\u007F\u007F');
  assert.equal(line(await screen.waitFor(/› •{5}\s*$/m)), '•••••');
  await screen.unmount();
});

test('Ctrl-U clears the region input and brings the list back', async () => {
  const screen = await input('region', 'example.org');
  await screen.waitFor('Enter uses it as typed');
  await screen.press('\u0015');
  const frame = await screen.waitFor('eu-west-1');
  assert.match(frame, /or a URL/);
  await screen.type('eu');
  await screen.paste('\u007F\u007F');
  await screen.waitFor('or a URL');
  await screen.unmount();
});
