import type {EnvironmentResolution} from '../genesys/regions.js';

/** The steps of setup, in order. */
export const stepIds = [
  'welcome',
  'region',
  'client-id',
  'client-secret',
  'profile-name',
  'saving',
  'checks',
] as const;

export type StepId = (typeof stepIds)[number];

/** The answers a person gives; the client secret only lives in memory. */
export interface Answers {
  region?: string;
  clientId?: string;
  clientSecret?: string;
  profileName?: string;
}

export type AnswerKey = keyof Answers;

/**
 * How a front end collects a step's answer:
 * - `none`: nothing to type; Enter continues (welcome).
 * - `region`: free text, with Genesys' deployments offered as choices
 *   that narrow as the person types (see `filterRegions`).
 * - `text`: free text.
 * - `secret`: free text that is never shown; mask every character.
 * - `task`: work the front end runs and reports (saving, checks).
 */
export type InputKind = 'none' | 'region' | 'text' | 'secret' | 'task';

/** What a check of an answer found: an error blocks, a warning asks. */
export interface Verdict {
  error?: string;
  warning?: string;
}

/** The result of reading a region, as `genesys/regions.ts` answers it. */
export type RegionResolution = EnvironmentResolution;

/** One of Genesys' deployments, for the region picker. */
export interface Deployment {
  region: string;
  domain: string;
}

/** What the steps need to know about the world; no I/O of their own. */
export interface WizardContext {
  resolveEnvironment(input: string): RegionResolution;
  listRegions(): Deployment[];
  /** Names of the profiles already saved, to warn before replacing one. */
  profileNames: readonly string[];
  /** The store's rule for profile names: a message when one is refused. */
  validateProfileName?(name: string): string | undefined;
  /** Answers offered as defaults, such as the demo's credentials. */
  defaults?: Answers;
}

/** One step of setup, as data every front end renders the same way. */
export interface Step {
  id: StepId;
  /** A short label for progress lines, such as "Client id". */
  title: string;
  /** What the step asks, one line. */
  question: string;
  /** One line that helps answer it. */
  help: string;
  input: InputKind;
  /** Where the answer is kept; absent for welcome and tasks. */
  answer?: AnswerKey;
  /** The answer offered when the person just presses Enter. */
  defaultValue?(answers: Answers, context: WizardContext): string | undefined;
  /** Checks an answer; never echoes a secret in what it returns. */
  check?(value: string, answers: Answers, context: WizardContext): Verdict;
}

/**
 * What the saving step did. A profile is saved only once a token request
 * with its credentials succeeded; otherwise nothing is written, and the
 * checks still run to say why.
 */
export type SaveResult =
  | {
      saved: true;
      name: string;
      /** Where the secret went, such as `the keychain (service x)`. */
      keychain: string;
    }
  | {
      saved: false;
      /** Why no token was issued, with its evidence; never the secret. */
      reason: string;
    };
