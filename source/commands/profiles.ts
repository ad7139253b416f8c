import {createKeychainSecretStore} from '../store/secrets.js';
import type {KeychainProbe, Profile} from '../store/types.js';
import type {CommandContext} from './context.js';
import {exitCodes} from './context.js';
import {flagHelp, formatHelp, helpFlag, jsonFlag, parseFlags} from './flags.js';
import {openProfiles} from './open-profiles.js';

const help = formatHelp(
  'genesys-auth profiles [--json]',
  'Lists the saved profiles: region, client id, last check, keychain entry.',
  [flagHelp.json, flagHelp.help],
);

type KeychainState = 'present' | 'missing' | 'unknown';

/** A profile as listed: the saved fields and whether its secret is there. */
interface ListedProfile extends Profile {
  keychain: KeychainState;
}

async function keychainNames(
  probe: KeychainProbe,
  list: () => Promise<string[]>,
): Promise<Set<string> | null> {
  if (!probe.available) return null;

  try {
    return new Set(await list());
  } catch {
    return null;
  }
}

function describeLastCheck(profile: Profile): string {
  const check = profile.lastCheck;
  if (!check) return 'never';

  const when = check.at.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  if (check.ok) return `${when}, passed`;

  const codes = check.codes.length > 0 ? ` (${check.codes.join(', ')})` : '';

  return `${when}, failed${codes}`;
}

const keychainWords: Record<KeychainState, string> = {
  present: 'yes',
  missing: 'missing',
  unknown: 'unknown (no keychain)',
};

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );

  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function renderText(
  listed: ListedProfile[],
  probe: KeychainProbe,
  file: string,
): string {
  if (listed.length === 0) {
    return (
      "No profiles yet. Add one with 'genesys-auth setup', or in a script:\n" +
      '  printf %s "$SECRET" | genesys-auth setup --profile NAME ' +
      '--region REGION --client-id ID --client-secret-stdin\n'
    );
  }

  const header = ['PROFILE', 'REGION', 'CLIENT ID', 'LAST CHECK', 'SECRET'];
  const rows = listed.map((profile) => [
    profile.name,
    profile.region ?? profile.domain,
    profile.clientId,
    describeLastCheck(profile),
    keychainWords[profile.keychain],
  ]);
  const notes = [`\nProfile file: ${file}`];
  if (!probe.available) notes.push(`No keychain here: ${probe.reason}`);

  return `${table([header, ...rows])}\n${notes.join('\n')}\n`;
}

/** `genesys-auth profiles [--json]`. */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const flags = parseFlags('profiles', args, {...jsonFlag, ...helpFlag});
  if (flags.help) {
    context.stdout.write(help);

    return exitCodes.ok;
  }

  const profiles = await openProfiles(context);
  const secrets = createKeychainSecretStore();
  const probe = await secrets.probe();
  const names = await keychainNames(probe, () => secrets.list());
  const listed: ListedProfile[] = profiles.list().map((profile) => ({
    ...profile,
    keychain: names
      ? names.has(profile.name)
        ? 'present'
        : 'missing'
      : 'unknown',
  }));

  if (flags.json) {
    const output = {
      profileFile: profiles.path,
      keychain: probe,
      profiles: listed,
    };
    context.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    context.stdout.write(renderText(listed, probe, profiles.path));
  }

  return exitCodes.ok;
}
