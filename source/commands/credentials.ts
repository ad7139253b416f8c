import {mention} from '../store/secret-shape.js';
import type {ProfileStore} from '../store/profiles.js';
import {KeychainError} from '../store/secrets.js';
import type {Profile, SecretStore} from '../store/types.js';
import {UsageError} from './context.js';
import {
  credentialVariables,
  describeSource,
  fieldNames,
  flagNames,
  type CredentialSource,
  type Field,
} from './credential-sources.js';
import {readSecretFromStdin} from './read-stdin-secret.js';
import {looksLikeSecret} from '../store/secret-shape.js';

export {
  credentialVariables,
  describeSource,
  describeSources,
  type CredentialSource,
} from './credential-sources.js';

/** The credential flags, as parseFlags returns them. */
export interface CredentialFlagValues {
  profile?: string;
  region?: string;
  'client-id'?: string;
  'client-secret-stdin'?: boolean;
}

/** The credentials for one run, and where each value came from. */
export interface ResolvedCredentials {
  /** The profile named with --profile, when it exists. */
  profile: Profile | null;
  regionInput: string;
  clientId: string;
  clientSecret: string;
  sources: {
    region: CredentialSource;
    clientId: CredentialSource;
    clientSecret: CredentialSource;
  };
}

export interface ResolveCredentialsOptions {
  flags: CredentialFlagValues;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & {isTTY?: boolean};
  /** Opened only when a profile is named. */
  openProfiles: () => Promise<ProfileStore>;
  /** Asked only when the secret must come from the named profile. */
  secrets: () => SecretStore;
  /** For setup: a named profile may not exist yet. */
  allowMissingProfile?: boolean;
  /**
   * Throws when the region cannot be used; called before the secret is
   * read, so a mistyped region is reported before a secret is asked for.
   */
  checkRegion?: (input: string) => void;
}

function fromEnv(env: NodeJS.ProcessEnv, field: Field): string | undefined {
  const value = env[credentialVariables[field]];

  return value === undefined || value.trim() === '' ? undefined : value;
}

function missing(field: Field, profileName: string | undefined): UsageError {
  const ways =
    field === 'clientSecret'
      ? `pipe it in with ${flagNames[field]}`
      : `pass ${flagNames[field]}`;
  const profileHint = profileName
    ? ''
    : ', or name a saved profile with --profile';

  return new UsageError(
    `No ${fieldNames[field]} given: ${ways} or set ` +
      `${credentialVariables[field]}${profileHint}.`,
  );
}

// The value is not repeated: it would put a secret on the screen and in
// any log of it.
function secretAsClientId(
  source: CredentialSource,
  profileName: string | undefined,
): UsageError {
  const where = describeSource('clientId', source, profileName ?? null);

  return new UsageError(
    `The ${where} looks like a client secret, not a client id, so it was ` +
      'not used (and is not shown). A Genesys Cloud client id is a UUID ' +
      'such as 5f0c2a4e-1b3d-4c6e-8f7a-9b0c1d2e3f4a: copy it from Admin > ' +
      'Integrations > OAuth > your client > Client ID.',
  );
}

async function loadProfile(
  options: ResolveCredentialsOptions,
  name: string | undefined,
): Promise<Profile | null> {
  if (name === undefined) return null;

  const profile = (await options.openProfiles()).get(name);
  if (profile || options.allowMissingProfile) return profile;

  throw new UsageError(
    `There is no profile named ${mention(name)}. Run 'genesys-auth ` +
      "profiles' to see the saved ones, or 'genesys-auth setup --profile " +
      `${looksLikeSecret(name) ? 'NAME' : name}' to create it.`,
  );
}

type Picked = {value: string; source: CredentialSource} | undefined;

function pick(
  flag: string | undefined,
  env: string | undefined,
  saved: string | undefined,
): Picked {
  if (flag !== undefined && flag.trim() !== '') {
    return {value: flag.trim(), source: 'flag'};
  }

  if (env !== undefined) return {value: env.trim(), source: 'environment'};

  return saved === undefined ? undefined : {value: saved, source: 'profile'};
}

/**
 * Merges one run's credentials: flags over environment over the saved
 * profile (whose secret is in the keychain). Throws UsageError, naming the
 * flag or variable that would help, when a value is missing.
 */
export async function resolveCredentials(
  options: ResolveCredentialsOptions,
): Promise<ResolvedCredentials> {
  const {flags, env} = options;
  const profile = await loadProfile(options, flags.profile);
  const region = pick(
    flags.region,
    fromEnv(env, 'region'),
    profile?.regionInput,
  );
  if (!region) throw missing('region', flags.profile);
  options.checkRegion?.(region.value);

  const clientId = pick(
    flags['client-id'],
    fromEnv(env, 'clientId'),
    profile?.clientId,
  );
  if (!clientId) throw missing('clientId', flags.profile);
  if (looksLikeSecret(clientId.value)) {
    throw secretAsClientId(clientId.source, flags.profile);
  }

  const secret = await resolveSecret(options, profile);

  return {
    profile,
    regionInput: region.value,
    clientId: clientId.value,
    clientSecret: secret.value,
    sources: {
      region: region.source,
      clientId: clientId.source,
      clientSecret: secret.source,
    },
  };
}

async function resolveSecret(
  options: ResolveCredentialsOptions,
  profile: Profile | null,
): Promise<{value: string; source: CredentialSource}> {
  if (options.flags['client-secret-stdin']) {
    return {value: await readSecretFromStdin(options.stdin), source: 'stdin'};
  }

  const fromEnvironment = fromEnv(options.env, 'clientSecret');
  if (fromEnvironment !== undefined) {
    return {value: fromEnvironment, source: 'environment'};
  }

  if (!profile) throw missing('clientSecret', options.flags.profile);

  const saved = await readKeychain(options.secrets(), profile.name);
  if (saved === null) {
    throw new UsageError(
      `Profile '${profile.name}' has no client secret in the keychain. ` +
        `Save one with 'genesys-auth setup --profile ${profile.name}', or ` +
        'give it for this run with --client-secret-stdin or ' +
        `${credentialVariables.clientSecret}.`,
    );
  }

  return {value: saved, source: 'keychain'};
}

async function readKeychain(
  secrets: SecretStore,
  name: string,
): Promise<string | null> {
  try {
    return await secrets.get(name);
  } catch (error) {
    if (!(error instanceof KeychainError)) throw error;

    throw new UsageError(
      `The client secret of profile '${name}' could not be read from the ` +
        `keychain. ${error.reason}\n${error.remedy}`,
    );
  }
}
