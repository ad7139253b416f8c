import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {PassThrough} from 'node:stream';
import {after, before, describe, test} from 'node:test';
import type {ScenarioName} from '../../source/emulator/index.js';
import {scenarios, startEmulator} from '../../source/emulator/index.js';
import {run} from '../../source/commands/check.js';
import type {CommandContext} from '../../source/commands/context.js';
import {UsageError} from '../../source/commands/context.js';
import {frontEnd} from '../../source/commands/front-end.js';
import {runCli} from '../helpers/run-cli.js';

let directory = '';

before(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'check-cli-'));
});

after(async () => {
  await rm(directory, {recursive: true, force: true});
});

/** A context whose stdout is kept, for running the command in-process. */
function makeContext(
  environment: Record<string, string | undefined>,
): CommandContext & {output: () => string} {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const stdin = new PassThrough();
  stdin.end();

  return {
    stdin,
    stdout,
    stderr: new PassThrough(),
    env: environment,
    signal: new AbortController().signal,
    frontEnd,
    output: () => chunks.join(''),
  };
}

/** Fast settings: no retries, short timeouts, no saved profiles. */
function checkArgs(url: string, clientId: string, extra: string[] = []) {
  return [
    'check',
    '--region',
    url,
    '--client-id',
    clientId,
    '--client-secret-stdin',
    '--timeout',
    '400',
    '--retries',
    '0',
    ...extra,
  ];
}

const env = () => ({
  GENESYS_AUTH_CONFIG_DIR: directory,
  GENESYSCLOUD_REGION: undefined,
  GENESYSCLOUD_OAUTHCLIENT_ID: undefined,
  GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined,
});

const passing = new Set<ScenarioName>(['healthy', 'token-expiring']);

/** Every form a secret or token takes in transit. */
function forms(value: string): string[] {
  const base64 = Buffer.from(value).toString('base64');

  return [value, base64, base64.replace(/=+$/, '')];
}

describe('check --json, every scenario', {concurrency: 4}, () => {
  for (const name of Object.keys(scenarios) as ScenarioName[]) {
    test(`${name}: exit code, one JSON document, nothing leaks`, async () => {
      const emulator = await startEmulator({scenario: name});
      try {
        const {id, secret} = emulator.defaultClient;
        const bundle = path.join(directory, `${name}.md`);
        const result = await runCli(
          checkArgs(emulator.url, id, ['--json', '--bundle', bundle]),
          {input: secret, env: env()},
        );
        const document = JSON.parse(result.stdout);

        assert.equal(result.code, passing.has(name) ? 0 : 1, result.stderr);
        assert.equal(document.ok, passing.has(name));
        assert.equal(document.clientId, id);
        assert.equal(document.checks.length, 5);
        assert.match(result.stderr, /client secret from standard input/);
        assert.equal((await stat(bundle)).mode & 0o777, 0o600);
        const markdown = await readFile(bundle, 'utf8');
        const texts = [result.stdout, result.stderr, markdown];
        const basic = Buffer.from(`${id}:${secret}`).toString('base64');
        const hidden = [
          ...forms(secret),
          basic,
          ...emulator.issuedTokens().flatMap(forms),
        ];
        for (const text of texts) {
          for (const value of hidden) assert.ok(!text.includes(value));
        }
      } finally {
        await emulator.close();
      }
    });
  }
});

describe('check, text and usage', () => {
  test('text: words per check, no ANSI with NO_COLOR, no leak', async () => {
    const emulator = await startEmulator({scenario: 'missing-permission'});
    try {
      const {id, secret} = emulator.defaultClient;
      const result = await runCli(checkArgs(emulator.url, id), {
        input: secret,
        env: {...env(), NO_COLOR: '1'},
      });

      assert.equal(result.code, 1);
      assert.match(result.stdout, /PASS {2}token/);
      assert.match(result.stdout, /WARN {2}identity/);
      assert.match(result.stdout, /FAIL {2}permissions/);
      assert.match(result.stdout, /SKIP {2}sso/);
      assert.match(result.stdout, /client id from --client-id/);
      assert.ok(!result.stdout.includes('\u001B['));
      assert.ok(!result.stdout.includes(secret));
      for (const token of emulator.issuedTokens()) {
        assert.ok(!result.stdout.includes(token));
      }
    } finally {
      await emulator.close();
    }
  });

  test('values from the environment are named as such', async () => {
    const emulator = await startEmulator();
    try {
      const {id, secret} = emulator.defaultClient;
      const result = await runCli(['check', '--json', '--retries', '0'], {
        env: {
          ...env(),
          GENESYSCLOUD_REGION: emulator.url,
          GENESYSCLOUD_OAUTHCLIENT_ID: id,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
        },
      });

      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /region from GENESYSCLOUD_REGION/);
      assert.match(
        result.stderr,
        /secret from GENESYSCLOUD_OAUTHCLIENT_SECRET/,
      );
      assert.equal(JSON.parse(result.stdout).ok, true);
    } finally {
      await emulator.close();
    }
  });

  test('a probe is checked with the permissions', async () => {
    const emulator = await startEmulator();
    try {
      const {id, secret} = emulator.defaultClient;
      const result = await runCli(
        checkArgs(emulator.url, id, [
          '--json',
          '--probe',
          'GET /api/v2/routing/queues',
          '--probe',
          'get /api/v2/nothing/here',
        ]),
        {input: secret, env: env()},
      );
      const permissions = JSON.parse(result.stdout).checks[3];

      assert.equal(result.code, 1);
      assert.equal(permissions.requests.length, 3);
      assert.equal(permissions.diagnosis.code, 'api-error');
    } finally {
      await emulator.close();
    }
  });

  const usage: Array<[string, string[], RegExp]> = [
    [
      'a region nobody can read',
      ['--region', 'not a region!', '--client-id', 'x'],
      /region such as eu-west-1/,
    ],
    ['a missing client id', ['--region', 'eu-west-1'], /--client-id/],
    [
      'a profile that does not exist',
      ['--profile', 'no-such-profile-here'],
      /no profile named 'no-such-profile-here'/,
    ],
    [
      'a bad timeout',
      ['--timeout', 'soon', '--region', 'eu-west-1'],
      /--timeout takes a whole number/,
    ],
    [
      'a probe without a method',
      ['--probe', '/api/v2/users', '--region', 'eu-west-1'],
      /--probe takes a method and a path/,
    ],
    ['an unknown flag', ['--colour'], /Unknown flag '--colour'/],
    ['--all with --region', ['--all', '--region', 'x'], /--region/],
  ];

  for (const [label, args, message] of usage) {
    test(`${label} is a usage error that says what to do`, async () => {
      const context = makeContext({
        ...env(),
        GENESYSCLOUD_OAUTHCLIENT_SECRET: 'not-used',
      });

      await assert.rejects(
        run(args, context),
        (error) => error instanceof UsageError && message.test(error.message),
      );
      assert.equal(context.output(), '');
    });
  }

  test('a mistyped region is reported before a secret is asked for', async () => {
    const context = makeContext(env());

    await assert.rejects(
      run(['--region', 'eu-wst-1', '--client-id', 'x'], context),
      (error) =>
        error instanceof UsageError &&
        /did you mean eu-west-1\?/.test(error.message),
    );
  });

  test('a usage error is exit 2 from the CLI, with nothing on stdout', async () => {
    const result = await runCli(['check', '--region', 'eu-west-1'], {
      env: env(),
    });

    assert.equal(result.code, 2);
    assert.match(result.stderr, /No client id given/);
    assert.equal(result.stdout, '');
  });

  test('--help lists the flags', async () => {
    const result = await runCli(['check', '--help']);

    assert.equal(result.code, 0);
    for (const flag of ['--find-region', '--probe', '--bundle', '--all']) {
      assert.ok(result.stdout.includes(flag), flag);
    }
  });
});

test('Ctrl-C during the checks is exit 130', async () => {
  const emulator = await startEmulator({scenario: 'no-answer'});
  const stdin = new PassThrough();
  stdin.end(emulator.defaultClient.secret);
  const stderr = new PassThrough();
  const errors: string[] = [];
  stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const controller = new AbortController();
  const context = {
    ...makeContext(env()),
    stdin,
    stderr,
    signal: controller.signal,
  };
  try {
    const running = run(
      [
        '--region',
        emulator.url,
        '--client-id',
        emulator.defaultClient.id,
        '--client-secret-stdin',
        '--timeout',
        '20000',
      ],
      context,
    );
    const deadline = Date.now() + 5000;
    while (emulator.requestCount('/oauth/token') === 0) {
      assert.ok(Date.now() < deadline, 'the token request never arrived');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    controller.abort(new Error('interrupted'));

    assert.equal(await running, 130);
    assert.match(errors.join(''), /Interrupted/);
  } finally {
    await emulator.close();
  }
});
