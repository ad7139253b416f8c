// The benchmarks read secrets from the keychain, as `check --all` does. On
// a headless Linux machine there is none, so, like the test runner, the
// benchmark re-runs itself inside a private D-Bus session with an unlocked
// gnome-keyring: it never touches the user's own keychain there.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const marker = 'GENESYS_BENCH_SESSION';

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * Returns when this process may use a keychain; otherwise re-runs the
 * script in a private session and exits with its status.
 */
export function ensureKeychainSession(script, args) {
  if (process.env[marker] || process.platform !== 'linux') return;

  const missing = ['dbus-run-session', 'gnome-keyring-daemon', 'tmux'].filter(
    (command) => !has(command),
  );
  if (missing.length > 0) {
    console.error(
      `The benchmarks need a keychain and a terminal; missing: ` +
        `${missing.join(', ')}.\nOn Debian or Ubuntu: ` +
        'sudo apt-get install -y gnome-keyring dbus-x11 tmux',
    );
    process.exit(1);
  }

  // The keyring files live in a directory of their own, so an existing
  // login keyring with another password can neither block nor be touched.
  const keyrings = mkdtempSync(path.join(os.tmpdir(), 'genesys-bench-keys-'));
  const inner =
    `printf bench | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock ` +
    `--components=secrets >/dev/null && exec "${process.execPath}" "$@"`;
  const result = spawnSync(
    'dbus-run-session',
    ['--', 'sh', '-c', inner, keyrings, script, ...args],
    {stdio: 'inherit', env: {...process.env, [marker]: '1'}},
  );
  rmSync(keyrings, {recursive: true, force: true});
  process.exit(result.status ?? 1);
}
