import type {CheckSettings} from '../diagnosis/check-settings.js';
import {runPooled} from '../diagnosis/pool.js';
import type {ProfileProblem} from '../diagnosis/render-json.js';
import {runChecks, secretsOf} from '../diagnosis/run.js';
import type {Report} from '../diagnosis/types.js';
import {createBatchReadingSecretStore} from '../store/secrets.js';
import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {credentialVariables, resolveCredentials} from './credentials.js';
import type {CheckOutput} from './check-support.js';
import {
  credentialsOf,
  environmentOf,
  recordLastChecks,
  resolveOptions,
} from './check-support.js';
import {openProfiles} from './open-profiles.js';

/** The flags `--all` refuses, as they name one set of credentials. */
export interface AllFlags {
  profile?: string;
  region?: string;
  'client-id'?: string;
  'client-secret-stdin'?: boolean;
  'find-region'?: boolean;
}

function refuseWithAll(flags: AllFlags): void {
  const clashing = (
    [
      'profile',
      'region',
      'client-id',
      'client-secret-stdin',
      'find-region',
    ] as const
  ).filter((name) => flags[name] !== undefined);
  if (clashing.length > 0) {
    throw new UsageError(
      `--all checks every saved profile with its own settings; it cannot ` +
        `be combined with --${clashing.join(', --')}.`,
    );
  }
}

/** The profile's own values only: variables would override every one. */
function withoutCredentialVariables(env: NodeJS.ProcessEnv) {
  const copy = {...env};
  for (const name of Object.values(credentialVariables)) delete copy[name];

  return copy;
}

/**
 * Checks every saved profile, sixteen at a time, one at a time per OAuth
 * client. A profile that cannot be checked is a problem, not a stop.
 */
export async function checkAll(
  flags: AllFlags,
  settings: CheckSettings,
  context: CommandContext,
): Promise<CheckOutput> {
  refuseWithAll(flags);
  const profiles = (await openProfiles(context)).list();
  if (profiles.length === 0) {
    throw new UsageError(
      "There are no saved profiles. Add one with 'genesys-auth setup'.",
    );
  }

  const env = withoutCredentialVariables(context.env);
  // One keychain request for every secret, not one entry per profile.
  const keychain = createBatchReadingSecretStore();
  const options = {
    ...resolveOptions(flags, context),
    env,
    secrets: () => keychain,
  };
  const problems: ProfileProblem[] = [];
  const secrets: string[] = [];
  const finished: Report[] = [];
  const pool = runPooled(
    profiles,
    // Genesys limits requests per OAuth client and per token, never across
    // clients: profiles of different clients may run side by side, and
    // sixteen keep 100 profiles within two seconds at 50 ms a round trip.
    {limit: 16, keyOf: (profile) => `${profile.domain} ${profile.clientId}`},
    async (profile) => {
      try {
        const resolved = await resolveCredentials({
          ...options,
          flags: {profile: profile.name},
        });
        const environment = environmentOf(
          resolved.regionInput,
          `Profile '${profile.name}'`,
        );
        const request = {
          profile: profile.name,
          environment,
          credentials: credentialsOf(resolved),
          ...settings,
          env: context.env,
        };
        secrets.push(...secretsOf(request));
        const report = await runChecks(request, {signal: context.signal});
        finished.push(report);

        return report;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        problems.push({profile: profile.name, message: error.message});

        return null;
      }
    },
  );
  let results: Array<Report | null>;
  try {
    results = await pool;
  } finally {
    // One write of the profile file for every result, not one per profile,
    // and those finished before an interrupt are kept too.
    await recordLastChecks(finished, context);
  }

  const reports = results.filter((report) => report !== null);

  return {reports, problems, secrets};
}
