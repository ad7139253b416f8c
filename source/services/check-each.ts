import type {Report} from '../diagnosis/types.js';
import type {Profile} from '../store/types.js';
import type {AppServices} from './services.js';
import {targetFromProfile} from './targets.js';

/** The codes of the diagnoses in a report, in the order of the checks. */
export function diagnosisCodes(report: Report): string[] {
  return report.checks.flatMap((check) =>
    check.diagnosis ? [check.diagnosis.code] : [],
  );
}

/** One profile's result when every profile is checked in turn. */
export type ProfileOutcome =
  | {name: string; status: 'pass' | 'fail'; text: string; report: Report}
  | {name: string; status: 'error'; text: string};

/** A report as one short verdict: it passed, or the diagnoses it found. */
export function outcomeOf(name: string, report: Report): ProfileOutcome {
  if (report.ok) {
    return {name, status: 'pass', text: 'every check passed', report};
  }

  const codes = diagnosisCodes(report).join(', ');

  return {name, status: 'fail', text: codes || 'a check failed', report};
}

export interface CheckEachOptions {
  signal?: AbortSignal;
  /** How the front end says to enter a client secret the keychain lost. */
  secretRemedy: string;
  /** A profile's checks are about to run. */
  onStart?(profile: Profile): void;
  /** A profile's checks ended, or could not start. */
  onOutcome(outcome: ProfileOutcome): void;
}

/**
 * Checks every saved profile, one after the other; a profile that cannot
 * be checked (no secret, an unknown region) is an outcome, not a stop.
 * Stops before the next profile once the signal is aborted.
 */
export async function checkEachProfile(
  services: Pick<AppServices, 'profiles' | 'runChecks' | 'wizard' | 'store'>,
  options: CheckEachOptions,
): Promise<ProfileOutcome[]> {
  const {signal} = options;
  const outcomes: ProfileOutcome[] = [];
  for (const profile of await services.profiles.list()) {
    if (signal?.aborted) break;
    options.onStart?.(profile);
    const target = await targetFromProfile(
      profile,
      services,
      options.secretRemedy,
    );
    const outcome: ProfileOutcome =
      typeof target === 'string'
        ? {name: profile.name, status: 'error', text: target}
        : outcomeOf(profile.name, await services.runChecks(target, {signal}));
    outcomes.push(outcome);
    options.onOutcome(outcome);
  }

  return outcomes;
}
