import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';
import {run as check} from '../../source/commands/check.js';
import type {Command} from '../../source/commands/context.js';
import {run as forget} from '../../source/commands/forget.js';
import {run as profiles} from '../../source/commands/profiles.js';
import {runBatchSetup} from '../../source/commands/setup-batch.js';
import {
  demoClients,
  scenarios,
  startEmulator,
  type ScenarioName,
} from '../../source/emulator/index.js';
import {runCli} from '../helpers/run-cli.js';
import {makeConfigDir, uniqueProfileName} from '../store/helpers.js';
import {runInProcess} from './in-process.js';
import {filesUnder, findLeaks, needlesFor} from './leak-scan.js';

// Generous per call, short overall: no scenario may wait 16 s.
const fast = ['--timeout', '1500', '--retries', '1'];

interface Run {
  label: string;
  command: Command;
  args: string[];
  input?: string;
  env?: Record<string, string>;
  /** For setup, which waits on its token request without a timeout flag. */
  abortAfterMs?: number;
}

/** Every command, in every mode on main, as one scenario runs them. */
function runsFor(url: string, id: string, secret: string, dir: string) {
  const name = uniqueProfileName('leak');
  const flags = ['--region', url, '--client-id', id];
  const stdin = [...flags, '--client-secret-stdin'];
  const fromEnv = {
    GENESYSCLOUD_REGION: url,
    GENESYSCLOUD_OAUTHCLIENT_ID: id,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
  };
  const profile = ['--profile', name];
  const runs: Run[] = [
    {
      label: 'setup --yes',
      command: runBatchSetup,
      args: ['--yes', ...profile, ...stdin],
      input: `${secret}\n`,
      abortAfterMs: 4000,
    },
    {
      label: 'setup --yes --no-verify',
      command: runBatchSetup,
      args: ['--yes', '--no-verify', ...profile, ...stdin],
      input: secret,
    },
    {label: 'check profile', command: check, args: [...profile, ...fast]},
    {
      label: 'check profile --json',
      command: check,
      args: [...profile, '--json', ...fast],
    },
    {
      label: 'check --bundle',
      command: check,
      args: [...profile, '--bundle', path.join(dir, `${name}.md`), ...fast],
    },
    {
      label: 'check stdin --json',
      command: check,
      args: [...stdin, '--json', ...fast],
      input: secret,
    },
    {label: 'check from env', command: check, args: fast, env: fromEnv},
    {label: 'check --all', command: check, args: ['--all', ...fast]},
    {
      label: 'check, secret as --client-id too',
      command: check,
      args: ['--region', url, '--client-id', secret, '--json', ...fast],
      env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: secret},
    },
    {
      label: 'check, id and secret swapped',
      command: check,
      args: ['--region', url, '--client-id', secret, ...fast],
      env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: id},
    },
    {
      label: 'setup, secret as --client-id',
      command: runBatchSetup,
      args: ['--yes', ...profile, '--region', url, '--client-id', secret],
      env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: secret},
    },
    {
      label: 'check, secret as --region',
      command: check,
      args: ['--region', secret, '--client-id', id, ...fast],
      env: {GENESYSCLOUD_OAUTHCLIENT_SECRET: secret},
    },
    {label: 'profiles', command: profiles, args: []},
    {label: 'profiles --json', command: profiles, args: ['--json']},
    {label: 'forget', command: forget, args: profile},
  ];

  return runs;
}

interface Sweep {
  scenario: ScenarioName;
  texts: Array<{where: string; text: string}>;
  needles: ReturnType<typeof needlesFor>;
}

// Shaped as Genesys issues them, so a secret pasted in the wrong field is
// recognisable as one.
const realisticSecret = 'Xk4_pQ9vR2mT7wYb-3nL8cHd0fJ5sGe1uA6oViZtKqW';

/** The demo clients, the working one with a realistic secret. */
function clients() {
  const [first, ...rest] = demoClients();
  assert.ok(first);

  return [{...first, secret: realisticSecret}, ...rest];
}

async function sweep(scenario: ScenarioName): Promise<Sweep> {
  const emulator = await startEmulator({
    scenario,
    retryAfterSeconds: 1,
    clients: clients(),
  });
  const {dir, cleanup} = await makeConfigDir();
  const {id, secret} = emulator.defaultClient;
  assert.equal(secret, realisticSecret);
  const texts: Sweep['texts'] = [];
  try {
    for (const run of runsFor(emulator.url, id, secret, dir)) {
      const env = {GENESYS_AUTH_CONFIG_DIR: dir, NO_COLOR: '1', ...run.env};
      const signal = run.abortAfterMs
        ? AbortSignal.timeout(run.abortAfterMs)
        : undefined;
      const result = await runInProcess(run.command, run.args, {
        env,
        input: run.input,
        signal,
      });
      const where = `${scenario}: ${run.label}`;
      texts.push(
        {where: `${where} (stdout)`, text: result.stdout},
        {where: `${where} (stderr)`, text: result.stderr},
      );
    }

    texts.push(...(await filesUnder(dir)));
  } finally {
    await emulator.close();
    await cleanup();
  }

  const tokens = emulator.issuedTokens();

  return {scenario, texts, needles: needlesFor({clientId: id, secret, tokens})};
}

test('no secret or token in any output or file, in any scenario', async () => {
  const names = Object.keys(scenarios) as ScenarioName[];
  const sweeps = await Promise.all(names.map(sweep));

  for (const {scenario, texts, needles} of sweeps) {
    assert.ok(texts.length > 20, `${scenario}: every run was recorded`);
    assert.deepEqual(findLeaks(texts, needles), [], scenario);
  }

  const healthy = sweeps.find((one) => one.scenario === 'healthy');
  const tokenCount = healthy?.needles.filter(({form}) => form === 'raw');
  assert.ok((tokenCount?.length ?? 0) > 3, 'tokens were issued and sought');
});

test('the CLI as a process leaks nothing either', async (t) => {
  const emulator = await startEmulator({clients: clients()});
  t.after(() => emulator.close());
  const {dir, cleanup} = await makeConfigDir();
  t.after(cleanup);
  const {id, secret} = emulator.defaultClient;
  const env = {GENESYS_AUTH_CONFIG_DIR: dir};
  const bundle = path.join(dir, 'bundle.md');
  const args = ['--region', emulator.url, '--client-id', id];

  const results = await Promise.all([
    runCli(['check', ...args, '--client-secret-stdin', '--bundle', bundle], {
      env,
      input: secret,
    }),
    runCli(['check', ...args, '--json'], {
      env: {...env, GENESYSCLOUD_OAUTHCLIENT_SECRET: secret},
    }),
  ]);

  const texts = [
    ...results.flatMap((result, index) => [
      {where: `process ${index} stdout`, text: result.stdout},
      {where: `process ${index} stderr`, text: result.stderr},
    ]),
    ...(await filesUnder(dir)),
  ];
  const needles = needlesFor({
    clientId: id,
    secret,
    tokens: emulator.issuedTokens(),
  });

  assert.deepEqual(
    results.map((result) => result.code),
    [0, 0],
    results.map((result) => result.stderr).join('\n'),
  );
  assert.ok(texts.some(({where}) => where.endsWith('bundle.md')));
  assert.deepEqual(findLeaks(texts, needles), []);
});
