import {Box, Text} from 'ink';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {wrapText} from '../wrap.js';

export interface MessageProps {
  readonly kind: 'error' | 'warning' | 'info';
  readonly children: string;
}

const looks = {
  error: {symbol: '✖', word: 'Error:', color: 'red'},
  warning: {symbol: '!', word: 'Warning:', color: 'yellow'},
  info: {symbol: 'i', word: 'Note:', color: 'blue'},
} as const;

function messageLines(kind: MessageProps['kind'], text: string, width: number) {
  const {symbol, word} = looks[kind];

  return wrapText(`${symbol} ${word} ${text}`, width);
}

/** Rows a message takes at this width. */
export function messageRows(
  kind: MessageProps['kind'],
  text: string,
  columns: number,
): number {
  return messageLines(kind, text, columns).length;
}

/** A message under an input; its word says what it is, not only colour. */
export function Message({kind, children}: MessageProps) {
  const {columns} = useTerminalSize();

  return (
    <Box flexDirection="column">
      {messageLines(kind, children, columns).map((line, index) => (
        <Text key={index} color={looks[kind].color} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
