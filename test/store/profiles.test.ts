import assert from 'node:assert/strict';
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, test} from 'node:test';
import {
  openProfileStore,
  profileDirectory,
} from '../../source/store/profiles.js';
import {validateProfileName} from '../../source/store/profile-name.js';
import type {Profile} from '../../source/store/types.js';
import {makeConfigDir} from './helpers.js';

let dir = '';
let cleanup = async () => {};

beforeEach(async () => {
  ({dir, cleanup} = await makeConfigDir());
});

afterEach(() => cleanup());

const env = () => ({GENESYS_AUTH_CONFIG_DIR: dir});

function profile(name: string, extra: Partial<Profile> = {}): Profile {
  return {
    name,
    regionInput: 'mypurecloud.ie',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: 'client-' + name,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastCheck: null,
    ...extra,
  };
}

test('saves, lists, reads and removes profiles in a 0600 file', async () => {
  const store = await openProfileStore({env: env()});
  store.save(profile('prod'));
  store.save(profile('dev.eu'));

  const reopened = await openProfileStore({env: env()});
  assert.deepEqual(
    reopened.list().map((saved) => saved.name),
    ['dev.eu', 'prod'],
  );
  assert.deepEqual(reopened.get('dev.eu'), profile('dev.eu'));
  assert.equal(reopened.path, path.join(dir, 'config.json'));
  assert.equal((await stat(reopened.path)).mode & 0o777, 0o600);
  assert.equal(reopened.notice, undefined);

  assert.equal(reopened.remove('prod'), true);
  assert.equal(reopened.remove('prod'), false);
  assert.equal(reopened.get('prod'), null);
});

test('records the last check of a profile', async () => {
  const store = await openProfileStore({env: env()});
  store.save(profile('prod'));
  const lastCheck = {at: '2026-12-02T08:00:00Z', ok: false, codes: ['x']};
  store.recordCheck('prod', lastCheck);

  assert.deepEqual(store.get('prod')?.lastCheck, lastCheck);
  assert.throws(() => store.recordCheck('nope', lastCheck), /no profile/);
});

test('writes only the known fields of a profile', async () => {
  const store = await openProfileStore({env: env()});
  const withSecret = {...profile('prod'), clientSecret: 'hunter2-secret'};
  store.save(withSecret);

  const text = await readFile(store.path, 'utf8');
  assert.doesNotMatch(text, /hunter2-secret|clientSecret/);
});

test('refuses an invalid profile name', async () => {
  const store = await openProfileStore({env: env()});

  assert.throws(() => store.save(profile('has space')), /letters, digits/);
});

test('moves a corrupt file aside and says how to get it back', async () => {
  const file = path.join(dir, 'config.json');
  const broken = '{"profiles": {"prod": ';
  await writeFile(file, broken);
  const now = () => new Date('2026-12-03T16:40:00.123Z');

  const store = await openProfileStore({env: env(), now});

  const aside = `${file}.corrupt-2026-12-03T16-40-00Z`;
  assert.equal(await readFile(aside, 'utf8'), broken);
  assert.deepEqual(store.list(), []);
  assert.match(store.notice ?? '', /not valid JSON/);
  assert.ok(store.notice?.includes(aside));
  assert.match(store.notice ?? '', /rename it to config\.json/);
  store.save(profile('prod'));
  assert.equal(store.get('prod')?.clientId, 'client-prod');
});

test('moves a file that breaks the schema aside, twice in a second', async () => {
  const file = path.join(dir, 'config.json');
  const invalid = JSON.stringify({
    profiles: {prod: {...profile('prod'), clientSecret: 'pasted-by-hand'}},
  });
  const now = () => new Date('2026-12-03T16:40:00Z');

  await writeFile(file, invalid);
  const first = await openProfileStore({env: env(), now});
  await writeFile(file, '{"profiles": []}');
  const second = await openProfileStore({env: env(), now});

  assert.match(first.notice ?? '', /expected layout/);
  assert.match(second.notice ?? '', /corrupt-2026-12-03T16-40-00Z-2/);
  const names = (await readdir(dir)).sort();
  assert.deepEqual(names, [
    'config.json.corrupt-2026-12-03T16-40-00Z',
    'config.json.corrupt-2026-12-03T16-40-00Z-2',
  ]);
  const kept = await readFile(`${file}.corrupt-2026-12-03T16-40-00Z`, 'utf8');
  assert.equal(kept, invalid);
});

test('profile names: letters, digits, - _ . and at most 64', () => {
  assert.equal(validateProfileName('prod-eu_1.2'), undefined);
  assert.equal(validateProfileName('a'.repeat(64)), undefined);
  assert.match(validateProfileName('') ?? '', /empty/);
  assert.match(validateProfileName('a'.repeat(65)) ?? '', /at most 64/);
  assert.match(validateProfileName('prod/eu') ?? '', /only letters/);
  assert.match(validateProfileName('..') ?? '', /only dots/);
});

test('the directory follows the override, then the platform', () => {
  const home = profileDirectory({}, 'linux');

  assert.equal(profileDirectory({GENESYS_AUTH_CONFIG_DIR: dir}), dir);
  assert.equal(
    profileDirectory({XDG_CONFIG_HOME: '/x'}, 'linux'),
    '/x/genesys-auth',
  );
  assert.match(home, /\.config[\\/]genesys-auth$/);
  assert.match(profileDirectory({}, 'darwin'), /Preferences.genesys-auth$/);
});
