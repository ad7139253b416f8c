import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {SecretStore} from '../../source/store/types.js';
import {SetupScreen} from '../../source/ui/screens/setup/setup-screen.js';
import type {SetupInput} from '../../source/wizard/index.js';
import {keys, renderScreen, waitUntil} from '../helpers/ink.js';
import {clientId, clientSecret, testContext} from '../wizard/fixtures.js';

const secrets: SecretStore = {
  probe: async () => ({available: true}),
  get: async () => null,
  set: async () => undefined,
  delete: async () => false,
  list: async () => [],
};

function setup(onSaved: (input: SetupInput) => void = () => undefined) {
  return renderScreen(
    <SetupScreen
      context={testContext()}
      store={{
        secrets,
        keychain: 'the test keychain',
        saveProfile: async () => ({saved: true}),
      }}
      fingerprint={() => 'fp:1234'}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
  );
}

test('a refused client id shows why, and Esc goes back with answers kept', async () => {
  const screen = await setup();
  const welcome = await screen.waitFor('SAML single sign-on');
  assert.match(welcome, /genesys-auth · Setup · Welcome\n/);
  await screen.press(keys.enter);
  const region = await screen.waitFor('Which Genesys Cloud region');
  assert.match(region, /Setup · Step 1 of 6 · Region/);
  await screen.type('eu-west-1');
  await screen.waitFor('› eu-west-1');
  await screen.press(keys.enter);
  await screen.waitFor('What is the OAuth client id?');
  await screen.type('not-a-uuid');
  await screen.press(keys.enter);
  await screen.waitFor('Genesys client ids are UUIDs');
  await screen.press(keys.escape);
  const frame = await screen.waitFor('Which Genesys Cloud region');
  assert.match(frame, /› eu-west-1/);
  await screen.unmount();
});

test('the secret is masked and only its fingerprint is shown', async () => {
  let saved: SetupInput | undefined;
  const screen = await setup((input) => {
    saved = input;
  });
  await screen.press(keys.enter);
  await screen.waitFor('Which Genesys Cloud region');
  await screen.paste('example.org');
  await screen.waitFor('Enter uses it as typed');
  await screen.press(keys.enter);
  await screen.waitFor("not one of Genesys' known deployments");
  await screen.press(keys.enter);
  await screen.waitFor('client id?');
  await screen.paste(clientId);
  await screen.waitFor(clientId);
  await screen.press(keys.enter);
  await screen.waitFor('client secret?');
  await screen.paste(clientSecret);
  const masked = await screen.waitFor('••••');
  assert.doesNotMatch(masked, /example-secret/);
  await screen.press(keys.enter);
  const named = await screen.waitFor('called here?');
  assert.match(named, /fingerprint fp:1234/);
  assert.doesNotMatch(named, /example-secret/);
  await screen.press(keys.enter);
  await waitUntil(() => saved !== undefined);
  assert.equal(saved?.name, 'default');
  assert.equal(saved?.regionInput, 'example.org');
  await screen.unmount();
});
