import {Box, Text, useInput} from 'ink';
import {useCallback, useState} from 'react';
import type {Report} from '../../diagnosis/types.js';
import {diagnosesOf} from '../card-lines.js';
import {Countdown} from '../components/countdown.js';
import {CardFrame} from '../components/diagnosis-card.js';
import {Footer, footerRows} from '../components/footer.js';
import {Header} from '../components/header.js';
import {Message, messageRows} from '../components/message.js';
import {ReportSummary, summaryRows} from '../components/report-summary.js';
import {useCardPager} from '../hooks/use-card-pager.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import type {Action} from '../keys.js';
import {isKey} from '../keys.js';
import {cardRows} from '../report-layout.js';
import {describeTarget} from '../format.js';

export interface ReportScreenProps {
  readonly report: Report;
  /** Epoch milliseconds when the report arrived, for Retry-After. */
  readonly receivedAt: number;
  /** A line above the verdict, such as what the setup before it saved. */
  readonly notice?: {kind: 'info' | 'warning'; text: string};
  /** Esc goes back (to change the answers) rather than home. */
  readonly isBack?: boolean;
  readonly onRerun: () => void;
  readonly onHome: () => void;
  readonly onQuit: () => void;
  /** Writes the support bundle; resolves to its path. */
  readonly onSaveBundle: (report: Report) => Promise<string>;
}

type BundleState = {kind: 'idle'} | {kind: 'info' | 'error'; text: string};

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

function reportKeysFor(isBack: boolean): Action[] {
  return ['rerun', 'bundle', isBack ? 'back' : 'home', 'quitLetter'];
}

const pagerKeys: Action[] = ['nextDiagnosis', 'scroll'];

/**
 * Pass, warn or fail per check, always on screen; below, one diagnosis
 * card at a time, cut to the rows left, so the verdict and the keys stay
 * in view however tall the cards are.
 */
export function ReportScreen(props: ReportScreenProps) {
  const {report, onRerun, notice} = props;
  const reportKeys = reportKeysFor(props.isBack ?? false);
  const {columns, rows} = useTerminalSize();
  const [bundle, setBundle] = useState<BundleState>({kind: 'idle'});
  const wait = retryAfterSeconds(report);
  const handleWaited = useCallback(() => onRerun(), [onRerun]);
  const diagnoses = diagnosesOf(report);
  // The pager's keys are counted whenever there is a card: the footer
  // cannot wait for the page it decides the size of.
  const footerKeys: Action[] =
    diagnoses.length > 0 ? [...pagerKeys, ...reportKeys] : reportKeys;
  const used =
    2 +
    (notice ? messageRows(notice.kind, notice.text, columns) : 0) +
    summaryRows(report) +
    (wait === null ? 0 : 1) +
    (bundle.kind === 'idle'
      ? 0
      : messageRows(bundle.kind, bundle.text, columns)) +
    footerRows(footerKeys, columns);
  const pager = useCardPager(diagnoses, columns, cardRows(rows, used));
  const {page} = pager;

  useInput((input, key) => {
    pager.handleKey(input, key);
    if (isKey('rerun', input, key)) onRerun();
    if (isKey('home', input, key)) props.onHome();
    if (isKey('quitLetter', input, key)) props.onQuit();
    if (isKey('bundle', input, key)) {
      setBundle({kind: 'info', text: 'Saving the support bundle…'});
      props.onSaveBundle(report).then(
        (path) =>
          setBundle({kind: 'info', text: `Support bundle saved to ${path}`}),
        (error: unknown) =>
          setBundle({
            kind: 'error',
            text: `The bundle was not saved: ${String(error)}`,
          }),
      );
    }
  });

  return (
    <Box flexDirection="column">
      <Header
        title="Report"
        detail={describeTarget(report.profile, report.environment.domain)}
      />
      {notice ? <Message kind={notice.kind}>{notice.text}</Message> : null}
      <ReportSummary report={report} isCompact />
      {pager.lines.length > 0 ? (
        <CardFrame
          lines={pager.lines.slice(page.start, page.start + page.visible)}
        >
          {page.status ? (
            <Text dimColor wrap="truncate-end">
              {page.status}
            </Text>
          ) : null}
        </CardFrame>
      ) : null}
      {wait === null ? null : (
        <Countdown
          until={props.receivedAt + wait * 1000}
          onDone={handleWaited}
        />
      )}
      {bundle.kind === 'idle' ? null : (
        <Message kind={bundle.kind}>{bundle.text}</Message>
      )}
      <Footer actions={[...pager.actions, ...reportKeys]} />
    </Box>
  );
}
