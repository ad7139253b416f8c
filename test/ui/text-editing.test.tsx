import assert from 'node:assert/strict';
import {test} from 'node:test';
import {StepInput} from '../../source/ui/screens/setup/step-input.js';
import {stepById} from '../../source/wizard/index.js';
import type {StepId} from '../../source/wizard/index.js';
import {keys, renderScreen} from '../helpers/ink.js';

const deployments = [{region: 'eu-west-1', domain: 'mypurecloud.ie'}];

function input(id: StepId, initialValue: string) {
  return renderScreen(
    <StepInput
      step={stepById(id)}
      initialValue={initialValue}
      deployments={deployments}
      onEdit={() => undefined}
      onSubmit={() => undefined}
    />,
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
