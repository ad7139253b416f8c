import {Box, Text, useStdout} from 'ink';
import type {RequestRecord} from '../../genesys/types.js';
import {formatDuration, shortUrl} from '../format.js';

const pathWidth = 22;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Where a request's bar starts and how long it is, in cells. */
export function barSpan(
  record: RequestRecord,
  origin: number,
  span: number,
  width: number,
): {offset: number; length: number} {
  const scale = span > 0 ? width / span : 0;
  const offset = Math.min(
    width - 1,
    Math.floor((record.startedAt - origin) * scale),
  );
  const length = Math.max(1, Math.round(record.durationMs * scale));

  return {offset, length: Math.min(length, width - offset)};
}

/** The network requests as a timing waterfall, one row per attempt. */
export function Waterfall({
  requests,
}: {
  readonly requests: readonly RequestRecord[];
}) {
  const {stdout} = useStdout();
  if (requests.length === 0) return null;
  const columns = stdout.columns || 80;
  const width = Math.max(8, Math.min(40, columns - pathWidth - 22));
  const origin = Math.min(...requests.map((r) => r.startedAt));
  const end = Math.max(...requests.map((r) => r.startedAt + r.durationMs));

  return (
    <Box flexDirection="column">
      <Text bold>Requests</Text>
      {requests.map((record, index) => {
        const {offset, length} = barSpan(record, origin, end - origin, width);
        const status = record.status === null ? '---' : String(record.status);

        return (
          <Text key={index}>
            {record.method.padEnd(5)}
            {clip(shortUrl(record.url), pathWidth).padEnd(pathWidth)} {status}{' '}
            {' '.repeat(offset)}
            <Text color="cyan">{'█'.repeat(length)}</Text>
            {' '.repeat(width - offset - length)}{' '}
            {formatDuration(record.durationMs)}
          </Text>
        );
      })}
    </Box>
  );
}
