import {Select} from '@inkjs/ui';
import {Box, Text} from 'ink';
import {Footer} from '../components/footer.js';
import {Header} from '../components/header.js';
import type {Scenario} from '../../services/services.js';

export interface ScenariosScreenProps {
  readonly scenarios: readonly Scenario[];
  readonly onPick: (name: string) => void;
}

/** The demo's first screen: which behaviour the emulator should show. */
export function ScenariosScreen({scenarios, onPick}: ScenariosScreenProps) {
  return (
    <Box flexDirection="column">
      <Header title="Demo" detail="built-in emulator, no account needed" />
      <Text wrap="wrap">
        The demo runs setup against a Genesys Cloud stand-in on this machine.
        Nothing of yours is read or written.
      </Text>
      <Text bold>Pick what it should do:</Text>
      <Box marginTop={1}>
        <Select
          visibleOptionCount={8}
          options={scenarios.map((scenario) => ({
            label: scenario.title,
            value: scenario.name,
          }))}
          onChange={onPick}
        />
      </Box>
      <Footer actions={['continue', 'choose', 'quit']} />
    </Box>
  );
}
