import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {test} from 'node:test';
import {runChecks} from '../../source/diagnosis/run.js';
import {createMemorySecretStore} from '../../source/store/secrets.js';
import {connectServices} from '../../source/services/connect.js';
import {launch} from '../../source/ui/launch.js';

/** Stdin as a terminal has it: raw mode, and a handle that can be unref'd. */
class FakeTerminalInput extends PassThrough {
  isTTY = true;
  isRaw = false;
  isReferenced = true;

  setRawMode(isRaw: boolean) {
    this.isRaw = isRaw;

    return this;
  }

  ref() {
    this.isReferenced = true;

    return this;
  }

  unref() {
    this.isReferenced = false;

    return this;
  }
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    assert.ok(Date.now() < deadline, 'timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('after the last frame stdin is cooked, paused, then readable', async () => {
  const stdin = new FakeTerminalInput();
  const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 24});
  let drawn = '';
  stdout.on('data', (chunk: Buffer) => {
    drawn += chunk.toString();
  });
  const services = connectServices({
    env: {},
    secrets: createMemorySecretStore(),
    runChecks,
    saveBundle: async () => '',
    scenarios: {
      list: [{name: 'healthy', title: 'Healthy', description: ''}],
      select: () => undefined,
    },
  });
  const ended = launch(
    {services, start: 'demo'},
    {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
    },
  );
  await until(() => drawn.includes('Pick what it should do') && stdin.isRaw);
  stdin.write('\u0003');
  const result = await ended;

  assert.equal(result.isInterrupted, true);
  assert.equal(stdin.isRaw, false);
  assert.equal(stdin.isPaused(), true);
  assert.equal(stdin.isReferenced, false);
  // What a plain prompt does next: ref, listen, resume.
  stdin.ref();
  const line = new Promise((resolve) => stdin.once('data', resolve));
  stdin.resume();
  stdin.write('yes\n');
  assert.equal(String(await line), 'yes\n');
});
