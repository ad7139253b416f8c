import {execFile} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {
  chmod,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'node:test';
import {promisify} from 'node:util';
import {createKeychainSecretStore} from '../../source/store/secrets.js';

const run = promisify(execFile);

/** A profile name no other test (or run) uses. */
export function uniqueProfileName(label: string): string {
  return `test-${label}-${randomUUID().slice(0, 8)}`;
}

/** A fresh config directory, removed by the returned cleanup. */
export async function makeConfigDir(): Promise<{
  dir: string;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-test-'));

  return {dir, cleanup: () => rm(dir, {recursive: true, force: true})};
}

/** A test's own profile directory and profile name. */
export interface ProfileSandbox {
  dir: string;
  name: string;
}

/**
 * Gives every test in the file a fresh profile directory and an unused
 * profile name, and removes both (the keychain entry too) after it.
 */
export function profileSandbox(label: string): ProfileSandbox {
  const sandbox: ProfileSandbox = {dir: '', name: ''};
  let cleanup = async () => {};

  beforeEach(async () => {
    ({dir: sandbox.dir, cleanup} = await makeConfigDir());
    sandbox.name = uniqueProfileName(label);
  });

  afterEach(async () => {
    await createKeychainSecretStore().delete(sandbox.name);
    await cleanup();
  });

  return sandbox;
}

/**
 * The secret the Secret Service itself holds for a profile, read with
 * `secret-tool search`, independently of the code under test.
 */
export async function keychainSecret(
  account: string,
): Promise<string | undefined> {
  // secret-tool prints attributes on stderr and secrets on stdout, so the
  // search names the account rather than matching the two streams up.
  const {stdout} = await run('secret-tool', [
    'search',
    '--all',
    'service',
    'genesys-auth',
    'username',
    account,
  ]);
  const secrets = [...stdout.matchAll(/^secret = (.*)$/gm)].map(
    (match) => match[1],
  );
  if (secrets.length > 1) throw new Error(`${account}: several entries`);

  return secrets[0];
}

/** Every file under a directory, with its content, for leak checks. */
export async function readAllFiles(
  dir: string,
): Promise<Array<{file: string; content: string}>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  const files = entries.filter((entry) => entry.isFile());

  return Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);

      return {file, content: await readFile(file, 'utf8')};
    }),
  );
}

/**
 * Makes a directory refuse new files, even for root (who ignores modes:
 * then the immutable attribute is used). Resolves the undo, or null when
 * this machine offers no way to do it.
 */
export async function makeReadOnly(
  dir: string,
): Promise<(() => Promise<void>) | null> {
  await chmod(dir, 0o500);
  if (await refusesWrites(dir)) return () => chmod(dir, 0o700);

  try {
    await run('chattr', ['+i', dir]);
  } catch {
    await chmod(dir, 0o700);

    return null;
  }

  const undo = async () => {
    await run('chattr', ['-i', dir]);
    await chmod(dir, 0o700);
  };
  if (await refusesWrites(dir)) return undo;

  await undo();

  return null;
}

async function refusesWrites(dir: string): Promise<boolean> {
  const probe = path.join(dir, '.write-probe');
  try {
    await writeFile(probe, '');
    await rm(probe);

    return false;
  } catch {
    return true;
  }
}
