import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {CardLine} from '../card-lines.js';

/** The border and padding of a card take this many columns. */
export const cardChrome = 4;

/** Card lines in a rounded border; each line is one row. */
export function CardFrame({
  lines,
  children,
}: {
  readonly lines: readonly CardLine[];
  readonly children?: ReactNode;
}) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      {lines.map((line, index) => (
        <Text key={index} bold={line.isBold} wrap="truncate-end">
          {line.text}
        </Text>
      ))}
      {children}
    </Box>
  );
}
