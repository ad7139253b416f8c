import {exitCodes} from '../commands/context.js';
import type {Profile} from '../store/types.js';
import type {AppServices} from '../services/services.js';
import {untilCancelled} from './cancel.js';
import {runPlainChecks} from './checks.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {askChoice, askConfirm} from './prompts.js';
import {setupSession} from './setup.js';
import {profileTarget} from './targets.js';

export interface PlainHomeOptions {
  io: PlainIo;
  services: AppServices;
}

const cancelled = () => 'Cancelled.';

type HomeAction =
  | {kind: 'check'; profile: Profile}
  | {kind: 'setup'}
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

async function chooseAction(io: PlainIo, profiles: Profile[]) {
  return askChoice<HomeAction>(io, {
    message: 'What next?',
    choices: [
      ...profiles.map((profile) => ({
        name: `Check ${profile.name}`,
        value: {kind: 'check' as const, profile},
      })),
      {name: 'Set up a new integration', value: {kind: 'setup'}},
      ...(profiles.length > 0
        ? [{name: 'Forget a profile', value: {kind: 'forget' as const}}]
        : []),
      {name: 'Quit', value: {kind: 'quit'}},
    ],
  });
}

async function forget(io: PlainIo, services: AppServices, profiles: Profile[]) {
  const profile = await askChoice<Profile | null>(io, {
    message: 'Which profile should be forgotten?',
    choices: [
      ...profiles.map((each) => ({name: each.name, value: each})),
      {name: 'None: go back', value: null},
    ],
  });
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
  const target = await profileTarget(profile, services);
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
    switch (action.kind) {
      case 'check': {
        await check(io, services, action.profile);
        break;
      }

      case 'setup': {
        const setup = setupSession({io, services, skipWelcome: true});
        leaving.farewell = setup.farewell;
        await setup.run();
        leaving.farewell = cancelled;
        break;
      }

      case 'forget': {
        await forget(io, services, profiles);
        break;
      }

      case 'quit': {
        return exitCodes.ok;
      }
    }
  }
}

/**
 * The home screen, one line at a time: the saved profiles with their last
 * result, then a numbered menu to check one, set one up, or forget one.
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
