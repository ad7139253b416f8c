import {Box, Text} from 'ink';

export interface HeaderProps {
  /** Where the person is, such as "Setup" or "Report". */
  readonly title: string;
  /** Extra context on the right, such as "Step 2 of 6". */
  readonly detail?: string;
}

/** The line at the top of every screen: the tool, the screen, the place. */
export function Header({title, detail}: HeaderProps) {
  return (
    <Box marginBottom={1}>
      <Text bold>genesys-auth</Text>
      <Text> · {title}</Text>
      {detail ? <Text dimColor> · {detail}</Text> : null}
    </Box>
  );
}
