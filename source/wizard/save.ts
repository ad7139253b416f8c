import type {Environment} from '../genesys/types.js';
import type {SecretStore} from '../store/types.js';
import type {Answers, WizardContext} from './types.js';

/** What saving needs: a complete set of answers, resolved. */
export interface SetupInput {
  name: string;
  regionInput: string;
  environment: Environment;
  clientId: string;
  clientSecret: string;
}

/** Where saving goes: the keychain, and a transactional profile save. */
export interface SetupStore {
  secrets: SecretStore;
  /** Stores the secret, then the profile; leaves nothing half-written. */
  saveProfile(input: SetupInput): Promise<void>;
}

export type SaveOutcome =
  {ok: true; input: SetupInput} | {ok: false; message: string};

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

/**
 * The saving step: make sure a keychain is there before writing anything,
 * then save. Failures come back as a message a person can act on.
 */
export async function saveSetup(
  answers: Answers,
  context: WizardContext,
  store: SetupStore,
): Promise<SaveOutcome> {
  const input = toSetupInput(answers, context);
  if (typeof input === 'string') return {ok: false, message: input};
  const probe = await store.secrets.probe();
  if (!probe.available) {
    return {ok: false, message: `${probe.reason} ${probe.remedy}`};
  }

  try {
    await store.saveProfile(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return {ok: false, message: `The profile was not saved: ${reason}`};
  }

  return {ok: true, input};
}
