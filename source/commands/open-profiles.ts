import {openProfileStore, type ProfileStore} from '../store/profiles.js';
import type {CommandContext} from './context.js';

/**
 * Opens the profile store for a command and tells the admin, on stderr,
 * when a broken profile file had to be moved aside.
 */
export async function openProfiles(
  context: CommandContext,
): Promise<ProfileStore> {
  const profiles = await openProfileStore({env: context.env});
  if (profiles.notice) context.stderr.write(`${profiles.notice}\n\n`);

  return profiles;
}
