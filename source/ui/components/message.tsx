import {Text} from 'ink';

export interface MessageProps {
  readonly kind: 'error' | 'warning' | 'info';
  readonly children: string;
}

const looks = {
  error: {symbol: '✖', word: 'Error:', color: 'red'},
  warning: {symbol: '!', word: 'Warning:', color: 'yellow'},
  info: {symbol: 'i', word: 'Note:', color: 'blue'},
} as const;

/** A message under an input; its word says what it is, not only colour. */
export function Message({kind, children}: MessageProps) {
  const {symbol, word, color} = looks[kind];

  return (
    <Text color={color} wrap="wrap">
      {symbol} {word} {children}
    </Text>
  );
}
