import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {UsageError} from '../../source/commands/context.js';
import {
  credentialFlags,
  helpFlag,
  jsonFlag,
  parseFlags,
  profileFlag,
} from '../../source/commands/flags.js';
import {probeProblem} from '../../source/genesys/client.js';
import {validateProfileName} from '../../source/store/profile-name.js';
import {openProfileStore} from '../../source/store/profiles.js';
import type {Profile} from '../../source/store/types.js';
import {makeConfigDir} from '../store/helpers.js';
import {anyText, echoedPart, secretLike} from './arbitraries.js';

/** Names an object inherits, which a lookup by key can trip over. */
const inheritedNames = Object.getOwnPropertyNames(Object.prototype);

const profileNames = fc.oneof(
  anyText,
  fc.stringMatching(/^[A-Za-z0-9._-]{1,70}$/),
  fc.constantFrom(...inheritedNames, '.', '..', '...', 'a.b', '-', '--x'),
);

const validName = /^(?!\.+$)[A-Za-z0-9._-]{1,64}$/;

test('profile names: accepted exactly when safe, refused with a reason', () => {
  fc.assert(
    fc.property(profileNames, (name) => {
      const problem = validateProfileName(name);

      assert.equal(problem === undefined, validName.test(name), name);
      if (problem !== undefined) assert.match(problem, /^A profile name .+\./);
    }),
    {numRuns: 3000},
  );
});

function profileNamed(name: string): Profile {
  return {
    name,
    regionInput: 'eu-west-1',
    region: 'eu-west-1',
    domain: 'mypurecloud.ie',
    clientId: 'a5c3e7d1-0000-4000-8000-000000000001',
    createdAt: '2025-01-01T00:00:00Z',
    lastCheck: null,
  };
}

test('a valid name never saved is no profile, whatever it inherits', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  store.save(profileNamed('saved'));
  const names = fc
    .oneof(fc.constantFrom(...inheritedNames), profileNames)
    .filter((name) => validName.test(name) && name !== 'saved');

  fc.assert(
    fc.property(names, (name) => {
      assert.equal(store.get(name), null, name);
      assert.equal(store.remove(name), false, name);
      assert.throws(
        () => store.recordCheck(name, {at: '', ok: true, codes: []}),
        /no profile named/,
      );
      assert.deepEqual(
        store.list().map((profile) => profile.name),
        ['saved'],
      );
    }),
    {numRuns: 300},
  );
});

test('any valid name saves, reads back and is removed', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const store = await openProfileStore({env: {GENESYS_AUTH_CONFIG_DIR: dir}});
  const names = fc.oneof(
    fc.constantFrom(...inheritedNames.filter((name) => validName.test(name))),
    fc
      .stringMatching(/^[A-Za-z0-9._-]{1,64}$/)
      .filter((name) => validName.test(name)),
  );

  fc.assert(
    fc.property(names, (name) => {
      store.save(profileNamed(name));
      assert.deepEqual(store.get(name), profileNamed(name));
      assert.deepEqual(
        store.list().map((profile) => profile.name),
        [name],
      );
      assert.equal(store.remove(name), true);
      assert.equal(store.get(name), null);
    }),
    {numRuns: 100},
  );
});

const commandFlags = {
  ...profileFlag,
  ...credentialFlags,
  ...jsonFlag,
  ...helpFlag,
};

const flagNames = [
  '--profile',
  '--region',
  '--client-id',
  '--client-secret-stdin',
  '--json',
  '--help',
  '-h',
];

/** One argv token, possibly carrying a secret in some form. */
const token = fc.oneof(
  fc.constantFrom(...flagNames, '--', '-', '---', '--=', '-hh', '--no-color'),
  anyText,
  secretLike,
  secretLike.map((secret) => `--${secret}`),
  secretLike.map((secret) => `-${secret}`),
  fc
    .tuple(
      fc.constantFrom(
        ...flagNames,
        '--client-secret',
        '--secret',
        '-secret',
        '--clientSecret',
        '--client_secret',
        '--colour',
        '--token',
      ),
      secretLike,
    )
    .map(([flag, secret]) => `${flag}=${secret}`),
);

function secretsIn(args: string[]): string[] {
  return args.flatMap((arg) =>
    [...arg.matchAll(/[A-Za-z0-9_-]{24,}/g)].map((match) => match[0]),
  );
}

test('flags: parsed, or refused with a usage message that echoes no secret', () => {
  fc.assert(
    fc.property(fc.array(token, {maxLength: 8}), (args) => {
      let message: string;
      try {
        const values = parseFlags('check', args, commandFlags);
        for (const value of Object.values(values)) {
          assert.ok(['string', 'boolean'].includes(typeof value));
        }

        return;
      } catch (error) {
        assert.ok(error instanceof UsageError, String(error));
        message = error.message;
      }

      assert.match(message, /genesys-auth check --help|--client-secret-stdin/);
      assert.doesNotMatch(message, /\.\./);
      for (const secret of secretsIn(args)) {
        assert.equal(echoedPart(secret, message), null, message);
      }
    }),
    {numRuns: 3000},
  );
});

test('a secret flag anywhere is refused before anything else', () => {
  const secretFlag = fc
    .tuple(
      fc.constantFrom('--client-secret', '--secret', '-secret', '--SECRET'),
      fc.constantFrom('=', ' '),
      secretLike,
    )
    .map(([flag, joiner, secret]) =>
      joiner === '=' ? [`${flag}=${secret}`] : [flag, secret],
    );

  fc.assert(
    fc.property(
      fc.array(token, {maxLength: 4}),
      secretFlag,
      fc.array(token, {maxLength: 4}),
      (before, flag, after) => {
        assert.throws(
          () => parseFlags('setup', [...before, ...flag, ...after], {}),
          (error: Error) =>
            error instanceof UsageError &&
            /never taken as a command-line argument/.test(error.message),
        );
      },
    ),
    {numRuns: 500},
  );
});

const probePaths = fc.oneof(
  anyText.map((text) => `/api/v2/${text}`),
  fc.webPath().map((path) => `/api/v2${path}`),
  fc
    .array(
      fc.constantFrom('users', '.', '..', '%2e', '%2E', '.%2e', '%2e.', 'x'),
      {maxLength: 5},
    )
    .map((segments) => `/api/v2/${segments.join('/')}`),
);

test('a probe that may be sent stays under /api/v2/ of the API host', () => {
  const base = 'https://api.mypurecloud.ie';

  fc.assert(
    fc.property(probePaths, (path) => {
      if (probeProblem('GET', path) !== null) return;

      const url = new URL(`${base}${path}`);

      assert.equal(url.origin, base, path);
      assert.ok(url.pathname.startsWith('/api/v2/'), `${path} ${url.href}`);
    }),
    {numRuns: 2000},
  );
});
