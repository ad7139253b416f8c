import {Spinner} from '@inkjs/ui';
import {Box, Text} from 'ink';
import type {CheckId, CheckResult} from '../../diagnosis/types.js';
import {checkTitles} from '../../services/check-titles.js';
import {formatDuration} from '../format.js';
import {Status} from './status.js';

export interface CheckRowProps {
  readonly id: CheckId;
  /** Epoch milliseconds when the check started, if it has. */
  readonly startedAt?: number;
  readonly result?: CheckResult;
  readonly now: number;
}

/** One check: waiting, running with its elapsed time, or its status. */
export function CheckRow({id, startedAt, result, now}: CheckRowProps) {
  const title = checkTitles[id];
  if (result) {
    return (
      <Box flexDirection="column">
        <Text>
          <Status status={result.status} /> {title}{' '}
          <Text dimColor>{formatDuration(result.durationMs)}</Text>
        </Text>
        <Text wrap="wrap">
          {'       '}
          {result.summary}
        </Text>
      </Box>
    );
  }

  if (startedAt === undefined) {
    return (
      <Text dimColor>
        {'  ·    '}
        {title}: waiting
      </Text>
    );
  }

  return (
    <Box>
      <Text>{'  '}</Text>
      {/* The clock ticks every 100 ms and may lag a check just started. */}
      <Spinner
        label={`${title}  ${formatDuration(Math.max(0, now - startedAt))}`}
      />
    </Box>
  );
}
