// A throw-away profile directory and keychain entries for the benchmarks.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {URL} from 'node:url';

const keychainService = 'genesys-auth';

/** Profile names bench-001, bench-002, ...; one keychain, so prefixed. */
export function profileNames(count, prefix = 'bench') {
  return Array.from(
    {length: count},
    (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`,
  );
}

/**
 * Writes `count` profiles pointing at the emulator into a new temporary
 * config directory, in the profile file's own layout, and their secret to
 * the keychain. Resolves with the directory and a cleanup function.
 */
export async function createProfiles({
  emulator,
  count,
  clients = [emulator.client],
  prefix = 'bench',
  keychain = true,
}) {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-'));
  const host = new URL(emulator.url).host;
  const createdAt = new Date().toISOString();
  const names = profileNames(count, prefix);
  const clientOf = (i) => clients[i % clients.length];
  const profiles = Object.fromEntries(
    names.map((name, i) => [
      name,
      {
        name,
        regionInput: emulator.url,
        region: null,
        domain: host,
        clientId: clientOf(i).id,
        createdAt,
        lastCheck: null,
      },
    ]),
  );
  writeFileSync(
    path.join(directory, 'config.json'),
    `${JSON.stringify({profiles}, null, '\t')}\n`,
    {mode: 0o600},
  );

  const entries = keychain ? await writeSecrets(names, clientOf) : [];

  return {
    directory,
    names,
    async cleanup() {
      // One at a time: the Secret Service trips over concurrent deletes.
      for (const entry of entries) {
        await entry.deleteCredential().catch(() => false);
      }

      rmSync(directory, {recursive: true, force: true});
    },
  };
}

async function writeSecrets(names, clientOf) {
  const {AsyncEntry} = await import('@napi-rs/keyring');
  const entries = names.map(
    (name) =>
      new AsyncEntry(keychainService, name, {
        linux: {store: 'secret-service'},
      }),
  );
  for (const [i, entry] of entries.entries()) {
    await entry.setPassword(clientOf(i).secret);
  }

  return entries;
}
