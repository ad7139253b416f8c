import {constants} from 'node:os';

type ConfModule = typeof import('conf');

const signalNames = Object.keys(constants.signals) as NodeJS.Signals[];

/**
 * Imports conf without the signal hooks its file writer (atomically, by
 * way of when-exit) installs on load. Those hooks re-raise SIGINT and
 * SIGTERM once their own listener is gone, which kills the process before
 * a command can cancel its work and exit 130. Their only job, removing a
 * temporary file of an interrupted write, has nothing to do here: conf
 * writes synchronously, so no signal handler runs in the middle of one.
 */
export async function loadConf(): Promise<ConfModule> {
  const before = new Map(
    signalNames.map((name) => [name, new Set(process.listeners(name))]),
  );
  const conf = await import('conf');

  for (const name of signalNames) {
    for (const listener of process.listeners(name)) {
      if (!before.get(name)?.has(listener)) {
        process.removeListener(name, listener);
      }
    }
  }

  return conf;
}
