import {Spinner} from '@inkjs/ui';
import {useEffect, useState} from 'react';
import type {SetupInput} from '../../wizard/index.js';
import type {Route} from '../routes.js';
import {SetupScreen} from '../screens/setup/setup-screen.js';
import type {AppServices} from '../../services/services.js';

export interface SetupRouteProps {
  readonly route: Extract<Route, {name: 'setup'}>;
  readonly services: AppServices;
  readonly isDemo: boolean;
  readonly onSaved: (input: SetupInput) => void;
  readonly onCancel: () => void;
}

const demoNote =
  'Demo credentials: made up, for the built-in emulator only. ' +
  'Press Enter to use them.';

/** Learns the saved profile names, then runs the setup wizard. */
export function SetupRoute(props: SetupRouteProps) {
  const {route, services} = props;
  const [names, setNames] = useState<string[] | null>(null);

  useEffect(() => {
    void services.profiles.list().then((profiles) => {
      setNames(
        profiles
          .map((profile) => profile.name)
          .filter((name) => name !== route.replacing),
      );
    });
  }, [services, route.replacing]);

  if (names === null) return <Spinner label="Reading profiles…" />;

  return (
    <SetupScreen
      context={{...services.wizard, profileNames: names}}
      store={services.store}
      answers={route.answers}
      skipWelcome={route.skipWelcome}
      defaultsNote={props.isDemo ? demoNote : undefined}
      fingerprint={services.fingerprint}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    />
  );
}
