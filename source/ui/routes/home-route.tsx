import {Spinner} from '@inkjs/ui';
import {useCallback, useEffect, useState} from 'react';
import type {Profile} from '../../store/types.js';
import type {RoutesProps} from '../routes.js';
import {secretRemedy} from '../keys.js';
import {HomeScreen} from '../screens/home.js';
import {answersFromProfile} from '../../services/setup-context.js';
import {targetFromProfile} from '../../services/targets.js';

type HomeRouteProps = RoutesProps & {readonly notice?: string};

/** Loads the profiles for the home screen; with none, setup comes first. */
export function HomeRoute(props: HomeRouteProps) {
  const {services, onNavigate} = props;
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
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
    void services.profiles.list().then(show);
  }, [services, show]);

  if (profiles === null) return <Spinner label="Reading profiles…" />;

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
