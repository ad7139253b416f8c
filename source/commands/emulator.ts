import {parseArgs} from 'node:util';
import {
  isLoopbackHost,
  isScenarioName,
  scenarios,
  startEmulator,
} from '../emulator/index.js';
import type {EmulatorOptions} from '../emulator/index.js';
import type {Command} from './context.js';
import {exitCodes, UsageError} from './context.js';

/** The scenario names, wrapped under the flag that takes them. */
function scenarioList(): string {
  const lines = [''];
  for (const name of Object.keys(scenarios)) {
    const line = lines.at(-1) ?? '';
    if (line.length + name.length > 56) lines.push(`${name},`);
    else lines[lines.length - 1] = `${line} ${name},`.trimStart();
  }

  return lines.join('\n                   ').replace(/,$/, '');
}

const usage = `Usage: genesys-auth emulator [flags]

Runs the local Genesys Cloud emulator on loopback until Ctrl-C. The first
line on stdout is JSON: its url, scenario and built-in OAuth clients.

Flags:
  --port N         port to listen on (default: a free one)
  --host H         loopback address (default 127.0.0.1)
  --scenario NAME  how it misbehaves (default healthy); one of:
                   ${scenarioList()}
  --latency MS     delay added to every answer (default 0)
`;

function readInteger(flag: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) {
    throw new UsageError(
      `--${flag} needs a whole number from 0 to ${max}, not '${raw}'.`,
    );
  }

  return value;
}

/** Reads the flags into emulator options; undefined asks for help. */
export function parseEmulatorFlags(
  args: string[],
): EmulatorOptions | undefined {
  let values;
  try {
    ({values} = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: {type: 'string'},
        host: {type: 'string'},
        scenario: {type: 'string'},
        latency: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }

  if (values.help) return undefined;
  const options: EmulatorOptions = {};
  if (values.port !== undefined) {
    options.port = readInteger('port', values.port, 65_535);
  }

  if (values.latency !== undefined) {
    options.latencyMs = readInteger('latency', values.latency, 600_000);
  }

  if (values.host !== undefined) {
    if (!isLoopbackHost(values.host)) {
      throw new UsageError(
        `--host must be a loopback address (127.0.0.1, ::1, localhost), ` +
          `not '${values.host}': the emulator prints its client secrets.`,
      );
    }

    options.host = values.host;
  }

  if (values.scenario !== undefined) {
    if (!isScenarioName(values.scenario)) {
      throw new UsageError(
        `Unknown scenario '${values.scenario}'. Valid scenarios: ` +
          `${Object.keys(scenarios).join(', ')}.`,
      );
    }

    options.scenario = values.scenario;
  }

  return options;
}

async function start(options: EmulatorOptions) {
  try {
    return await startEmulator(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new UsageError(
        `Cannot listen on port ${options.port ?? 0} (${code}); ` +
          'choose another with --port.',
      );
    }

    throw error;
  }
}

/** Runs the emulator in the foreground until the signal aborts. */
export const run: Command = async (args, context) => {
  const options = parseEmulatorFlags(args);
  if (!options) {
    context.stdout.write(usage);

    return exitCodes.ok;
  }

  const emulator = await start(options);
  const clients = emulator.clients.map((client) => ({
    id: client.id,
    secret: client.secret,
    name: client.name,
    purpose: client.purpose,
    state: client.state,
    permissions: client.permissions,
  }));
  const summary = {
    url: emulator.url,
    scenario: emulator.scenario,
    latencyMs: options.latencyMs ?? 0,
    defaultClientId: emulator.defaultClient.id,
    clients,
  };
  context.stdout.write(`${JSON.stringify(summary)}\n`);
  context.stderr.write(
    `Genesys Cloud emulator on ${emulator.url} ` +
      `(scenario ${emulator.scenario}); Ctrl-C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    if (context.signal.aborted) return resolve();
    context.signal.addEventListener('abort', () => resolve(), {once: true});
  });
  await emulator.close();

  return exitCodes.ok;
};
