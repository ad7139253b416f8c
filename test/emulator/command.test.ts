import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import path from 'node:path';
import {test} from 'node:test';
import {runCli} from '../helpers/run-cli.js';
import {apiGet, accessToken, field} from './http.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Starts `genesys-auth emulator` and resolves with its first stdout line. */
function startCommand(args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'source/cli.tsx'), 'emulator', ...args],
    {cwd: root, stdio: 'pipe'},
  );
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => resolve(code));
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve(stdout.slice(0, end));
    });
    void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
  });

  return {child, firstLine, exited, stderr: () => stderr};
}

test('it prints url and clients, serves, stops on SIGINT', async (t) => {
  const command = startCommand(['--scenario', 'healthy', '--latency', '5']);
  t.after(() => command.child.kill('SIGKILL'));
  const summary = JSON.parse(await command.firstLine) as {
    url: string;
    scenario: string;
    clients: Array<Record<string, string>>;
  };

  assert.match(summary.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(summary.scenario, 'healthy');
  const works = summary.clients.find((client) => client.state === 'active');
  assert.ok(works);
  for (const key of ['id', 'secret', 'name', 'purpose', 'state']) {
    assert.equal(typeof works[key], 'string', key);
  }

  const token = await accessToken(summary.url, {
    id: String(works.id),
    secret: String(works.secret),
  });
  const answer = await apiGet(summary.url, '/api/v2/tokens/me', token);
  assert.equal(field(field(answer.json, 'OAuthClient'), 'id'), works.id);
  assert.match(command.stderr(), /emulator on http:\/\/127\.0\.0\.1/);

  command.child.kill('SIGINT');
  assert.equal(await command.exited, 0);
});

test('a scenario flag switches the running emulator', async (t) => {
  const command = startCommand(['--scenario', 'wrong-secret']);
  t.after(() => command.child.kill('SIGKILL'));
  const summary = JSON.parse(await command.firstLine) as {
    url: string;
    scenario: string;
  };

  assert.equal(summary.scenario, 'wrong-secret');
  command.child.kill('SIGTERM');
  assert.equal(await command.exited, 0);
});

test('bad flags exit 2 with a clear message', async () => {
  const unknownScenario = await runCli(['emulator', '--scenario', 'nope']);
  assert.equal(unknownScenario.code, 2);
  assert.match(unknownScenario.stderr, /Unknown scenario 'nope'/);
  assert.match(unknownScenario.stderr, /healthy, wrong-secret/);
  assert.equal(unknownScenario.stdout, '');

  const badPort = await runCli(['emulator', '--port', '70000']);
  assert.equal(badPort.code, 2);
  assert.match(badPort.stderr, /--port needs a whole number/);

  const remote = await runCli(['emulator', '--host', '0.0.0.0']);
  assert.equal(remote.code, 2);
  assert.match(remote.stderr, /loopback/);

  const unknownFlag = await runCli(['emulator', '--secret', 'x']);
  assert.equal(unknownFlag.code, 2);
  assert.match(unknownFlag.stderr, /--secret/);
});
