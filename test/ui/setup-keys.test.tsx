import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {act} from 'react';
import {SetupScreen} from '../../source/ui/screens/setup/setup-screen.js';
import type {SetupInput, WizardContext} from '../../source/wizard/index.js';
import {keys, waitUntil} from '../helpers/ink.js';
import {clientId, clientSecret, testContext} from '../wizard/fixtures.js';

/**
 * The setup screen, with keys written back to back inside one act(): they
 * all reach the handlers of the frame before, as keys do in a terminal
 * when they arrive before a new step's input has subscribed.
 */
async function setup(context: WizardContext, skipWelcome = true) {
  const saved: SetupInput[] = [];
  let instance: ReturnType<typeof render> | undefined;
  await act(async () => {
    instance = render(
      <SetupScreen
        skipWelcome={skipWelcome}
        context={context}
        store={{
          secrets: {
            probe: async () => ({available: true}),
            get: async () => null,
            set: async () => undefined,
            delete: async () => false,
            list: async () => [],
          },
          keychain: 'the test keychain',
          saveProfile: async () => ({saved: true}),
        }}
        fingerprint={() => 'fp:1234'}
        onSaved={(input) => saved.push(input)}
        onCancel={() => undefined}
      />,
    );
  });
  const rendered = instance!;
  const frame = () => stripVTControlCharacters(rendered.lastFrame() ?? '');

  return {
    saved,
    frame,
    /** Writes each key on its own, all before the next render. */
    async press(...sequence: string[]) {
      await act(async () => {
        for (const key of sequence) rendered.stdin.write(key);
      });
    },
    async waitFor(text: string) {
      await waitUntil(() => frame().includes(text)).catch(() => {
        throw new Error(`Timed out waiting for ${text}:\n${frame()}`);
      });

      return frame();
    },
    async unmount() {
      await act(async () => {
        rendered.unmount();
      });
    },
  };
}

test('a second Enter before the next frame answers the secret with its own', async () => {
  const context = testContext({defaults: {clientSecret}});
  const screen = await setup(context);
  await screen.waitFor('Which Genesys Cloud region');
  await screen.press(...'eu-west-1');
  await screen.press(keys.enter);
  await screen.waitFor('client id?');
  await screen.press(clientId);
  await screen.waitFor(clientId);
  await screen.press(keys.enter, keys.enter);
  const frame = await screen.waitFor('called here?');

  assert.doesNotMatch(frame, /looks like a client id/);
  await screen.press(keys.enter);
  await waitUntil(() => screen.saved.length > 0);
  assert.equal(screen.saved[0]?.clientId, clientId);
  assert.equal(screen.saved[0]?.clientSecret, clientSecret);
  await screen.unmount();
});

test('a second Enter on the welcome answers the region with its draft', async () => {
  const context = testContext({defaults: {region: 'us-east-1'}});
  const screen = await setup(context, false);
  await screen.waitFor('SAML single sign-on');
  await screen.press(keys.enter, keys.enter);
  const frame = await screen.waitFor('client id?');

  assert.match(frame, /Region: us-east-1/);
  await screen.unmount();
});

test('a late Enter cannot give the chosen region to the client id', async () => {
  const screen = await setup(testContext());
  await screen.waitFor('Which Genesys Cloud region');
  await screen.press(keys.down);
  await screen.waitFor('› us-east-1');
  await screen.press(keys.enter, keys.enter);
  const frame = await screen.waitFor('client id?');

  assert.match(frame, /Region: us-east-1/);
  assert.doesNotMatch(frame, /UUID/);
  await screen.unmount();
});

test('Down walks the whole region list', async () => {
  const regions = [
    {region: 'eu-west-1', domain: 'mypurecloud.ie'},
    {region: 'us-east-1', domain: 'mypurecloud.com'},
    {region: 'us-west-2', domain: 'usw2.pure.cloud'},
  ];
  const screen = await setup(testContext({listRegions: () => regions}));
  await screen.waitFor('Which Genesys Cloud region');
  await screen.press(keys.down);
  await screen.waitFor('› us-east-1');
  await screen.press(keys.down);
  await screen.waitFor('› us-west-2');
  await screen.press(keys.up);
  await screen.waitFor('› us-east-1');
  await screen.unmount();
});
