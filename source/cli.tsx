#!/usr/bin/env node
import type {Command, CommandContext} from './commands/context.js';
import {exitCodes, isUsageError} from './commands/context.js';
import {mention} from './store/secret-shape.js';
import {tool} from './tool.js';
import {frontEnd} from './commands/front-end.js';

/** Each command loads only when it runs, so `check --json` never loads Ink. */
const commands: Record<string, () => Promise<{run: Command}>> = {
  setup: () => import('./commands/setup.js'),
  check: () => import('./commands/check.js'),
  profiles: () => import('./commands/profiles.js'),
  forget: () => import('./commands/forget.js'),
  demo: () => import('./commands/demo.js'),
  emulator: () => import('./commands/emulator.js'),
};

const loadHome = () => import('./commands/home.js');

const usage = `${tool.name} ${tool.version}
Set up and check Genesys Cloud OAuth client-credentials integrations.

Usage: ${tool.name} [command] [flags]

With no command, on a terminal: the home screen with your profiles.

Commands:
  setup      set up an integration: region, client id, secret, checks
  check      run the checks for a profile, or for flags and environment
  profiles   list the saved profiles and their last result
  forget     remove a profile and its keychain entry
  demo       the wizard against the built-in emulator; no account needed
  emulator   run the local Genesys Cloud emulator on loopback

Run '${tool.name} <command> --help' for a command's flags.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${tool.version}\n`);

    return exitCodes.ok;
  }

  if (name === '--help' || name === '-h') {
    process.stdout.write(usage);

    return exitCodes.ok;
  }

  // Flags alone, such as `genesys-auth --plain`, open the home screen.
  const isHome = name === undefined || name.startsWith('-');
  if (isHome && !(process.stdin.isTTY && process.stdout.isTTY)) {
    process.stderr.write(usage);

    return exitCodes.usage;
  }

  const load = isHome ? loadHome : commands[name];
  if (!load) {
    process.stderr.write(`Unknown command ${mention(name ?? '')}.\n\n${usage}`);

    return exitCodes.usage;
  }

  const controller = new AbortController();
  // The first signal asks the command to stop in order and exit 130; a
  // second one, from someone who does not want to wait, ends it at once.
  // Listeners stay registered so that no other library's handler can
  // re-raise the signal and kill the process before the command is done.
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(exitCodes.interrupted);
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const context: CommandContext = {
    // Opening stdin takes a few milliseconds that a command which never
    // reads it, such as `check --json`, need not spend.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
    frontEnd,
  };
  const {run} = await load();

  return run(isHome ? argv : args, context);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isUsageError(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = exitCodes.usage;

      return;
    }

    process.stderr.write(`${tool.name}: unexpected error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
