import {Spinner} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {Report} from '../../diagnosis/types.js';
import {Footer} from '../components/footer.js';
import {Header} from '../components/header.js';
import {Status} from '../components/status.js';
import {isKey, secretRemedy} from '../keys.js';
import type {AppServices} from '../../services/services.js';
import type {ProfileOutcome} from '../../services/check-each.js';
import {checkEachProfile} from '../../services/check-each.js';

/** One profile's line: running, its verdict, or why it could not run. */
interface Line {
  name: string;
  state: 'running' | ProfileOutcome['status'];
  text: string;
}

export interface CheckAllScreenProps {
  readonly services: AppServices;
  readonly onReport: (report: Report) => void;
  readonly onHome: () => void;
}

/** Runs the checks for every profile in turn, one line each. */
export function CheckAllScreen({
  services,
  onReport,
  onHome,
}: CheckAllScreenProps) {
  const [lines, setLines] = useState<Line[]>([]);
  const [isDone, setDone] = useState(false);

  useInput((input, key) => {
    if (isKey('home', input, key)) onHome();
  });

  useEffect(() => {
    const controller = new AbortController();
    const put = (line: Line) =>
      setLines((current) => [
        ...current.filter((other) => other.name !== line.name),
        line,
      ]);
    void checkEachProfile(services, {
      signal: controller.signal,
      secretRemedy,
      onStart: (profile) =>
        put({name: profile.name, state: 'running', text: ''}),
      onOutcome(outcome) {
        if (outcome.status !== 'error') onReport(outcome.report);
        put({name: outcome.name, state: outcome.status, text: outcome.text});
      },
    })
      .then(() => setDone(true))
      .catch(() => undefined);

    return () => controller.abort(new Error('left the screen'));
    // One run per visit of the screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Box flexDirection="column">
      <Header title="Check all" detail={isDone ? 'done' : 'running'} />
      {lines.map((line) =>
        line.state === 'running' ? (
          <Spinner key={line.name} label={line.name} />
        ) : (
          <Text key={line.name} wrap="wrap">
            <Status status={line.state === 'pass' ? 'pass' : 'fail'} />{' '}
            {line.name}: {line.text}
          </Text>
        ),
      )}
      <Footer actions={['home', 'quit']} />
    </Box>
  );
}
