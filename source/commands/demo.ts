import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {CommandContext} from './context.js';
import {exitCodes} from './context.js';
import {applyNoColor, isInteractive} from '../ui/terminal.js';
import {wantsPlain} from './mode.js';
import {
  flagHelp,
  formatHelp,
  frontEndFlags,
  helpFlag,
  parseFlags,
} from './flags.js';

const help = formatHelp(
  'genesys-auth demo [--plain] [--no-color]',
  'The setup wizard against a Genesys Cloud emulator in this process.',
  [
    ['--plain', 'one question per line, never redrawn'],
    ['--no-color', 'no colour (NO_COLOR is honoured too)'],
    flagHelp.help,
  ],
);

const needsTerminal =
  'The demo is interactive and needs a terminal (stdin and stdout).\n' +
  'Run it in a terminal window: npm run demo, or genesys-auth demo.\n' +
  "To try the checks without one, start 'genesys-auth emulator' and run " +
  "'genesys-auth check' against the URL it prints.\n";

/**
 * `demo`: the wizard against an emulator in this process, with a memory
 * keychain and a throwaway profile directory: nothing of the user's is
 * read or written.
 */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const flags = parseFlags('demo', args, {...frontEndFlags, ...helpFlag});
  if (flags.help) {
    context.stdout.write(help);

    return exitCodes.ok;
  }

  const isPlain = wantsPlain(args, context.env, context);
  if (!isInteractive(context) && !(isPlain && context.stdin.isTTY)) {
    context.stderr.write(needsTerminal);

    return exitCodes.usage;
  }

  applyNoColor(context.env, args);
  const configDir = await mkdtemp(path.join(os.tmpdir(), 'genesys-auth-demo-'));
  const {startDemo} = await import('../services/demo-services.js');
  const demo = await startDemo({...context.env}, configDir);
  try {
    if (isPlain) {
      const [{runPlainDemo}, {plainIo}] = await Promise.all([
        import('../plain/demo.js'),
        import('../plain/io.js'),
      ]);

      return await runPlainDemo({
        io: plainIo(context, args),
        services: demo.services,
      });
    }

    const {startInteractive} = await context.frontEnd.app();

    return await startInteractive(
      {start: 'demo', services: demo.services},
      context,
    );
  } finally {
    await demo.close();
    await rm(configDir, {recursive: true, force: true});
  }
}
