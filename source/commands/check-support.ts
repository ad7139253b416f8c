import type {ProfileProblem} from '../diagnosis/render-json.js';
import type {Report} from '../diagnosis/types.js';
import {resolveEnvironment} from '../genesys/regions.js';
import type {ClientCredentials} from '../genesys/types.js';
import {createKeychainSecretStore} from '../store/secrets.js';
import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import type {ResolvedCredentials} from './credentials.js';
import {openProfiles} from './open-profiles.js';

/** What one run of `check` produced, for the renderings and the bundle. */
export interface CheckOutput {
  reports: Report[];
  /** Profiles that could not be checked at all (`--all`). */
  problems: ProfileProblem[];
  /** Every secret of the run, for the bundle's redaction. */
  secrets: string[];
}

/** The environment a region input names; a usage error if none. */
export function environmentOf(regionInput: string, label: string) {
  const resolved = resolveEnvironment(regionInput);
  if (!resolved.ok) throw new UsageError(`${label}: ${resolved.message}`);

  return resolved.environment;
}

/** The pair the checks need, out of everything resolved. */
export function credentialsOf(
  resolved: ResolvedCredentials,
): ClientCredentials {
  return {clientId: resolved.clientId, clientSecret: resolved.clientSecret};
}

/** A report's outcome as a profile keeps it. */
function lastCheckOf(report: Report) {
  return {
    at: report.startedAt,
    ok: report.ok,
    codes: report.checks.flatMap((check) =>
      check.diagnosis ? [check.diagnosis.code] : [],
    ),
  };
}

/** Saves the outcome on the profile, for `genesys-auth profiles`. */
export async function recordLastCheck(report: Report, context: CommandContext) {
  if (!report.profile) return;
  try {
    const profiles = await openProfiles(context);
    profiles.recordCheck(report.profile, lastCheckOf(report));
  } catch (error) {
    context.stderr.write(
      `The result was not saved to profile '${report.profile}': ` +
        `${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}

/** How resolveCredentials reaches this command's streams and stores. */
export function resolveOptions<T>(flags: T, context: CommandContext) {
  return {
    env: context.env,
    stdin: context.stdin,
    openProfiles: () => openProfiles(context),
    secrets: () => createKeychainSecretStore(),
    flags,
  };
}

/** Saves the outcomes of many profiles in one write of the profile file. */
export async function recordLastChecks(
  reports: Report[],
  context: CommandContext,
) {
  const results = reports.flatMap((report) =>
    report.profile
      ? [{name: report.profile, lastCheck: lastCheckOf(report)}]
      : [],
  );
  if (results.length === 0) return;
  try {
    const profiles = await openProfiles(context);
    for (const name of profiles.recordChecks(results)) {
      context.stderr.write(
        `The result was not saved to profile '${name}': it no longer exists.\n`,
      );
    }
  } catch (error) {
    context.stderr.write(
      `The results were not saved to the profiles: ` +
        `${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}
