import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Profile} from '../../source/store/types.js';
import {HomeScreen} from '../../source/ui/screens/home.js';
import {keys, renderScreen} from '../helpers/ink.js';

const profiles: Profile[] = ['eu-bot', 'prod'].map((name, index) => ({
  name,
  regionInput: 'eu-west-1',
  region: 'eu-west-1',
  domain: 'mypurecloud.ie',
  clientId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastCheck:
    index === 0
      ? null
      : {at: '2026-01-02T10:00:00.000Z', ok: false, codes: ['invalid-client']},
}));

test('home lists profiles and asks before forgetting one', async () => {
  const events: string[] = [];
  const screen = await renderScreen(
    <HomeScreen
      profiles={profiles}
      onCheck={(profile) => events.push(`check ${profile.name}`)}
      onCheckAll={() => events.push('all')}
      onAdd={() => events.push('add')}
      onChange={(profile) => events.push(`change ${profile.name}`)}
      onForget={(profile) => events.push(`forget ${profile.name}`)}
      onQuit={() => events.push('quit')}
    />,
  );
  const frame = await screen.waitFor('prod');

  assert.match(frame, /never checked/);
  assert.match(frame, /FAIL 2026-01-02: invalid-client/);
  assert.match(frame, /Enter check · ↑↓ choose · a check all/);
  await screen.press(keys.down);
  await screen.press('d');
  await screen.waitFor('Forget "prod"');
  await screen.press('n');
  await screen.waitFor('Enter check');
  assert.deepEqual(events, []);
  await screen.press('d');
  await screen.waitFor('(y/n)');
  await screen.press('y');
  await screen.press(keys.enter);
  assert.deepEqual(events, ['forget prod', 'check prod']);
  await screen.unmount();
});
