import {looksLikeSecret} from '../store/secret-shape.js';
import type {Answers} from '../wizard/index.js';
import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {applyNoColor} from '../ui/terminal.js';
import {frontEndFlags, parseFlags} from './flags.js';
import {wantsPlain} from './mode.js';

const flags = {
  profile: {type: 'string'},
  region: {type: 'string'},
  'client-id': {type: 'string'},
  ...frontEndFlags,
} as const;

/**
 * Answers known before the wizard starts: flags first, then gc's env.
 * Flags are parsed as every command parses them, so a secret given as a
 * flag is refused and no value is ever repeated.
 */
function knownAnswers(args: string[], env: NodeJS.ProcessEnv): Answers {
  const values = parseFlags('setup', args, flags);
  const answers: Answers = {};
  const region = values.region ?? env.GENESYSCLOUD_REGION;
  const clientId = values['client-id'] ?? env.GENESYSCLOUD_OAUTHCLIENT_ID;
  // The wizard would show it in the client id field, on screen.
  if (clientId && looksLikeSecret(clientId)) {
    throw new UsageError(
      'The client id given looks like a client secret, so it was not used ' +
        '(and is not shown). A Genesys Cloud client id is a UUID; the ' +
        'wizard asks for the secret itself.',
    );
  }

  if (region) answers.region = region;
  if (clientId) answers.clientId = clientId;
  if (values.profile) answers.profileName = values.profile;

  return answers;
}

/** `setup`: the wizard on a terminal, otherwise the flags-only setup. */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const isBatch = ['--yes', '--help', '-h'].some((flag) => args.includes(flag));
  // Plain prompts work when only stdin is a terminal; Ink needs both.
  if (isBatch || !context.stdin.isTTY) {
    const {runBatchSetup} = await import('./setup-batch.js');

    return runBatchSetup(args, context);
  }

  const answers = knownAnswers(args, context.env);
  if (wantsPlain(args, context.env, context)) {
    const [{runPlainSetup}, {plainIo}, {localServices}] = await Promise.all([
      import('../plain/setup.js'),
      import('../plain/io.js'),
      import('../services/local.js'),
    ]);

    return runPlainSetup({
      io: plainIo(context, args),
      services: localServices(context),
      answers,
    });
  }

  applyNoColor(context.env, args);
  const {startInteractive} = await context.frontEnd.app();

  return startInteractive({start: 'setup', answers}, context);
}
