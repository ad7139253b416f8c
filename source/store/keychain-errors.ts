import type {KeychainProbe} from './types.js';

type Unavailable = Extract<KeychainProbe, {available: false}>;

/** The ways to give a secret that need no keychain at all. */
const withoutKeychain =
  'Without a keychain, give the secret for one run only: set ' +
  'GENESYSCLOUD_OAUTHCLIENT_SECRET, or pipe it in with ' +
  '--client-secret-stdin. genesys-auth never writes a secret to a file.';

const linuxProvider =
  'A Secret Service provides one: GNOME Keyring, KWallet or KeePassXC ' +
  '(with its Secret Service integration on) in a desktop or D-Bus session.';

/** A keychain operation that could not be done, in words for the admin. */
export class KeychainError extends Error {
  override name = 'KeychainError';

  constructor(
    readonly reason: string,
    readonly remedy: string,
  ) {
    super(`${reason}\n${remedy}`);
  }
}

function linuxReason(message: string): string {
  if (/connect|autolaunch|DBUS_SESSION_BUS_ADDRESS/i.test(message)) {
    return (
      'No D-Bus session is reachable here (as over SSH, in a container or ' +
      'on a server), so there is no Secret Service to keep the client secret.'
    );
  }

  if (/ServiceUnknown|org\.freedesktop\.secrets|not provided/i.test(message)) {
    return 'The D-Bus session has no Secret Service to keep the client secret.';
  }

  if (/locked|unlock|prompt|dismissed/i.test(message)) {
    return 'The keychain is locked and could not be unlocked from here.';
  }

  return `The keychain could not be used: ${message}`;
}

/** Turns a keychain library error into a reason and a remedy. */
export function explainKeychainFailure(
  error: unknown,
  platform: NodeJS.Platform = process.platform,
): Unavailable {
  const message = error instanceof Error ? error.message : String(error);
  if (platform !== 'linux') {
    return {
      available: false,
      reason: `The system keychain could not be used: ${message}`,
      remedy: withoutKeychain,
    };
  }

  const reason = linuxReason(message);
  const remedy = reason.includes('locked')
    ? 'Unlock it (log in to the desktop, or run gnome-keyring-daemon ' +
      `--unlock), then try again. ${withoutKeychain}`
    : `${linuxProvider} ${withoutKeychain}`;

  return {available: false, reason, remedy};
}

/** The answer when the keychain did not reply in time. */
export function keychainTimedOut(seconds: number): Unavailable {
  return {
    available: false,
    reason: `The keychain did not answer within ${seconds} seconds.`,
    remedy:
      'If it is asking to be unlocked, unlock it and try again. ' +
      withoutKeychain,
  };
}
