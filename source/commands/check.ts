import type {CheckSettings} from '../diagnosis/check-settings.js';
import {readSettings, SettingsError} from '../diagnosis/check-settings.js';
import {runChecks, secretsOf} from '../diagnosis/run.js';
import type {Report} from '../diagnosis/types.js';
import type {ClientCredentials} from '../genesys/types.js';
import type {LiveCheck} from '../ui/live-check.js';
import {checkAll} from './check-all.js';
import {note, writeOutput, writeRequestedBundle} from './check-output.js';
import type {CheckOutput} from './check-support.js';
import {
  credentialsOf,
  environmentOf,
  recordLastCheck,
  resolveOptions,
} from './check-support.js';
import type {CommandContext} from './context.js';
import {exitCodes, UsageError} from './context.js';
import {describeSources, resolveCredentials} from './credentials.js';
import type {FlagValues} from './flags.js';
import {
  credentialFlags,
  flagHelp,
  formatHelp,
  frontEndFlags,
  helpFlag,
  jsonFlag,
  parseFlags,
  profileFlag,
} from './flags.js';
import {wantsPlain} from './mode.js';

const flagOptions = {
  ...profileFlag,
  ...credentialFlags,
  ...jsonFlag,
  ...helpFlag,
  all: {type: 'boolean'},
  bundle: {type: 'string'},
  probe: {type: 'string', multiple: true},
  'find-region': {type: 'boolean'},
  timeout: {type: 'string'},
  retries: {type: 'string'},
  ...frontEndFlags,
} as const;

type Flags = FlagValues<typeof flagOptions>;

const help = formatHelp(
  'genesys-auth check [--profile NAME | --all] [flags]',
  'Proves the OAuth client works with live calls, and explains any failure.',
  [
    flagHelp.profile,
    ['--all', 'check every saved profile, a few at a time'],
    flagHelp.region,
    flagHelp.clientId,
    flagHelp.clientSecretStdin,
    ['--probe "GET /api/v2/..."', 'also prove this call works (repeatable)'],
    ['--find-region', "on invalid_client, try every region's login host"],
    ['--timeout MS', 'per request (default 16000)'],
    ['--retries N', 'retries of 429 and 5xx answers, 0 to 5 (default 2)'],
    flagHelp.json,
    ['--bundle FILE', 'write a redacted Markdown support bundle'],
    ['--no-color', 'plain text even on a terminal'],
    ['--plain', 'progress as lines, never redrawn (also TERM=dumb)'],
    flagHelp.help,
  ],
);

async function searchRegions(
  report: Report,
  credentials: ClientCredentials,
  settings: CheckSettings,
  context: CommandContext,
): Promise<Report> {
  if (report.checks[1]?.diagnosis?.code !== 'invalid-client') {
    context.stderr.write(
      '--find-region: skipped, the login host did not refuse the ' +
        'credentials as invalid_client.\n',
    );

    return report;
  }

  context.stderr.write(
    "--find-region: sending the credentials to every region's login " +
      'host...\n',
  );
  const {findRegion, registryEnvironments, withRegionSearch} =
    await import('../diagnosis/find-region.js');
  const others = (await registryEnvironments()).filter(
    (environment) =>
      environment.loginBaseUrl !== report.environment.loginBaseUrl,
  );
  const search = await findRegion(credentials, others, {
    timeoutMs: settings.timeoutMs,
    signal: context.signal,
    env: context.env,
  });

  return withRegionSearch(report, search);
}

/**
 * The live view on a terminal; none for JSON, for `--all` (its text
 * summary reads better than several live views) or when stdout is not a
 * terminal. In plain mode (`--plain`, a dumb terminal, a screen reader)
 * progress is printed line by line instead. Loaded only here, so scripts
 * never load Ink.
 */
async function liveCheckFor(
  args: string[],
  flags: Flags,
  context: CommandContext,
): Promise<LiveCheck | null> {
  if (flags.json || flags.all || !context.stdout.isTTY) return null;
  if (wantsPlain(args, context.env, context)) {
    const {openPlainCheck} = await import('../plain/check-progress.js');

    return openPlainCheck(context, args);
  }

  const {openLiveCheck} = await context.frontEnd.liveCheck();

  return openLiveCheck(context.env, args, context.stdout as NodeJS.WriteStream);
}

async function checkOne(
  flags: Flags,
  settings: CheckSettings,
  context: CommandContext,
  live: LiveCheck | null,
): Promise<CheckOutput> {
  const resolved = await resolveCredentials({
    ...resolveOptions(flags, context),
    checkRegion: (input) => environmentOf(input, 'Region'),
  });
  const environment = environmentOf(resolved.regionInput, 'Region');
  note(context, flags, [`Using ${describeSources(resolved).join(', ')}.`, '']);
  const credentials = credentialsOf(resolved);
  const request = {
    profile: resolved.profile?.name ?? null,
    environment,
    credentials,
    ...settings,
    env: context.env,
  };
  let report = live
    ? await live.run(
        request,
        (_target, options) => runChecks(request, options),
        context.signal,
      )
    : await runChecks(request, {signal: context.signal});
  if (flags['find-region']) {
    report = await searchRegions(report, credentials, settings, context);
  }

  await recordLastCheck(report, context);

  return {reports: [report], problems: [], secrets: secretsOf(request)};
}

/** `genesys-auth check`: exit 0 when nothing failed, 1 when a check did. */
export async function run(
  args: string[],
  context: CommandContext,
): Promise<number> {
  const flags = parseFlags('check', args, flagOptions);
  if (flags.help) {
    context.stdout.write(help);

    return exitCodes.ok;
  }

  try {
    const settings = readSettings(flags);
    const live = await liveCheckFor(args, flags, context);
    const output = flags.all
      ? await checkAll(flags, settings, context)
      : await checkOne(flags, settings, context, live);
    if (live) {
      context.stdout.write(live.render(output.reports));
      await writeRequestedBundle(output, flags, context);
    } else {
      await writeOutput(output, flags, context);
    }

    if (output.problems.length > 0) return exitCodes.usage;

    return output.reports.every((report) => report.ok)
      ? exitCodes.ok
      : exitCodes.checkFailed;
  } catch (error) {
    if (context.signal.aborted) {
      context.stderr.write('Interrupted: no check result.\n');

      return exitCodes.interrupted;
    }

    if (error instanceof SettingsError) throw new UsageError(error.message);
    throw error;
  }
}
