import {Box, useInput} from 'ink';
import {checkIds} from '../../diagnosis/types.js';
import type {Report} from '../../diagnosis/types.js';
import {CheckRow} from '../components/check-row.js';
import {Footer} from '../components/footer.js';
import {Header} from '../components/header.js';
import {Message} from '../components/message.js';
import {Waterfall} from '../components/waterfall.js';
import type {ChecksProgress} from '../hooks/use-checks.js';
import {useChecks} from '../hooks/use-checks.js';
import {useClock} from '../hooks/use-clock.js';
import {isKey} from '../keys.js';
import type {CheckTarget, RunChecks} from '../../services/services.js';
import {describeTarget} from '../format.js';

export interface ChecksScreenProps {
  readonly target: CheckTarget;
  readonly runChecks: RunChecks;
  /** Changes to run the checks again. */
  readonly runId: number;
  readonly onDone: (report: Report) => void;
  /** Esc: stop and go back. */
  readonly onBack: () => void;
}

export interface ChecksViewProps {
  readonly target: CheckTarget;
  readonly progress: ChecksProgress;
  readonly now: number;
}

/** Every check with its progress, and the requests as a waterfall. */
export function ChecksView({target, progress, now}: ChecksViewProps) {
  return (
    <Box flexDirection="column">
      <Header
        title="Checks"
        detail={describeTarget(target.profile, target.environment.domain)}
      />
      {checkIds.map((id) => (
        <CheckRow
          key={id}
          id={id}
          startedAt={progress.started[id]}
          result={progress.results[id]}
          now={now}
        />
      ))}
      <Box marginTop={1}>
        <Waterfall requests={progress.requests} />
      </Box>
      {progress.error ? (
        <Message kind="error">
          {`The checks stopped: ${progress.error}`}
        </Message>
      ) : null}
    </Box>
  );
}

/** The checks running for a target; Esc stops them and goes back. */
export function ChecksScreen(props: ChecksScreenProps) {
  const progress = useChecks(
    props.runChecks,
    props.target,
    props.runId,
    props.onDone,
  );
  const now = useClock(progress.report === null && progress.error === null);

  useInput((input, key) => {
    if (isKey('back', input, key)) props.onBack();
  });

  return (
    <Box flexDirection="column">
      <ChecksView target={props.target} progress={progress} now={now} />
      <Footer actions={['back', 'quit']} />
    </Box>
  );
}
