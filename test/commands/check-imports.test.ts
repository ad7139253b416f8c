import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {startTestEmulator} from '../helpers/emulator.js';
import {runCli} from '../helpers/run-cli.js';

/** A module that logs the URL of every module the process resolves. */
function tracer(log: string): string {
  const hook = [
    "import {appendFileSync} from 'node:fs';",
    'export async function resolve(specifier, context, next) {',
    '  const result = await next(specifier, context);',
    `  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');`,
    '  return result;',
    '}',
  ].join('\n');

  const url = `data:text/javascript,${encodeURIComponent(hook)}`;

  return [
    "import {register} from 'node:module';",
    `register(${JSON.stringify(url)});`,
  ].join('\n');
}

for (const mode of ['--json', 'text to a pipe']) {
  test(`check ${mode} runs without loading Ink or React`, async (t) => {
    const emulator = await startTestEmulator(t);
    const directory = await mkdtemp(path.join(os.tmpdir(), 'check-imports-'));
    t.after(() => rm(directory, {recursive: true, force: true}));
    const log = path.join(directory, 'modules.log');
    const hook = path.join(directory, 'trace.mjs');
    await writeFile(hook, tracer(log));
    const client = emulator.defaultClient;
    const args = ['check', '--region', emulator.url, '--client-id', client.id];

    const result = await runCli(
      mode === '--json' ? [...args, '--json'] : args,
      {
        env: {
          GENESYSCLOUD_OAUTHCLIENT_SECRET: client.secret,
          GENESYS_AUTH_CONFIG_DIR: directory,
          NODE_OPTIONS: `--import=${hook}`,
        },
      },
    );
    const loaded = (await readFile(log, 'utf8')).split('\n');

    assert.equal(result.code, 0, result.stderr);
    assert.ok(loaded.some((url) => url.endsWith('source/commands/check.ts')));
    const heavy = loaded.filter((url) =>
      /node_modules\/(ink|react|@inkjs|ink-[^/]+)\/|source\/ui\//.test(url),
    );
    assert.deepEqual(heavy, []);
  });
}
