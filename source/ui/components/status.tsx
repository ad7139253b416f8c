import {Text} from 'ink';
import type {CheckStatus} from '../../diagnosis/types.js';

const looks = {
  pass: {symbol: '✔', word: 'PASS', color: 'green'},
  warn: {symbol: '!', word: 'WARN', color: 'yellow'},
  fail: {symbol: '✖', word: 'FAIL', color: 'red'},
  skip: {symbol: '-', word: 'SKIP', color: 'gray'},
} as const;

/** A check's status as a symbol and a word, so colour is never alone. */
export function Status({status}: {readonly status: CheckStatus}) {
  const {symbol, word, color} = looks[status];

  return (
    <Text color={color} bold>
      {symbol} {word}
    </Text>
  );
}
