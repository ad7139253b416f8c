import type {TestContext} from 'node:test';
import {startEmulator} from '../../source/emulator/index.js';
import type {Emulator, EmulatorOptions} from '../../source/emulator/index.js';

/** Starts an emulator on a free loopback port, closed when the test ends. */
export async function startTestEmulator(
  t: Pick<TestContext, 'after'>,
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const emulator = await startEmulator(options);
  t.after(() => emulator.close());

  return emulator;
}

/** Runs `fn` against a fresh emulator and closes it, whatever happens. */
export async function withEmulator<T>(
  options: EmulatorOptions,
  fn: (emulator: Emulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(options);
  try {
    return await fn(emulator);
  } finally {
    await emulator.close();
  }
}
