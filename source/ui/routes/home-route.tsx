import {Text} from 'ink';
import {useCallback, useEffect, useState} from 'react';
import type {Profile} from '../../store/types.js';
import type {RoutesProps} from '../routes.js';
import {secretRemedy} from '../keys.js';
import {HomeScreen} from '../screens/home.js';
import {answersFromProfile} from '../../services/setup-context.js';
import {targetFromProfile} from '../../services/targets.js';

type HomeRouteProps = RoutesProps & {
  readonly notice?: string;
  /** Read before the first frame; otherwise the route reads them. */
  readonly initialProfiles?: Profile[];
};

/** Loads the profiles for the home screen; with none, setup comes first. */
export function HomeRoute(props: HomeRouteProps) {
  const {services, onNavigate, initialProfiles} = props;
  const [profiles, setProfiles] = useState(initialProfiles ?? null);
  const [notice, setNotice] = useState(props.notice);

  const show = useCallback(
    (loaded: Profile[]) => {
      if (loaded.length === 0) {
        onNavigate({name: 'setup', answers: {}, cancelExits: true});
      } else {
        setProfiles(loaded);
      }
    },
    [onNavigate],
  );

  useEffect(() => {
    if (!initialProfiles) void services.profiles.list().then(show);
  }, [services, show, initialProfiles]);

  // A local file: no spinner for the moment it takes.
  if (profiles === null) return <Text dimColor>Reading profiles…</Text>;

  async function check(profile: Profile) {
    const target = await targetFromProfile(profile, services, secretRemedy);
    if (typeof target === 'string') setNotice(target);
    else onNavigate({name: 'checks', target, runId: 1});
  }

  async function forget(profile: Profile) {
    await services.profiles.remove(profile.name);
    setNotice(`Forgot "${profile.name}" and its keychain entry.`);
    show(await services.profiles.list());
  }

  return (
    <HomeScreen
      profiles={profiles}
      notice={notice}
      onCheck={(profile) => void check(profile)}
      onCheckAll={() => onNavigate({name: 'check-all'})}
      onAdd={() => onNavigate({name: 'setup', answers: {}, skipWelcome: true})}
      onChange={(profile) =>
        onNavigate({
          name: 'setup',
          skipWelcome: true,
          replacing: profile.name,
          answers: answersFromProfile(profile),
        })
      }
      onForget={(profile) => void forget(profile)}
      onQuit={props.onQuit}
    />
  );
}
