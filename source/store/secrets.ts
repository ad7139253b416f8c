import type {KeychainProbe, SecretStore} from './types.js';
import {
  explainKeychainFailure,
  KeychainError,
  keychainTimedOut,
} from './keychain-errors.js';

export {KeychainError} from './keychain-errors.js';

/** The keychain service every entry is filed under; the account is the profile. */
export const keychainService = 'genesys-auth';

// Not a valid profile name, so the probe can never read a real entry.
const probeAccount = ' probe';

type Keyring = typeof import('@napi-rs/keyring');

let keyring: Promise<Keyring> | undefined;

function loadKeyring(): Promise<Keyring> {
  keyring ??= import('@napi-rs/keyring');

  return keyring;
}

async function openEntry(account: string) {
  const {AsyncEntry} = await loadKeyring();

  // Pinned: left to its default, the library falls back on Linux to the
  // kernel keyring, which is memory only and loses the secret at reboot.
  return new AsyncEntry(keychainService, account, {
    linux: {store: 'secret-service'},
  });
}

/** Runs a keychain operation, turning its failures into KeychainError. */
async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const {reason, remedy} = explainKeychainFailure(error);
    throw new KeychainError(reason, remedy);
  }
}

async function probeWithin(timeoutMs: number): Promise<KeychainProbe> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<KeychainProbe>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(keychainTimedOut(Math.round(timeoutMs / 1000)));
    }, timeoutMs);
  });
  const attempt = (async (): Promise<KeychainProbe> => {
    try {
      const entry = await openEntry(probeAccount);
      await entry.getPassword(controller.signal);

      return {available: true};
    } catch (error) {
      return explainKeychainFailure(error);
    }
  })();

  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The OS keychain: macOS Keychain, Windows Credential Manager, or on Linux
 * the Secret Service only. Operations reject with KeychainError.
 */
export function createKeychainSecretStore(
  options: {probeTimeoutMs?: number} = {},
): SecretStore {
  return {
    probe: () => probeWithin(options.probeTimeoutMs ?? 2000),
    get: (profile) =>
      guarded(async () => (await openEntry(profile)).getPassword()),
    async set(profile, secret) {
      await guarded(async () => (await openEntry(profile)).setPassword(secret));
    },
    delete: (profile) =>
      guarded(async () => (await openEntry(profile)).deletePassword()),
    list: () =>
      guarded(async () => {
        const {findCredentialsAsync} = await loadKeyring();
        const found = await findCredentialsAsync(keychainService);

        return found
          .map((credential) => credential.account)
          .filter((account) => account !== probeAccount)
          .sort();
      }),
  };
}

/** Secrets held in memory for this process only, as the demo needs. */
export function createMemorySecretStore(
  initial: Record<string, string> = {},
): SecretStore {
  const secrets = new Map(Object.entries(initial));

  return {
    probe: async () => ({available: true}),
    get: async (profile) => secrets.get(profile) ?? null,
    async set(profile, secret) {
      secrets.set(profile, secret);
    },
    delete: async (profile) => secrets.delete(profile),
    list: async () => [...secrets.keys()].sort(),
  };
}
