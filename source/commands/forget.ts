import {mention} from '../store/secret-shape.js';
import {
  createKeychainSecretStore,
  KeychainError,
  keychainService,
} from '../store/secrets.js';
import type {CommandContext} from './context.js';
import {exitCodes, UsageError} from './context.js';
import {
  flagHelp,
  formatHelp,
  helpFlag,
  parseFlags,
  profileFlag,
  requireProfileName,
} from './flags.js';
import {openProfiles} from './open-profiles.js';

const help = formatHelp(
  'genesys-auth forget --profile NAME',
  'Removes a saved profile and its client secret from the keychain.',
  [['--profile NAME', 'the profile to remove'], flagHelp.help],
);

async function deleteSecret(remove: () => Promise<boolean>) {
  try {
    return await remove();
  } catch (error) {
    if (!(error instanceof KeychainError)) throw error;

    throw new UsageError(
      `Nothing was removed: ${error.reason}\n${error.remedy}`,
    );
  }
}

/**
 * `genesys-auth forget --profile NAME`. Nothing to remove is exit 2, not 0:
 * a mistyped name must not look as if the secret were gone.
 */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const flags = parseFlags('forget', args, {...profileFlag, ...helpFlag});
  if (flags.help) {
    context.stdout.write(help);

    return exitCodes.ok;
  }

  const name = requireProfileName(
    flags.profile,
    "Name the profile to remove: 'genesys-auth forget --profile NAME' " +
      "('genesys-auth profiles' lists them).",
  );
  const secrets = createKeychainSecretStore();
  const probe = await secrets.probe();
  if (!probe.available) {
    // Removing the profile alone would leave the secret behind unseen.
    throw new UsageError(
      `Nothing was removed: the keychain holding the client secret of ` +
        `'${name}' cannot be reached. ${probe.reason}\n` +
        'Run this again where the keychain is available (the desktop ' +
        'session that saved it).',
    );
  }

  const profiles = await openProfiles(context);
  // The secret first: if the keychain refuses, the profile stays to say so.
  const hadSecret = await deleteSecret(() => secrets.delete(name));
  const hadProfile = profiles.remove(name);
  if (!hadProfile && !hadSecret) {
    throw new UsageError(
      `Nothing to forget: there is no profile named ${mention(name)} and no ` +
        "keychain entry for it. 'genesys-auth profiles' lists the saved ones.",
    );
  }

  const lines = [
    hadProfile
      ? `Removed profile '${name}' from ${profiles.path}.`
      : `There was no profile named ${mention(name)} in ${profiles.path}.`,
    hadSecret
      ? `Removed its client secret from the keychain (service ` +
        `'${keychainService}', account '${name}').`
      : 'It had no client secret in the keychain.',
  ];
  context.stdout.write(`${lines.join('\n')}\n`);

  return exitCodes.ok;
}
