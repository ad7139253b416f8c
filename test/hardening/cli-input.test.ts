import assert from 'node:assert/strict';
import {test} from 'node:test';
import {runCli, type CliResult} from '../helpers/run-cli.js';
import {makeConfigDir} from '../store/helpers.js';
import type {Command} from '../../source/commands/context.js';
import {echoedPart} from './arbitraries.js';
import {runInProcess} from './in-process.js';

// Whole-process runs are slow, so this file holds a few dozen at most; the
// thousands of generated cases run in-process against the parsers.
const secret = 'Zq3v_K8pWm2xR7tYb5nL0cHd9fJ4sGe6uA1oVi-Tk';

interface Case {
  args: string[];
  /** What the message must say, beyond "no secret, no stack trace". */
  says: RegExp;
  /** Known gaps are kept visible as todo tests. */
  todo?: string;
}

const commands: Record<string, () => Promise<{run: Command}>> = {
  profiles: () => import('../../source/commands/profiles.js'),
  forget: () => import('../../source/commands/forget.js'),
  check: () => import('../../source/commands/check.js'),
};

// In-process: every command on main that parses flags.
const inProcessCases: Case[] = [
  {args: ['profiles', secret], says: /Unexpected argument/},
  {args: ['profiles', `--${secret}`], says: /Unknown flag/},
  {args: ['profiles', `--json=${secret}`], says: /does not take/},
  {args: ['profiles', '--help', secret], says: /Unexpected argument/},
  {args: ['profiles', '--secret', secret], says: /never taken/},
  {args: ['forget', '--profile'], says: /argument missing/},
  {args: ['forget', '--profile', `-${secret}`], says: /ambiguous/},
  {args: ['forget', '--profile', '../../etc/passwd'], says: /profile name/},
  {args: ['forget', '--profile', 'a b'], says: /no spaces/},
  {args: ['forget', '--profile', 'é'], says: /profile name/},
  {args: ['forget', '--profile', 'x'.repeat(65)], says: /at most 64/},
  {args: ['forget', '--profile', '..'], says: /only dots/},
  {args: ['forget', '--profile', 'constructor'], says: /Nothing to forget/},
  {args: ['forget', `--client-secret=${secret}`], says: /never taken/},
  {
    args: ['check', '--region', 'eu-west-1', '--client-id', secret],
    says: /looks like a client secret/,
  },
  {
    args: ['check', '--region', secret, '--client-id', 'x'],
    says: /not a region name/,
  },
  {
    args: ['check', '--timeout', secret],
    says: /--timeout/,
  },
  {
    args: ['check', '--probe', secret],
    says: /--probe/,
  },
  {args: ['check', '--bundle'], says: /argument missing/},
  {
    args: ['forget', '--profile', secret],
    says: /no profile named/,
  },
];

// As a process: what only the CLI's own entry point decides.
const processCases: Case[] = [
  {args: ['forget', '--profile', 'a/b'], says: /profile name/},
  {args: ['profiles', `--client-secret=${secret}`], says: /never taken/},
  {args: ['nonsense'], says: /Unknown command/},
  {
    args: [secret],
    says: /Unknown command/,
  },
];

function assertRefused(
  result: {code: number | null; stdout: string; stderr: string},
  says: RegExp,
): void {
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, says);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(result.stderr, /\[object Object\]|undefined/);
  assert.equal(echoedPart(secret, result.stdout + result.stderr), null);
}

function label(args: string[]): string {
  return args.join(' ').slice(0, 60);
}

test('bad flags, in process: exit 2, a message, no stack, no secret', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {
    GENESYS_AUTH_CONFIG_DIR: dir,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: 'not-the-one-sought',
  };

  for (const {args, says, todo} of inProcessCases) {
    const [name = '', ...rest] = args;
    const load = commands[name];
    assert.ok(load, name);
    const {run} = await load();
    await t.test(label(args), {todo}, async () => {
      assertRefused(await runInProcess(run, rest, {env}), says);
    });
  }
});

/** Runs `jobs` at most `limit` at a time, keeping their order. */
async function inBatches<T>(
  jobs: Array<() => Promise<T>>,
  limit: number,
): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < jobs.length; start += limit) {
    const batch = jobs.slice(start, start + limit).map((job) => job());
    results.push(...(await Promise.all(batch)));
  }

  return results;
}

test('bad command lines, as a process: exit 2, no stack, no secret', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {GENESYS_AUTH_CONFIG_DIR: dir};
  const results = await inBatches<CliResult>(
    processCases.map(
      ({args}) =>
        () =>
          runCli(args, {env}),
    ),
    4,
  );

  for (const [index, {args, says, todo}] of processCases.entries()) {
    const result = results[index];
    assert.ok(result);
    await t.test(label(args), {todo}, () => assertRefused(result, says));
  }
});

// Setup on a terminal asks questions; its flags are refused as every other
// command refuses them, before anything is drawn.
const terminalSetupCases: Case[] = [
  {args: [`--client-secret=${secret}`], says: /never taken/},
  {args: ['--client-secret', secret], says: /never taken/},
  {args: ['--profile', 'p', '--secret', secret], says: /never taken/},
  {args: ['--plain', `--Client_Secret=${secret}`], says: /never taken/},
  {args: [`--${secret}`], says: /Unknown flag \(not shown/},
  {args: ['--profile', 'p', secret], says: /Unexpected argument/},
  {args: ['--client-id', secret], says: /looks like a client secret/},
  {args: ['--plain', '--client-id', secret], says: /looks like a client/},
];

test('setup on a terminal refuses secret flags as batch setup does', async (t) => {
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const env = {GENESYS_AUTH_CONFIG_DIR: dir};
  const {run: setup} = await import('../../source/commands/setup.js');
  const {run: check} = await import('../../source/commands/check.js');
  // Should the wizard start after all, it is stopped rather than left.
  const signal = AbortSignal.timeout(3000);

  for (const {args, says} of terminalSetupCases) {
    await t.test(label(args), async () => {
      const result = await runInProcess(setup, args, {
        env,
        signal,
        isTerminal: true,
      });
      assertRefused(result, says);
      assert.equal(result.stdout, '', 'nothing was drawn');
      if (!/never taken/.test(says.source)) return;

      const batch = await runInProcess(setup, ['--yes', ...args], {env});
      const checked = await runInProcess(check, args, {env});
      assert.equal(result.stderr, batch.stderr, 'as setup --yes says');
      assert.equal(result.stderr, checked.stderr, 'as check says');
    });
  }

  await t.test('a client id like a secret, from the environment', async () => {
    const result = await runInProcess(setup, [], {
      env: {...env, GENESYSCLOUD_OAUTHCLIENT_ID: secret},
      signal,
      isTerminal: true,
    });
    assertRefused(result, /looks like a client secret/);
  });
});
