/** A saved integration. Never holds the client secret or a token. */
export interface Profile {
  name: string;
  /** The region exactly as the admin typed or pasted it. */
  regionInput: string;
  /** What it resolved to when saved. */
  region: string | null;
  domain: string;
  clientId: string;
  /** ISO 8601. */
  createdAt: string;
  lastCheck: LastCheck | null;
}

/** The outcome of a profile's most recent check. */
export interface LastCheck {
  /** ISO 8601. */
  at: string;
  ok: boolean;
  /** Diagnosis codes, in check order. */
  codes: string[];
}

/** Whether a keychain can be used here, and if not, why. */
export type KeychainProbe =
  {available: true} | {available: false; reason: string; remedy: string};

/** Where client secrets live: the OS keychain, or memory for the demo. */
export interface SecretStore {
  /** A short, time-boxed test that the store can be reached at all. */
  probe(): Promise<KeychainProbe>;
  get(profile: string): Promise<string | null>;
  set(profile: string, secret: string): Promise<void>;
  /** Resolves whether there was anything to delete. */
  delete(profile: string): Promise<boolean>;
  /** Names of the profiles that have a secret. */
  list(): Promise<string[]>;
}
