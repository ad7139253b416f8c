import {exitCodes} from '../commands/context.js';
import type {Profile} from '../store/types.js';
import type {AppServices} from '../services/services.js';
import {answersFromProfile} from '../services/setup-context.js';
import {targetFromProfile} from '../services/targets.js';
import {untilCancelled} from './cancel.js';
import {runPlainCheckAll} from './check-all.js';
import {runPlainChecks} from './checks.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {askChoice, askConfirm} from './prompts.js';
import {setupSession} from './setup.js';

export interface PlainHomeOptions {
  io: PlainIo;
  services: AppServices;
}

const cancelled = () => 'Cancelled.';

/** How home says to enter a client secret the keychain no longer holds. */
const secretRemedy = 'Choose "Change a profile" to enter it again.';

type HomeAction =
  | {kind: 'check'; profile: Profile}
  | {kind: 'check-all'}
  | {kind: 'setup'}
  | {kind: 'change'}
  | {kind: 'forget'}
  | {kind: 'quit'};

function lastResult(profile: Profile): string {
  if (!profile.lastCheck) return 'not checked yet';
  const {ok, at, codes} = profile.lastCheck;
  const found = codes.length > 0 ? ` (${codes.join(', ')})` : '';

  return `${ok ? 'passed' : 'failed'} on ${at.slice(0, 10)}${found}`;
}

function describeProfile(profile: Profile): string {
  return (
    `${profile.name}: ${profile.region ?? profile.domain}, client ` +
    `${profile.clientId}, last check ${lastResult(profile)}`
  );
}

/** The menu entries that act on saved profiles, when there are any. */
function profileActions(profiles: Profile[]) {
  if (profiles.length === 0) return [];

  return [
    {name: 'Change a profile', value: {kind: 'change' as const}},
    {name: 'Forget a profile', value: {kind: 'forget' as const}},
  ];
}

async function chooseAction(io: PlainIo, profiles: Profile[]) {
  return askChoice<HomeAction>(io, {
    message: 'What next?',
    choices: [
      ...profiles.map((profile) => ({
        name: `Check ${profile.name}`,
        value: {kind: 'check' as const, profile},
      })),
      // With one profile, checking it is the same thing.
      ...(profiles.length > 1
        ? [{name: 'Check all profiles', value: {kind: 'check-all' as const}}]
        : []),
      {name: 'Set up a new integration', value: {kind: 'setup'}},
      ...profileActions(profiles),
      {name: 'Quit', value: {kind: 'quit'}},
    ],
  });
}

async function pickProfile(
  io: PlainIo,
  message: string,
  profiles: Profile[],
): Promise<Profile | null> {
  return askChoice<Profile | null>(io, {
    message,
    choices: [
      ...profiles.map((each) => ({name: each.name, value: each})),
      {name: 'None: go back', value: null},
    ],
  });
}

async function forget(io: PlainIo, services: AppServices, profiles: Profile[]) {
  const profile = await pickProfile(
    io,
    'Which profile should be forgotten?',
    profiles,
  );
  if (!profile) return;
  const isSure = await askConfirm(io, {
    message: `Forget ${profile.name} and delete its secret from the keychain?`,
    default: false,
  });
  if (!isSure) return;
  await services.profiles.remove(profile.name);
  writeLines(io, `Forgot ${profile.name}; its secret is deleted.`);
}

async function check(io: PlainIo, services: AppServices, profile: Profile) {
  const target = await targetFromProfile(profile, services, secretRemedy);
  if (typeof target === 'string') {
    writeLines(io, `Error: ${target}`);

    return;
  }

  await runPlainChecks({io, services, target});
}

/** Leaving says what was left behind; setup knows better than home. */
interface Leaving {
  farewell(): string;
}

/** Runs a setup from home; leaving half-way is its setup's to explain. */
async function setUp(
  leaving: Leaving,
  options: Parameters<typeof setupSession>[0],
) {
  const setup = setupSession({...options, skipWelcome: true});
  leaving.farewell = setup.farewell;
  await setup.run();
  leaving.farewell = cancelled;
}

async function change(
  io: PlainIo,
  services: AppServices,
  profiles: Profile[],
  leaving: Leaving,
) {
  const profile = await pickProfile(
    io,
    'Which profile should be changed?',
    profiles,
  );
  if (!profile) return;
  writeLines(
    io,
    '',
    `Changing ${profile.name}. Each answer is filled in; press Enter to ` +
      'keep it. The client secret is asked again.',
  );
  await setUp(leaving, {
    io,
    services,
    answers: answersFromProfile(profile),
    replacing: profile.name,
  });
}

async function home(
  io: PlainIo,
  services: AppServices,
  leaving: Leaving,
): Promise<number> {
  for (;;) {
    const profiles = await services.profiles.list();
    writeLines(io, '', `Profiles: ${profiles.length} saved.`);
    writeLines(
      io,
      ...profiles.map((profile) => `  ${describeProfile(profile)}`),
    );
    const action = await chooseAction(io, profiles);
    if (action.kind === 'quit') return exitCodes.ok;
    if (action.kind === 'check') await check(io, services, action.profile);
    if (action.kind === 'check-all') {
      await runPlainCheckAll(io, services, secretRemedy);
    }

    if (action.kind === 'setup') await setUp(leaving, {io, services});
    if (action.kind === 'change') {
      await change(io, services, profiles, leaving);
    }

    if (action.kind === 'forget') await forget(io, services, profiles);
  }
}

/**
 * The home screen, one line at a time: the saved profiles with their last
 * result, then a numbered menu to check one or all, set one up, change
 * one, or forget one.
 */
export async function runPlainHome(options: PlainHomeOptions): Promise<number> {
  const {io, services} = options;
  const leaving: Leaving = {farewell: cancelled};

  return untilCancelled(
    io,
    () => home(io, services, leaving),
    () => leaving.farewell(),
  );
}
