import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {runChecks} from '../../source/diagnosis/run.js';
import {resolveEnvironment} from '../../source/genesys/regions.js';
import {createMemorySecretStore} from '../../source/store/secrets.js';
import {App} from '../../source/ui/app.js';
import {connectServices} from '../../source/services/connect.js';
import {ChecksScreen} from '../../source/ui/screens/checks.js';
import {seedProfile} from '../helpers/seed-profile.js';
import {startTestEmulator} from '../helpers/emulator.js';
import {renderScreen} from '../helpers/ink.js';

/** A check's row while it runs: a spinner frame, its title, the time. */
const runningCheck = (title: string) =>
  new RegExp(`[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] ${title} {2}\\d+ ms`);

function environmentOf(url: string) {
  const resolution = resolveEnvironment(url);
  assert.ok(resolution.ok);

  return resolution.environment;
}

test('the Checks screen shows spinners, elapsed times, a waterfall', async (t) => {
  const emulator = await startTestEmulator(t, {latencyMs: 300});
  const client = emulator.defaultClient;
  const screen = await renderScreen(
    <ChecksScreen
      target={{
        profile: 'slow',
        environment: environmentOf(emulator.url),
        credentials: {clientId: client.id, clientSecret: client.secret},
      }}
      runChecks={runChecks}
      runId={1}
      onDone={() => undefined}
      onBack={() => undefined}
    />,
  );

  const running = await screen.waitFor(runningCheck('Access token'));
  assert.match(running, /Checks · slow · 127\.0\.0\.1/);
  assert.match(running, /Permission to read users: waiting/);
  const first = Number(/Access token {2}(\d+) ms/.exec(running)?.[1]);
  const later = await screen.waitFor(
    new RegExp(`Access token {2}(?!${first} ms)\\d+ ms`),
  );
  assert.match(later, /Esc back · Ctrl-C quit/);

  const waterfall = await screen.waitFor(/POST \/oauth\/token\s+200 █+/);
  assert.match(waterfall, runningCheck('Who the token belongs to'));
  const done = await screen.waitFor(/GET {2}\/api\/v2\/users\/me\s+400 +█+/);
  assert.match(done, /GET {2}\/api\/v2\/tokens\/me\s+200 +█+/);
  await screen.unmount();
});

test('home checks every profile from the Check all screen', async (t) => {
  const emulator = await startTestEmulator(t);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'check-all-ui-'));
  t.after(() => rm(directory, {recursive: true, force: true}));
  const env = {GENESYS_AUTH_CONFIG_DIR: directory};
  const services = connectServices({
    env,
    secrets: createMemorySecretStore(),
    runChecks,
    saveBundle: async () => '',
  });
  const client = emulator.defaultClient;
  for (const [name, clientSecret] of [
    ['good', client.secret],
    ['stale', 'an-old-secret'],
  ] as const) {
    await seedProfile(env, services.store.secrets, {
      name,
      regionInput: emulator.url,
      environment: environmentOf(emulator.url),
      clientId: client.id,
      clientSecret,
    });
  }

  const screen = await renderScreen(
    <App services={services} start="home" onExit={() => undefined} />,
  );
  await screen.waitFor('2 saved');
  await screen.press('a');
  const frame = await screen.waitFor(/Check all · done/, 15_000);

  assert.match(frame, /✔ PASS good: every check passed/);
  assert.match(frame, /✖ FAIL stale: invalid-client/);
  assert.match(frame, /Esc home · Ctrl-C quit/);
  await screen.unmount();
});
