import {existsSync, mkdirSync, renameSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LastCheck, Profile} from './types.js';
import {loadConf} from './load-conf.js';
import {validateProfileName} from './profile-name.js';
import {assertLayout} from './profile-schema.js';

export {validateProfileName} from './profile-name.js';

/** The environment variable that moves the profile file's directory. */
export const configDirVariable = 'GENESYS_AUTH_CONFIG_DIR';

const configName = 'config';

/** The saved profiles: settings only, never a client secret or a token. */
export interface ProfileStore {
  /** The profile file. */
  path: string;
  /** Set when the file had to be moved aside; print it to the admin. */
  notice?: string;
  /** Every profile, sorted by name. */
  list(): Profile[];
  get(name: string): Profile | null;
  /** Adds or replaces a profile. */
  save(profile: Profile): void;
  /** Resolves whether there was a profile to remove. */
  remove(name: string): boolean;
  recordCheck(name: string, lastCheck: LastCheck): void;
  /**
   * Records several results in one write (`check --all`: one file write,
   * not one per profile); answers the names no longer saved, skipped.
   */
  recordChecks(results: Array<{name: string; lastCheck: LastCheck}>): string[];
}

type ProfileMap = Record<string, Profile>;

interface ConfLike {
  path: string;
  store: unknown;
  get(key: 'profiles'): ProfileMap | undefined;
  set(key: 'profiles', value: ProfileMap): void;
}

/** Copies only the known fields, so nothing else can reach the file. */
function toStored(profile: Profile): Profile {
  const lastCheck = profile.lastCheck && {
    at: profile.lastCheck.at,
    ok: profile.lastCheck.ok,
    codes: [...profile.lastCheck.codes],
  };

  return {
    name: profile.name,
    regionInput: profile.regionInput,
    region: profile.region,
    domain: profile.domain,
    clientId: profile.clientId,
    createdAt: profile.createdAt,
    lastCheck,
  };
}

function isInvalidFile(error: unknown): boolean {
  if (!(error instanceof Error)) return false;

  return (
    error.name === 'SyntaxError' ||
    error.message.startsWith('Config schema violation')
  );
}

function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
}

/** Renames a broken file out of the way; never deletes it. */
function moveAside(file: string, now: Date): string {
  const base = `${file}.corrupt-${timestamp(now)}`;
  let aside = base;
  for (let count = 2; existsSync(aside); count += 1) {
    aside = `${base}-${count}`;
  }

  renameSync(file, aside);

  return aside;
}

function describeProblem(error: Error): string {
  if (error.name === 'SyntaxError') return 'it is not valid JSON';

  const detail = error.message.replace(/^Config schema violation:\s*/, '');

  return `it does not have the expected layout (${detail})`;
}

function recoveryNotice(file: string, aside: string, error: Error): string {
  return [
    `The profile file ${file} could not be used: ${describeProblem(error)}.`,
    `It was moved, unchanged, to ${aside}; a new, empty profile file is used.`,
    'To get the old profiles back, repair that file and rename it to ' +
      `${path.basename(file)}, or add them again with 'genesys-auth setup'.`,
    'Client secrets are in the keychain, not in that file, and were kept.',
  ].join('\n');
}

/**
 * The directory of the profile file: `GENESYS_AUTH_CONFIG_DIR` when set,
 * else the platform's usual place for a tool's settings.
 */
export function profileDirectory(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env[configDirVariable];
  if (override) return path.resolve(override);

  const home = os.homedir();
  if (platform === 'darwin') {
    return path.join(home, 'Library', 'Preferences', 'genesys-auth');
  }

  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');

    return path.join(appData, 'genesys-auth', 'Config');
  }

  const configHome = env.XDG_CONFIG_HOME ?? path.join(home, '.config');

  return path.join(configHome, 'genesys-auth');
}

/**
 * Opens the profile file in `profileDirectory(env)`. A file that is not valid JSON or does not
 * match the schema is moved aside and reported in `notice`, never reset.
 */
export async function openProfileStore(options: {
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}): Promise<ProfileStore> {
  const {default: Conf} = await loadConf();
  const cwd = profileDirectory(options.env);
  // The secret is not in this file, but client ids and regions are still
  // nobody else's business: keep the directory and the file private.
  mkdirSync(cwd, {recursive: true, mode: 0o700});

  // No `schema` for conf: ajv would compile it at every start (~40 ms);
  // assertLayout checks the same schema by hand, on read and on write.
  const open = (): ConfLike => {
    const conf = new Conf<{profiles: ProfileMap}>({
      configName,
      cwd,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
    assertLayout(conf.store);

    return conf;
  };
  let conf: ConfLike;
  let notice: string | undefined;
  try {
    conf = open();
  } catch (error) {
    if (!isInvalidFile(error)) throw error;

    const file = path.join(cwd, `${configName}.json`);
    const aside = moveAside(file, options.now?.() ?? new Date());
    notice = recoveryNotice(file, aside, error as Error);
    conf = open();
  }

  return createStore(conf, conf.path, notice);
}

function createStore(
  conf: ConfLike,
  file: string,
  notice: string | undefined,
): ProfileStore {
  const all = (): ProfileMap => conf.get('profiles') ?? {};
  const write = (profiles: ProfileMap) => {
    assertLayout({profiles});
    conf.set('profiles', profiles);
  };
  // Own keys only: a name such as `constructor` is valid, and a plain
  // object would otherwise answer it with something it inherits.
  const find = (name: string): Profile | null => {
    const profiles = all();

    return Object.hasOwn(profiles, name) ? (profiles[name] ?? null) : null;
  };

  return {
    path: file,
    ...(notice === undefined ? {} : {notice}),
    list: () =>
      Object.values(all()).sort((a, b) => a.name.localeCompare(b.name)),
    get: find,
    save(profile) {
      const problem = validateProfileName(profile.name);
      if (problem) throw new Error(problem);

      write({...all(), [profile.name]: toStored(profile)});
    },
    remove(name) {
      if (!find(name)) return false;

      const rest = {...all()};
      delete rest[name];
      write(rest);

      return true;
    },
    recordCheck(name, lastCheck) {
      const profile = find(name);
      if (!profile) throw new Error(`There is no profile named '${name}'.`);

      write({...all(), [name]: toStored({...profile, lastCheck})});
    },
    recordChecks(results) {
      const profiles = {...all()};
      const missing: string[] = [];
      for (const {name, lastCheck} of results) {
        const profile = Object.hasOwn(profiles, name) ? profiles[name] : null;
        if (profile) profiles[name] = toStored({...profile, lastCheck});
        else missing.push(name);
      }

      if (missing.length < results.length) write(profiles);

      return missing;
    },
  };
}
