import {exitCodes} from '../commands/context.js';
import type {Profile} from '../store/types.js';
import type {AppServices, ScenarioControl} from '../services/services.js';
import {targetFromProfile} from '../services/targets.js';
import {untilCancelled} from './cancel.js';
import {runPlainChecks} from './checks.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {askChoice} from './prompts.js';
import {setupSession} from './setup.js';

export interface PlainDemoOptions {
  io: PlainIo;
  /** The demo's services: its emulator, a memory keychain, a temp dir. */
  services: AppServices;
}

const ended = () => 'Demo ended. Nothing of yours was read or written.';

type DemoAction = 'scenario' | 'setup' | 'quit';

const intro = [
  'genesys-auth demo: the setup wizard against a local Genesys Cloud ' +
    'emulator in this process.',
  'No account is needed. The keychain is kept in memory and the profile ' +
    'file in a temporary folder, both gone when the demo ends.',
];

async function pickScenario(io: PlainIo, control: ScenarioControl) {
  const name = await askChoice(io, {
    message: 'Which scenario should the emulator play?',
    choices: control.list.map((scenario) => ({
      name: `${scenario.title}: ${scenario.description}`,
      value: scenario.name,
    })),
  });
  control.select(name);
}

function newest(profiles: Profile[]): Profile | undefined {
  return [...profiles].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  )[0];
}

async function checkAgain(io: PlainIo, services: AppServices) {
  const profile = newest(await services.profiles.list());
  if (!profile) {
    writeLines(io, 'No profile was saved yet; run the setup first.');

    return;
  }

  const target = await targetFromProfile(
    profile,
    services,
    'Run the setup again to store it.',
  );
  if (typeof target === 'string') {
    writeLines(io, `Error: ${target}`);

    return;
  }

  await runPlainChecks({io, services, target, exitLabel: 'Done'});
}

async function nextAction(io: PlainIo) {
  return askChoice<DemoAction>(io, {
    message: 'What next?',
    choices: [
      {name: 'Try another scenario on the saved profile', value: 'scenario'},
      {name: 'Run the setup again', value: 'setup'},
      {name: 'Quit the demo', value: 'quit'},
    ],
  });
}

async function demo(
  io: PlainIo,
  services: AppServices,
  leaving: {farewell(): string},
): Promise<number> {
  writeLines(io, ...intro);
  if (services.scenarios) await pickScenario(io, services.scenarios);
  let action: DemoAction = 'setup';
  for (;;) {
    if (action === 'setup') {
      const setup = setupSession({io, services});
      leaving.farewell = setup.farewell;
      await setup.run();
      leaving.farewell = ended;
    } else if (action === 'scenario') {
      if (services.scenarios) await pickScenario(io, services.scenarios);
      await checkAgain(io, services);
    } else {
      return exitCodes.ok;
    }

    action = await nextAction(io);
  }
}

/**
 * The demo, one line at a time: pick how the emulator behaves, walk the
 * setup against it, then try other scenarios on the saved profile.
 */
export async function runPlainDemo(options: PlainDemoOptions): Promise<number> {
  const {io, services} = options;
  const leaving = {farewell: ended};

  return untilCancelled(
    io,
    () => demo(io, services, leaving),
    () => leaving.farewell(),
  );
}
