import {Box, Text} from 'ink';
import type {Action} from '../keys.js';
import {describeKeys} from '../keys.js';

/** The keys that work on the current screen, from the one binding table. */
export function Footer({actions}: {readonly actions: readonly Action[]}) {
  return (
    <Box marginTop={1}>
      <Text dimColor wrap="wrap">
        {describeKeys(actions)}
      </Text>
    </Box>
  );
}
