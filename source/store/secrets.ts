import {setTimeout as delay} from 'node:timers/promises';
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

const attempts = 10;

// The Secret Service finds items, then reads each one; when another process
// deletes an item in between, the whole operation fails with "Object does
// not exist". Trying again after a moment sees the keychain as it now is.
function isStaleItem(error: unknown): boolean {
  return /Object does not exist|No such interface|UnknownObject/i.test(
    String(error),
  );
}

/**
 * Runs a keychain operation, retrying when an item vanished under it, and
 * turns its failures into KeychainError.
 */
async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt < attempts && isStaleItem(error)) {
        await delay(25 * attempt);
        continue;
      }

      const {reason, remedy} = explainKeychainFailure(error);
      throw new KeychainError(reason, remedy);
    }
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

/** Names every account filed under the service. */
async function listAccounts(): Promise<string[]> {
  const {findCredentialsAsync} = await loadKeyring();
  const found = await findCredentialsAsync(keychainService);

  return found
    .map((credential) => credential.account)
    .filter((account) => account !== probeAccount)
    .sort();
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
    list: () => guarded(listAccounts),
  };
}

/**
 * The keychain for commands that read many secrets (`check --all`): the
 * first read fetches every secret filed under the service in one request,
 * where opening an entry costs milliseconds of blocked event loop per
 * profile. A profile not among them is read on its own, as by the plain
 * store, and so is everything after a change.
 */
export function createBatchReadingSecretStore(): SecretStore {
  const store = createKeychainSecretStore();
  let all: Promise<Map<string, string>> | undefined;
  const readAll = async () => {
    const {findCredentialsAsync} = await loadKeyring();
    const found = await findCredentialsAsync(keychainService);

    return new Map(found.map((entry) => [entry.account, entry.password]));
  };

  return {
    ...store,
    async get(profile) {
      all ??= readAll().catch(() => new Map<string, string>());

      return (await all).get(profile) ?? store.get(profile);
    },
    async set(profile, secret) {
      all = undefined;
      await store.set(profile, secret);
    },
    async delete(profile) {
      all = undefined;

      return store.delete(profile);
    },
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
