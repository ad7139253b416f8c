import type {AppServices} from '../services/services.js';
import type {ProfileOutcome} from '../services/check-each.js';
import {checkEachProfile} from '../services/check-each.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {statusMark} from './progress.js';

function outcomeLine(io: PlainIo, outcome: ProfileOutcome): string {
  const status = outcome.status === 'pass' ? 'pass' : 'fail';

  return `  ${statusMark(io, status)} ${outcome.name}: ${outcome.text}`;
}

function tally(outcomes: ProfileOutcome[]): string {
  const passed = outcomes.filter(({status}) => status === 'pass').length;
  const total = outcomes.length;
  const noun = total === 1 ? 'profile' : 'profiles';

  return passed === total
    ? `All ${total} ${noun} passed.`
    : `${passed} of ${total} ${noun} passed.`;
}

/**
 * Checks every saved profile in turn, one line as each starts and one
 * with its verdict, then a tally; each result is recorded in its profile.
 */
export async function runPlainCheckAll(
  io: PlainIo,
  services: AppServices,
  secretRemedy: string,
): Promise<void> {
  writeLines(io, '', 'Checking every profile, one after the other.');
  const recording: Array<Promise<void>> = [];
  const outcomes = await checkEachProfile(services, {
    signal: io.signal,
    secretRemedy,
    onStart: (profile) => writeLines(io, `Checking ${profile.name} ...`),
    onOutcome(outcome) {
      writeLines(io, outcomeLine(io, outcome));
      if (outcome.status === 'error') return;
      // A result that cannot be recorded still stands.
      const {name, report} = outcome;
      recording.push(
        services.profiles.recordCheck(name, report).catch(() => undefined),
      );
    },
  });
  await Promise.all(recording);
  writeLines(io, tally(outcomes));
}
