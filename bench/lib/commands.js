// The commands the benchmarks compare, each a function that runs once and
// resolves with its wall time in milliseconds, failing on a wrong result.
import path from 'node:path';
import {timeRun} from './process.js';

const node = process.execPath;

/** A clean environment: no CI (Ink draws every frame), no proxy. */
export function baseEnvironment(extra = {}) {
  const {
    CI: _ci,
    HTTPS_PROXY: _a,
    https_proxy: _b,
    HTTP_PROXY: _c,
    http_proxy: _d,
    ...env
  } = process.env;

  return {...env, NO_COLOR: '1', ...extra};
}

/** Credentials for the emulator's working client, as environment. */
export function credentialEnvironment(emulator) {
  return {
    GENESYSCLOUD_REGION: emulator.url,
    GENESYSCLOUD_OAUTHCLIENT_ID: emulator.client.id,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: emulator.client.secret,
  };
}

function expectExit(result, codes, what) {
  if (!codes.includes(result.code)) {
    throw new Error(
      `${what} exited ${result.code}: ${result.stderr.slice(0, 400)}`,
    );
  }

  return result;
}

/** `node -e 0` printing one line: the floor for any Node.js tool. */
export function nodeBaseline(env) {
  return async () =>
    expectExit(
      await timeRun(node, ['-e', 'console.log("ready")'], {env}),
      [0],
      'node -e',
    ).ms;
}

/** Runs the built CLI; resolves with the whole result. */
export async function runCli(cli, args, env, {codes = [0, 1]} = {}) {
  const result = await timeRun(node, [cli, ...args], {env});

  return expectExit(result, codes, `genesys-auth ${args.join(' ')}`);
}

/** The official SDK's token + tokens/me, against the same emulator. */
export function sdkBaseline(root, emulator, env) {
  const script = path.join(root, 'bench', 'sdk-check.cjs');
  const withCredentials = {...env, ...credentialEnvironment(emulator)};

  return async () =>
    expectExit(
      await timeRun(node, [script, emulator.url], {env: withCredentials}),
      [0],
      'the SDK check',
    ).ms;
}

/** Parses the JSON a `--json` run printed, or says what it printed. */
export function parseReport(result) {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`expected JSON, got: ${result.stdout.slice(0, 200)}`);
  }
}
