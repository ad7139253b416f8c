import {exitCodes} from '../commands/context.js';
import type {AppServices} from '../services/services.js';
import {setupContext} from '../services/setup-context.js';
import type {Answers} from '../wizard/index.js';
import {startWizard} from '../wizard/index.js';
import {nothingSaved, untilCancelled} from './cancel.js';
import type {PlainIo} from './io.js';
import type {Walk} from './setup-walk.js';
import {walkSteps} from './setup-walk.js';

export interface PlainSetupOptions {
  io: PlainIo;
  services: AppServices;
  /** Answers known before the first question, such as from flags. */
  answers?: Answers;
  /** Start at the first question, as the home menu's "set up" does. */
  skipWelcome?: boolean;
  /** The profile being changed, which may keep its name without a warning. */
  replacing?: string;
}

/** A setup to run, and what to say if the person leaves half-way. */
export interface SetupSession {
  /** Rejects when the person leaves with Ctrl-C. */
  run(): Promise<number>;
  farewell(): string;
}

/** Setup without its own Ctrl-C handling, for a session that has one. */
export function setupSession(options: PlainSetupOptions): SetupSession {
  const {io, services} = options;
  const walk: Walk = {
    ask: {io, wizard: services.wizard, fingerprint: services.fingerprint},
    services,
    state: startWizard(options.answers ?? {}, options.skipWelcome ?? false),
    changing: null,
    isReplaying: false,
    saved: null,
    tried: null,
    exitCode: exitCodes.ok,
  };

  return {
    async run() {
      // The names taken now, so that reusing one warns before replacing it.
      const wizard = await setupContext(services, options.replacing);
      walk.ask = {...walk.ask, wizard};

      return walkSteps(walk);
    },
    farewell: () =>
      walk.saved
        ? `Stopped. Profile ${walk.saved.name} was saved before you left.`
        : nothingSaved,
  };
}

/**
 * The setup wizard asked one question per line: the same steps, checks
 * and messages as the drawn one. Resolves to the exit code: 0 when the
 * checks passed, 1 when one failed, 130 when the person left (nothing is
 * saved before they confirm it).
 */
export async function runPlainSetup(
  options: PlainSetupOptions,
): Promise<number> {
  const session = setupSession(options);

  return untilCancelled(options.io, session.run, session.farewell);
}
