import {openProfileStore, type ProfileStore} from '../store/profiles.js';
import type {CommandContext} from './context.js';

// One store per command run: opening one compiles the file's schema and
// reads the file, which `check --all` would otherwise do twice per profile.
// The store reads the file again on every access, so sharing it is safe.
const opened = new WeakMap<CommandContext, Promise<ProfileStore>>();

async function open(context: CommandContext): Promise<ProfileStore> {
  const profiles = await openProfileStore({env: context.env});
  if (profiles.notice) context.stderr.write(`${profiles.notice}\n\n`);

  return profiles;
}

/**
 * Opens the profile store for a command, once per run, and tells the
 * admin, on stderr, when a broken profile file had to be moved aside.
 */
export function openProfiles(context: CommandContext): Promise<ProfileStore> {
  let profiles = opened.get(context);
  if (!profiles) {
    profiles = open(context);
    opened.set(context, profiles);
    profiles.catch(() => opened.delete(context));
  }

  return profiles;
}
