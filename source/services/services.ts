import type {ClientCredentials, Environment} from '../genesys/types.js';
import type {CheckEvent, Report} from '../diagnosis/types.js';
import type {Profile} from '../store/types.js';
import type {SetupStore, WizardContext} from '../wizard/index.js';

/** What the checks are run for. */
export interface CheckTarget {
  profile: string | null;
  environment: Environment;
  credentials: ClientCredentials;
}

/** The diagnosis' entry point, as the screens call it. */
export type RunChecks = (
  request: CheckTarget,
  options: {signal?: AbortSignal; onEvent?: (event: CheckEvent) => void},
) => Promise<Report>;

/** The saved profiles, as the home screen needs them. */
export interface ProfileBook {
  list(): Promise<Profile[]>;
  /** Removes the profile and its keychain entry. */
  remove(name: string): Promise<void>;
  recordCheck(name: string, report: Report): Promise<void>;
}

/** A scenario of the demo's emulator. */
export interface Scenario {
  name: string;
  title: string;
  description: string;
}

/** The demo's control over its emulator. */
export interface ScenarioControl {
  list: Scenario[];
  select(name: string): void;
}

/** Everything the screens reach outside themselves; given by a command. */
export interface AppServices {
  wizard: WizardContext;
  store: SetupStore;
  profiles: ProfileBook;
  runChecks: RunChecks;
  /** Writes the Markdown support bundle and answers its path. */
  saveBundle(report: Report, target: CheckTarget): Promise<string>;
  /** A short, non-reversible fingerprint of a secret, for display. */
  fingerprint(secret: string): string;
  /** Present only in the demo. */
  scenarios?: ScenarioControl;
}
