import {Box, render, renderToString, useApp} from 'ink';
import {useEffect} from 'react';
import type {Report} from '../diagnosis/types.js';
import {cardLines, diagnosesOf} from './card-lines.js';
import {CardFrame, cardChrome} from './components/diagnosis-card.js';
import {Header} from './components/header.js';
import {ReportSummary} from './components/report-summary.js';
import {useChecks} from './hooks/use-checks.js';
import {useClock} from './hooks/use-clock.js';
import {ChecksView} from './screens/checks.js';
import type {CheckTarget, RunChecks} from '../services/services.js';
import {holdSignals} from './terminal.js';
import {describeTarget} from './format.js';

interface LiveChecksProps {
  readonly target: CheckTarget;
  readonly runChecks: RunChecks;
  readonly onDone: (report: Report) => void;
}

/** The Checks view, which leaves once the report is in or the run failed. */
function LiveChecks({target, runChecks, onDone}: LiveChecksProps) {
  const {exit} = useApp();
  const progress = useChecks(runChecks, target, 1, onDone);
  const isRunning = progress.report === null && progress.error === null;
  const now = useClock(isRunning);

  // Leaving from an effect lets the frame with every status be drawn first.
  useEffect(() => {
    if (progress.report) exit();
    if (progress.error) exit(new Error(progress.error));
  }, [progress.report, progress.error, exit]);

  return <ChecksView target={target} progress={progress} now={now} />;
}

/** Runs the checks with the live view on `stdout`; answers the report. */
export async function showLiveChecks(
  target: CheckTarget,
  runChecks: RunChecks,
  terminal: {stdout: NodeJS.WriteStream; signal: AbortSignal},
): Promise<Report> {
  let report: Report | undefined;
  const run: RunChecks = (request, options) =>
    runChecks(request, {
      ...options,
      signal: AbortSignal.any([
        terminal.signal,
        options.signal ?? terminal.signal,
      ]),
    });
  const release = holdSignals();
  const instance = render(
    <LiveChecks
      target={target}
      runChecks={run}
      onDone={(done) => {
        report = done;
      }}
    />,
    {stdout: terminal.stdout, exitOnCtrlC: false, patchConsole: false},
  );
  try {
    await instance.waitUntilExit();
  } finally {
    release();
  }

  if (!report) throw new Error('The checks ended without a report.');

  return report;
}

function StaticReport({report, columns}: {report: Report; columns: number}) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Header
        title="Report"
        detail={describeTarget(report.profile, report.environment.domain)}
      />
      <ReportSummary report={report} />
      {diagnosesOf(report).map((diagnosis) => (
        <CardFrame
          key={diagnosis.code}
          lines={cardLines(diagnosis, columns - cardChrome)}
        />
      ))}
    </Box>
  );
}

/** The reports as static text at this width, for the scrollback. */
export function renderReports(
  reports: readonly Report[],
  columns: number,
): string {
  const drawn = reports.map((report) =>
    renderToString(<StaticReport report={report} columns={columns} />, {
      columns,
    }),
  );

  return `${drawn.join('\n')}\n`;
}
