import {Spinner} from '@inkjs/ui';
import {useEffect, useState} from 'react';
import type {
  SetupInput,
  WizardContext,
  WizardState,
} from '../../wizard/index.js';
import type {Route} from '../routes.js';
import {SetupScreen} from '../screens/setup/setup-screen.js';
import type {AppServices} from '../../services/services.js';
import {setupContext} from '../../services/setup-context.js';

export interface SetupRouteProps {
  readonly route: Extract<Route, {name: 'setup'}>;
  readonly services: AppServices;
  readonly isDemo: boolean;
  /** Saved or not (see `state.save`): the checks come next. */
  readonly onSaved: (input: SetupInput, state: WizardState) => void;
  readonly onCancel: () => void;
}

const demoNote =
  'Demo credentials: made up, for the built-in emulator only. ' +
  'Press Enter to use them.';

/** Learns the saved profile names, then runs the setup wizard. */
export function SetupRoute(props: SetupRouteProps) {
  const {route, services} = props;
  const [context, setContext] = useState<WizardContext | null>(null);

  useEffect(() => {
    void setupContext(services, route.replacing).then(setContext);
  }, [services, route.replacing]);

  if (context === null) return <Spinner label="Reading profiles…" />;

  return (
    <SetupScreen
      context={context}
      store={services.store}
      answers={route.answers}
      skipWelcome={route.skipWelcome}
      state={route.state}
      defaultsNote={props.isDemo ? demoNote : undefined}
      fingerprint={services.fingerprint}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    />
  );
}
