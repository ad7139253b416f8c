import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import type {Profile} from '../../store/types.js';
import {Footer} from '../components/footer.js';
import {Header} from '../components/header.js';
import {ProfileList} from '../components/profile-list.js';
import type {Action} from '../keys.js';
import {isKey} from '../keys.js';

export interface HomeScreenProps {
  readonly profiles: readonly Profile[];
  readonly notice?: string;
  readonly onCheck: (profile: Profile) => void;
  readonly onCheckAll: () => void;
  readonly onAdd: () => void;
  readonly onChange: (profile: Profile) => void;
  readonly onForget: (profile: Profile) => void;
  readonly onQuit: () => void;
}

const listKeys: Action[] = [
  'open',
  'choose',
  'checkAll',
  'add',
  'change',
  'forget',
  'quitLetter',
];

/** The saved profiles and what can be done with them. */
export function HomeScreen(props: HomeScreenProps) {
  const {profiles} = props;
  const [highlight, setHighlight] = useState(0);
  const [forgetting, setForgetting] = useState<Profile | null>(null);
  const selected = profiles[Math.min(highlight, profiles.length - 1)];

  useInput((input, key) => {
    if (forgetting) {
      if (isKey('confirm', input, key)) props.onForget(forgetting);
      if (isKey('confirm', input, key) || isKey('cancel', input, key)) {
        setForgetting(null);
      }

      return;
    }

    if (isKey('choose', input, key)) {
      const step = key.upArrow ? -1 : 1;
      setHighlight((current) =>
        Math.min(profiles.length - 1, Math.max(0, current + step)),
      );
    }

    if (isKey('add', input, key)) props.onAdd();
    if (isKey('quitLetter', input, key)) props.onQuit();
    if (!selected) return;
    if (isKey('open', input, key)) props.onCheck(selected);
    if (isKey('checkAll', input, key)) props.onCheckAll();
    if (isKey('change', input, key)) props.onChange(selected);
    if (isKey('forget', input, key)) setForgetting(selected);
  });

  return (
    <Box flexDirection="column">
      <Header title="Profiles" detail={`${profiles.length} saved`} />
      <ProfileList profiles={profiles} highlight={highlight} />
      {props.notice ? <Text>{props.notice}</Text> : null}
      {forgetting ? (
        <Text color="yellow" wrap="wrap">
          Forget "{forgetting.name}" and delete its secret from the keychain?
          (y/n)
        </Text>
      ) : null}
      <Footer
        actions={forgetting ? ['confirm', 'cancel'] : [...listKeys, 'quit']}
      />
    </Box>
  );
}
