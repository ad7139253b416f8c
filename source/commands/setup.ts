import {parseArgs} from 'node:util';
import type {Answers} from '../wizard/index.js';
import type {CommandContext} from './context.js';
import {UsageError} from './context.js';
import {applyNoColor} from '../ui/terminal.js';
import {wantsPlain} from './mode.js';

const flags = {
  profile: {type: 'string'},
  region: {type: 'string'},
  'client-id': {type: 'string'},
  'no-color': {type: 'boolean'},
  plain: {type: 'boolean'},
} as const;

/** Answers known before the wizard starts: flags first, then gc's env. */
function knownAnswers(args: string[], env: NodeJS.ProcessEnv): Answers {
  let values;
  try {
    ({values} = parseArgs({args, options: flags, strict: true}));
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}\n` +
        'Flags: --profile NAME, --region REGION, --client-id ID, ' +
        '--no-color, --plain; --yes to set up without questions.',
    );
  }

  const answers: Answers = {};
  const region = values.region ?? env.GENESYSCLOUD_REGION;
  const clientId = values['client-id'] ?? env.GENESYSCLOUD_OAUTHCLIENT_ID;
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
  const {startInteractive} = await import('../ui/start.js');

  return startInteractive({start: 'setup', answers}, context);
}
