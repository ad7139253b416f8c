import type {Environment} from '../genesys/types.js';
import type {SecretStore} from '../store/types.js';
import type {Answers, SaveResult, WizardContext} from './types.js';

/** What saving needs: a complete set of answers, resolved. */
export interface SetupInput {
  name: string;
  regionInput: string;
  environment: Environment;
  clientId: string;
  clientSecret: string;
}

/** Where the store is in a save, for progress lines. */
export type SaveStage = 'token' | 'write';

/** How a save is followed and stopped. */
export interface SaveOptions {
  signal?: AbortSignal;
  onStage?: (stage: SaveStage) => void;
}

/** Where saving goes: the keychain, and a transactional profile save. */
export interface SetupStore {
  secrets: SecretStore;
  /** Where secrets are kept, in words: `the keychain (service x)`. */
  keychain: string;
  /**
   * Requests a token with the credentials and, only if one is issued,
   * stores the secret, then the profile; leaves nothing half-written.
   */
  saveProfile(
    input: SetupInput,
    options?: SaveOptions,
  ): Promise<{saved: true} | {saved: false; reason: string}>;
}

/**
 * How the saving step ended: `ok` goes on to the checks, saved or not
 * (`result`); otherwise nothing could be tried, and `message` says why.
 */
export type SaveOutcome =
  | {ok: true; input: SetupInput; result: SaveResult}
  | {ok: false; message: string};

/** The answers as a save request, or why they are not complete. */
export function toSetupInput(
  answers: Answers,
  context: WizardContext,
): SetupInput | string {
  const {region, clientId, clientSecret, profileName} = answers;
  if (!region || !clientId || !clientSecret || !profileName) {
    return 'Some answers are missing; go back and fill them in.';
  }

  const resolution = context.resolveEnvironment(region);
  if (!resolution.ok) return resolution.message;

  return {
    name: profileName,
    regionInput: region,
    environment: resolution.environment,
    clientId,
    clientSecret,
  };
}

/** The progress line for a stage of saving. */
export function saveStageLabel(
  stage: 'keychain' | SaveStage,
  input?: SetupInput,
): string {
  if (stage === 'keychain') return 'Checking the keychain…';
  if (stage === 'write') return 'Storing the secret and saving the profile…';
  const login = input ? new URL(input.environment.loginBaseUrl).host : '';

  return `Requesting a token from ${login || 'the login host'}…`;
}

/** What the report says about the save, in both front ends. */
export function saveNotice(result: SaveResult): string {
  return result.saved
    ? `Saved profile ${result.name}: the client secret is in ` +
        `${result.keychain}.`
    : 'Nothing was saved: these credentials got no token.';
}

/**
 * The saving step: make sure a keychain is there, request a token with
 * the answers, and write the secret and profile only if one was issued.
 * `onProgress` gets a line for each stage.
 */
export async function saveSetup(
  answers: Answers,
  context: WizardContext,
  store: SetupStore,
  options: {signal?: AbortSignal; onProgress?: (line: string) => void} = {},
): Promise<SaveOutcome> {
  const input = toSetupInput(answers, context);
  if (typeof input === 'string') return {ok: false, message: input};
  options.onProgress?.(saveStageLabel('keychain'));
  const probe = await store.secrets.probe();
  if (!probe.available) {
    return {ok: false, message: `${probe.reason} ${probe.remedy}`};
  }

  try {
    const stored = await store.saveProfile(input, {
      signal: options.signal,
      onStage: (stage) => options.onProgress?.(saveStageLabel(stage, input)),
    });
    const result: SaveResult = stored.saved
      ? {saved: true, name: input.name, keychain: store.keychain}
      : stored;

    return {ok: true, input, result};
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return {ok: false, message: `The profile was not saved: ${reason}`};
  }
}
