#!/usr/bin/env node
// Runs every test file under test/ with node's own runner, inside a D-Bus
// session with an unlocked gnome-keyring so the keychain tests use a real
// Secret Service. Node 20 does not expand globs, and `node --test test/`
// silently runs nothing, so the files are listed here.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

function findTests(directory) {
  return readdirSync(directory, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return findTests(full);

    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

if (!process.env.GENESYS_AUTH_TEST_SESSION) {
  const missing = ['dbus-run-session', 'gnome-keyring-daemon', 'secret-tool']
    .concat('tmux')
    .filter((command) => !has(command));
  if (missing.length > 0) {
    console.error(
      `The tests need a real keychain and terminal; missing: ${missing.join(', ')}.\n` +
        'On Debian or Ubuntu: sudo apt-get install -y gnome-keyring dbus-x11 libsecret-tools tmux',
    );
    process.exit(1);
  }

  // A private session bus and keyring: the tests never touch the user's own.
  // The keyring daemon outlives the bus, so it is stopped when tests end.
  const inner = [
    'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1',
    `"${process.execPath}" scripts/test.js "$@"`,
    'status=$?',
    'pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / ' +
      "org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')",
    '[ -n "$pid" ] && kill "$pid"',
    'exit $status',
  ].join('\n');
  const result = spawnSync(
    'dbus-run-session',
    ['--', 'sh', '-c', inner, 'sh', ...only],
    {
      cwd: root,
      stdio: 'inherit',
      env: {...process.env, GENESYS_AUTH_TEST_SESSION: '1'},
    },
  );
  process.exit(result.status ?? 1);
}

const files = findTests(path.join(root, 'test'))
  .map((file) => path.relative(root, file))
  .filter((file) => only.length === 0 || only.some((o) => file.includes(o)))
  .sort();

if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}

// Ink draws only the last frame when CI is set; the tests read every frame.
const {CI: _ci, ...env} = process.env;
// The bundle's code cache goes to a directory of this run, not the user's.
const cache = mkdtempSync(path.join(os.tmpdir(), 'genesys-auth-cache-'));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=3', ...files],
  {cwd: root, stdio: 'inherit', env: {...env, GENESYS_AUTH_CACHE_DIR: cache}},
);
rmSync(cache, {recursive: true, force: true});
process.exit(result.status ?? 1);
