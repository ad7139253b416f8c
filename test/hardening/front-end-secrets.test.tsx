import assert from 'node:assert/strict';
import {test} from 'node:test';
import {stripVTControlCharacters} from 'node:util';
import {runPlainDemo} from '../../source/plain/demo.js';
import {runPlainSetup} from '../../source/plain/setup.js';
import {App} from '../../source/ui/app.js';
import type {AppResult} from '../../source/ui/result.js';
import {keys, renderScreen, waitUntil, type Screen} from '../helpers/ink.js';
import {openWorld, type TestWorld} from '../plain/services.js';
import {testSession, type TestSession} from '../plain/session.js';
import {filesUnder, findLeaks, needlesFor} from './leak-scan.js';

// Both front ends, driven as a person would from the first question to
// the report and the support bundle, against real services: every frame
// and line they wrote, every file, and the bundle are searched.
type Text = {where: string; text: string};

/** A drawn screen may wrap a value across lines: search it joined too. */
function screenTexts(where: string, raw: string): Text[] {
  const plain = stripVTControlCharacters(raw);

  return [
    {where, text: raw},
    {where: `${where} (joined)`, text: plain.replaceAll(/\s*\n\s*/g, '')},
  ];
}

async function sweepWorld(
  label: string,
  scenario: 'healthy' | 'missing-permission' | 'wrong-secret',
  drive: (world: TestWorld) => Promise<{code: number; texts: Text[]}>,
) {
  const world = await openWorld();
  world.emulator.setScenario(scenario);
  try {
    const {code, texts} = await drive(world);
    const files = await filesUnder(world.configDir);
    const {id, secret} = world.emulator.defaultClient;
    const tokens = world.emulator.issuedTokens();
    const needles = needlesFor({clientId: id, secret, tokens});

    // The capture is whole: what the front end did show is in it.
    assert.ok(
      texts.some(({text}) => text.includes(id)),
      `${label}: the client id was shown`,
    );
    assert.ok(
      files.some(({where}) => /genesys-auth-support-.*\.md$/.test(where)),
      `${label}: a bundle was written`,
    );
    assert.deepEqual(findLeaks([...texts, ...files], needles), [], label);

    return {code, tokens};
  } finally {
    await world.close();
  }
}

/** Ink: the report on screen, then its support bundle, then quit. */
async function inkReportAndBundle(screen: Screen, shows: RegExp) {
  await screen.waitFor(shows, 10_000);
  await screen.press('s');
  await screen.waitFor('Support bundle saved to');
  await screen.press('q');
}

async function inkSetupToReport(screen: Screen) {
  await screen.waitFor('SAML single sign-on');
  await screen.press(keys.enter);
  for (const question of ['region', 'client id?', 'secret?', 'called here?']) {
    await screen.waitFor(question);
    await screen.press(keys.enter);
  }
}

async function driveInk(
  world: TestWorld,
  start: 'setup' | 'demo',
  downs: number,
  shows: RegExp,
) {
  let result: AppResult | undefined;
  const screen = await renderScreen(
    <App
      services={world.services}
      start={start}
      onExit={(ended) => (result = ended)}
    />,
  );
  if (start === 'demo') {
    await screen.waitFor('Pick what it should do');
    for (let down = 0; down < downs; down++) await screen.press(keys.down);
    await screen.press(keys.enter);
  }

  await inkSetupToReport(screen);
  await inkReportAndBundle(screen, shows);
  await waitUntil(() => result !== undefined);
  await screen.unmount();
  const code = result?.lastReport?.ok ? 0 : 1;

  return {code, texts: screenTexts(`ink ${start}`, screen.frames().join(''))};
}

/** Plain: every step with the defaults, the bundle, then done. */
async function plainSetupToBundle(session: TestSession, failing: boolean) {
  await session.waitFor('Begin?');
  session.answer('');
  await session.waitFor('as entered)');
  session.answer(session.choice('http://127.0.0.1'));
  for (const step of ['Step 2 of 6', 'Use it?', 'Step 4 of 6']) {
    await session.waitFor(step);
    session.answer('');
  }

  await session.waitFor('Save this profile?');
  session.answer('1');
  await session.waitFor(failing ? /FAIL/ : 'All checks passed', 10_000);
  await session.waitFor('What next?');
  session.answer(session.choice('Save the support bundle'));
  await session.waitFor('Support bundle saved to');
  await session.waitFor('What next?');
  session.answer(session.choice('Done'));
}

async function drivePlain(world: TestWorld, demoScenario: string | null) {
  const session = testSession();
  const {services} = world;
  let code: Promise<number>;
  if (demoScenario) {
    code = runPlainDemo({io: session.io, services});
    await session.waitFor('Which scenario should the emulator play?');
    session.answer(session.choice(demoScenario));
    await plainSetupToBundle(session, true);
    await session.waitFor(') Quit the demo');
    session.answer(session.choice('Quit the demo'));
  } else {
    code = runPlainSetup({io: session.io, services});
    await plainSetupToBundle(session, false);
  }

  const where = `plain ${demoScenario ? 'demo' : 'setup'}`;

  return {code: await code, texts: screenTexts(where, session.raw())};
}

test('the drawn setup and demo leak nothing, passing or failing', async () => {
  const passing = await sweepWorld('ink setup', 'healthy', (world) =>
    driveInk(world, 'setup', 0, /The integration works/),
  );
  // Missing permissions: tokens are issued and used, and a check fails.
  const failing = await sweepWorld('ink demo', 'healthy', (world) =>
    driveInk(world, 'demo', 5, /missing-permissions/),
  );

  assert.equal(passing.code, 0);
  assert.equal(failing.code, 1);
  assert.ok(passing.tokens.length > 0 && failing.tokens.length > 0);
});

test('the plain setup and demo leak nothing, passing or failing', async () => {
  const passing = await sweepWorld('plain setup', 'healthy', (world) =>
    drivePlain(world, null),
  );
  const failing = await sweepWorld('plain demo', 'healthy', (world) =>
    drivePlain(world, 'Missing permissions'),
  );

  assert.equal(passing.code, 0);
  assert.equal(failing.code, 0, 'the demo ends well whatever it showed');
  assert.ok(passing.tokens.length > 0 && failing.tokens.length > 0);
});
