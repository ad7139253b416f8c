import {resolveEnvironment} from '../genesys/regions.js';
import type {Environment} from '../genesys/types.js';
import type {ProfileStore} from '../store/profiles.js';
import type {SecretStore} from '../store/types.js';
import {saveProfile, type VerifyCredentials} from '../store/save.js';
import {createKeychainSecretStore} from '../store/secrets.js';
import type {CommandContext} from './context.js';
import {exitCodes, UsageError} from './context.js';
import {resolveCredentials, type ResolvedCredentials} from './credentials.js';
import {
  credentialFlags,
  flagHelp,
  formatHelp,
  helpFlag,
  parseFlags,
  profileFlag,
  requireProfileName,
} from './flags.js';
import {openProfiles} from './open-profiles.js';
import {asUsageError, summary} from './setup-batch-report.js';
import {tokenVerifier} from '../services/token-verifier.js';

const options = {
  ...profileFlag,
  ...credentialFlags,
  'no-verify': {type: 'boolean'},
  yes: {type: 'boolean', short: 'y'},
  // Accepted so the interactive setup's flags never break a script.
  plain: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  ...helpFlag,
} as const;

const help = formatHelp(
  'genesys-auth setup --yes --profile NAME [flags]',
  'Saves a profile without questions: the secret comes from standard input\n' +
    'or GENESYSCLOUD_OAUTHCLIENT_SECRET, and is saved only once a token\n' +
    'request with it has succeeded.',
  [
    ['--profile NAME', 'the profile to create or update'],
    flagHelp.region,
    flagHelp.clientId,
    flagHelp.clientSecretStdin,
    ['--no-verify', 'save without requesting a token first'],
    ['--yes', 'no questions, even on a terminal'],
    flagHelp.help,
  ],
);

function resolveRegion(input: string, context: CommandContext): Environment {
  const resolution = resolveEnvironment(input);
  if (!resolution.ok) throw new UsageError(resolution.message);

  const {environment, warning} = resolution;
  if (warning) {
    context.stderr.write(`Warning: ${warning}\n`);
  } else if (!environment.isKnown && !environment.isLocal) {
    context.stderr.write(
      `Warning: ${environment.domain} is not a Genesys Cloud region ` +
        "listed in Genesys' registry; check it if the token request fails.\n",
    );
  }

  return environment;
}

/**
 * `genesys-auth setup` without a terminal, or with `--yes`: proves the
 * credentials with a token request, then saves the secret in the keychain
 * and the profile in the profile file. Exit 0 saved, 1 the credentials did
 * not work, 2 usage or no keychain; nothing is written unless it is 0.
 */
export async function runBatchSetup(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const flags = parseFlags('setup', args, options);
  if (flags.help) {
    context.stdout.write(help);

    return exitCodes.ok;
  }

  const name = requireProfileName(
    flags.profile,
    'Name the profile to save with --profile NAME, for example ' +
      '--profile prod-eu.',
  );
  const secrets = createKeychainSecretStore();
  const probe = await secrets.probe();
  if (!probe.available) {
    throw new UsageError(
      `Nothing was saved: there is no keychain here to keep the client ` +
        `secret in. ${probe.reason}\n${probe.remedy}`,
    );
  }

  const profiles = await openProfiles(context);
  const credentials = await resolveCredentials({
    flags,
    env: context.env,
    stdin: context.stdin,
    openProfiles: async () => profiles,
    secrets: () => secrets,
    allowMissingProfile: true,
  });
  const environment = resolveRegion(credentials.regionInput, context);

  try {
    return await save(context, {
      name,
      profiles,
      secrets,
      credentials,
      environment,
      verify: flags['no-verify'] ? null : tokenVerifier(environment, context),
    });
  } catch (error) {
    if (context.signal.aborted) {
      context.stderr.write('Interrupted: nothing was saved.\n');

      return exitCodes.interrupted;
    }

    throw asUsageError(error, profiles.path);
  }
}

/** What a save needs; also what its summary shows. */
export interface SaveInput {
  name: string;
  profiles: ProfileStore;
  secrets: SecretStore;
  credentials: ResolvedCredentials;
  environment: Environment;
  verify: VerifyCredentials | null;
}

async function save(
  context: CommandContext,
  input: SaveInput,
): Promise<number> {
  const {name, profiles, secrets, credentials, environment} = input;
  const previous = profiles.get(name);
  const result = await saveProfile({
    profiles,
    secrets,
    secret: credentials.clientSecret,
    verify: input.verify,
    profile: {
      name,
      regionInput: credentials.regionInput,
      region: environment.region,
      domain: environment.domain,
      clientId: credentials.clientId,
      createdAt: previous?.createdAt ?? new Date().toISOString(),
      lastCheck: null,
    },
  });
  if (!result.ok) {
    const kept = previous
      ? ` The saved profile '${name}' and its secret are unchanged.`
      : '';
    context.stderr.write(
      `The credentials did not work, so nothing was saved.${kept}\n` +
        `${result.message}\n`,
    );

    return exitCodes.checkFailed;
  }

  context.stdout.write(summary(input, result));

  return exitCodes.ok;
}
