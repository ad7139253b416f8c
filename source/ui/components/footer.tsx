import {Box, Text} from 'ink';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import type {Action} from '../keys.js';
import {describeKeys} from '../keys.js';
import {wrapText} from '../wrap.js';

function footerLines(actions: readonly Action[], columns: number): string[] {
  return wrapText(describeKeys(actions), columns);
}

/** Rows the footer takes, its blank line above included. */
export function footerRows(actions: readonly Action[], columns: number) {
  return 1 + footerLines(actions, columns).length;
}

/** The keys that work on the current screen, from the one binding table. */
export function Footer({actions}: {readonly actions: readonly Action[]}) {
  const {columns} = useTerminalSize();

  return (
    <Box marginTop={1} flexDirection="column">
      {footerLines(actions, columns).map((line) => (
        <Text key={line} dimColor wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
