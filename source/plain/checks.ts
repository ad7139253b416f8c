import {exitCodes} from '../commands/context.js';
import {describeEnvironment} from '../diagnosis/render-text.js';
import type {Report} from '../diagnosis/types.js';
import type {AppServices, CheckTarget} from '../services/services.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {progressPrinter} from './progress.js';
import {askChoice} from './prompts.js';
import {writeReport} from './report.js';

/** What the checks need from the world. */
export type CheckServices = Pick<
  AppServices,
  'runChecks' | 'saveBundle' | 'profiles'
>;

export interface PlainChecksOptions {
  io: PlainIo;
  services: CheckServices;
  target: CheckTarget;
  /** The way out of the report, such as "Back" or "Done". */
  exitLabel?: string;
  /** A line under each report, such as why nothing was saved. */
  notice?: string;
  /** A menu entry that leaves to change the answers checked. */
  changeLabel?: string;
}

type ReportAction = 'again' | 'bundle' | 'change' | 'leave';

async function checkOnce(
  io: PlainIo,
  services: CheckServices,
  target: CheckTarget,
): Promise<Report> {
  const who = target.profile ? `profile ${target.profile}` : 'the integration';
  writeLines(
    io,
    '',
    `Checking ${who} in ${describeEnvironment(target.environment)}.`,
  );
  const report = await services.runChecks(target, {
    signal: io.signal,
    onEvent: progressPrinter(io),
  });
  if (target.profile) {
    // A result that cannot be recorded still stands; say so and go on.
    await services.profiles.recordCheck(target.profile, report).catch(() => {
      writeLines(io, 'The result could not be recorded in the profile.');
    });
  }

  return report;
}

async function saveBundle(
  io: PlainIo,
  services: CheckServices,
  report: Report,
  target: CheckTarget,
) {
  try {
    const path = await services.saveBundle(report, target);
    writeLines(
      io,
      `Support bundle saved to ${path}. It holds no client secret and ` +
        'no access token.',
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeLines(io, `The support bundle was not saved: ${reason}`);
  }
}

async function nextAction(
  io: PlainIo,
  {exitLabel = 'Back', changeLabel}: PlainChecksOptions,
) {
  const choices: Array<{name: string; value: ReportAction}> = [
    {name: 'Run the checks again', value: 'again'},
    {name: 'Save the support bundle (Markdown)', value: 'bundle'},
    {name: exitLabel, value: 'leave'},
  ];
  if (changeLabel) choices.unshift({name: changeLabel, value: 'change'});

  return askChoice<ReportAction>(io, {message: 'What next?', choices});
}

/**
 * Runs the checks with a line per step, prints the report, then offers to
 * run them again, save the support bundle, or leave. Resolves to the exit
 * code of the last run: 0 when every check passed, 1 when one failed.
 */
export async function runPlainChecks(
  options: PlainChecksOptions,
): Promise<number> {
  const ending = await runChecksUntilLeft(options);

  return ending === 'change' ? exitCodes.checkFailed : ending;
}

/**
 * As `runPlainChecks`, with `changeLabel` offered: resolves to 'change'
 * when the person chose it.
 */
export async function runChecksUntilLeft(
  options: PlainChecksOptions,
): Promise<number | 'change'> {
  const {io, services, target} = options;
  for (;;) {
    const report = await checkOnce(io, services, target);
    writeReport(io, report);
    if (options.notice) writeLines(io, '', options.notice);
    let action = await nextAction(io, options);
    while (action === 'bundle') {
      await saveBundle(io, services, report, target);
      action = await nextAction(io, options);
    }

    if (action === 'change') return 'change';
    if (action === 'leave') {
      return report.ok ? exitCodes.ok : exitCodes.checkFailed;
    }
  }
}
