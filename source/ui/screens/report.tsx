import {Box, Text, useInput} from 'ink';
import {useCallback, useState} from 'react';
import type {Report} from '../../diagnosis/types.js';
import {Countdown} from '../components/countdown.js';
import {DiagnosisCard} from '../components/diagnosis-card.js';
import {Footer} from '../components/footer.js';
import {Header} from '../components/header.js';
import {Message} from '../components/message.js';
import {ReportSummary} from '../components/report-summary.js';
import {isKey} from '../keys.js';

export interface ReportScreenProps {
  readonly report: Report;
  /** Epoch milliseconds when the report arrived, for Retry-After. */
  readonly receivedAt: number;
  readonly onRerun: () => void;
  readonly onHome: () => void;
  readonly onQuit: () => void;
  /** Writes the support bundle; resolves to its path. */
  readonly onSaveBundle: (report: Report) => Promise<string>;
}

type BundleState =
  {kind: 'idle'} | {kind: 'saving'} | {kind: 'saved' | 'failed'; text: string};

/** How long Genesys asked to wait, when a check was rate limited. */
export function retryAfterSeconds(report: Report): number | null {
  for (const check of report.checks) {
    const diagnosis = check.diagnosis;
    if (diagnosis?.code !== 'rate-limited') continue;
    const seconds = diagnosis.evidence.retryAfterSeconds;
    if (seconds !== undefined) return seconds;
  }

  return null;
}

/** Pass, warn or fail per check; a card per diagnosis; what to do next. */
export function ReportScreen(props: ReportScreenProps) {
  const {report, onRerun} = props;
  const [bundle, setBundle] = useState<BundleState>({kind: 'idle'});
  const wait = retryAfterSeconds(report);
  // Warnings get one line in the summary; failures get the whole card,
  // so what must change stays on one screen.
  // One card per cause: a 429 met by two checks is one thing to fix.
  const diagnoses = [
    ...new Map(
      report.checks.flatMap((check) =>
        check.diagnosis && check.status === 'fail'
          ? [[check.diagnosis.code, check.diagnosis] as const]
          : [],
      ),
    ).values(),
  ];
  const handleWaited = useCallback(() => onRerun(), [onRerun]);

  useInput((input, key) => {
    if (isKey('rerun', input, key)) onRerun();
    if (isKey('home', input, key)) props.onHome();
    if (isKey('quitLetter', input, key)) props.onQuit();
    if (isKey('bundle', input, key) && bundle.kind !== 'saving') {
      setBundle({kind: 'saving'});
      props.onSaveBundle(report).then(
        (path) => setBundle({kind: 'saved', text: path}),
        (error: unknown) => setBundle({kind: 'failed', text: String(error)}),
      );
    }
  });

  return (
    <Box flexDirection="column">
      <Header
        title="Report"
        detail={`${report.profile ?? 'no profile'} · ${report.environment.domain}`}
      />
      <ReportSummary report={report} />
      {diagnoses.map((diagnosis) => (
        <DiagnosisCard key={diagnosis.code} diagnosis={diagnosis} />
      ))}
      {wait === null ? null : (
        <Countdown
          until={props.receivedAt + wait * 1000}
          onDone={handleWaited}
        />
      )}
      {bundle.kind === 'saving' ? (
        <Text>Saving the support bundle…</Text>
      ) : null}
      {bundle.kind === 'saved' ? (
        <Message kind="info">{`Support bundle saved to ${bundle.text}`}</Message>
      ) : null}
      {bundle.kind === 'failed' ? (
        <Message kind="error">{`The bundle was not saved: ${bundle.text}`}</Message>
      ) : null}
      <Footer actions={['rerun', 'bundle', 'home', 'quitLetter']} />
    </Box>
  );
}
