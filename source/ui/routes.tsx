import {Suspense, useEffect} from 'react';
import type {Report} from '../diagnosis/types.js';
import type {Answers, WizardState} from '../wizard/index.js';
import type {SetupReturn} from './routes/after-setup.js';
import {backToSetup, checksAfterSetup} from './routes/after-setup.js';
import {isUnsaved, setupNotice} from './routes/after-setup.js';
import {HomeRoute} from './routes/home-route.js';
import {
  CheckAllScreen,
  ChecksScreen,
  preloadScreens,
  ReportScreen,
  ScenariosScreen,
  SetupRoute,
} from './lazy-screens.js';
import type {AppServices, CheckTarget} from '../services/services.js';
import type {Profile} from '../store/types.js';

/** Where the app is. */
export type Route =
  | {name: 'home'; notice?: string; profiles?: Profile[]}
  | {name: 'scenarios'}
  | {
      name: 'setup';
      answers: Answers;
      skipWelcome?: boolean;
      /** Esc on the first step leaves the app instead of going home. */
      cancelExits?: boolean;
      /** The profile being changed, which may be replaced without asking. */
      replacing?: string;
      /** Where to resume, such as back from an unsaved setup's report. */
      state?: WizardState;
    }
  | {name: 'checks'; target: CheckTarget; runId: number; from?: SetupReturn}
  | {
      name: 'report';
      target: CheckTarget;
      report: Report;
      receivedAt: number;
      from?: SetupReturn;
    }
  | {name: 'check-all'};

export interface RoutesProps {
  readonly route: Route;
  readonly services: AppServices;
  readonly isDemo: boolean;
  readonly onNavigate: (route: Route) => void;
  readonly onReport: (report: Report) => void;
  readonly onQuit: () => void;
}

/** The screen for the current route; the next ones load meanwhile. */
export function Routes(props: RoutesProps) {
  useEffect(preloadScreens, []);

  return (
    <Suspense fallback={null}>
      <Screen {...props} />
    </Suspense>
  );
}

/** The screen for the current route, wired to the next ones. */
function Screen(props: RoutesProps) {
  const {route, services, onNavigate} = props;
  const home: Route = props.isDemo ? {name: 'scenarios'} : {name: 'home'};
  // Esc after an unsaved setup goes back to its answers, not home.
  const leave = (from?: SetupReturn): Route =>
    from && isUnsaved(from) ? backToSetup(from, services) : home;

  switch (route.name) {
    case 'home': {
      return (
        <HomeRoute
          {...props}
          notice={route.notice}
          initialProfiles={route.profiles}
        />
      );
    }

    case 'scenarios': {
      const control = services.scenarios;

      return (
        <ScenariosScreen
          scenarios={control?.list ?? []}
          onPick={(name) => {
            control?.select(name);
            onNavigate({name: 'setup', answers: {}});
          }}
        />
      );
    }

    case 'setup': {
      return (
        <SetupRoute
          route={route}
          services={services}
          isDemo={props.isDemo}
          onSaved={(input, state) =>
            onNavigate(checksAfterSetup(input, state, route))
          }
          onCancel={() =>
            route.cancelExits ? props.onQuit() : onNavigate(home)
          }
        />
      );
    }

    case 'checks': {
      return (
        <ChecksScreen
          key={route.runId}
          target={route.target}
          runChecks={services.runChecks}
          runId={route.runId}
          onBack={() => onNavigate(leave(route.from))}
          onDone={(report) => {
            props.onReport(report);
            onNavigate({
              name: 'report',
              target: route.target,
              report,
              receivedAt: Date.now(),
              from: route.from,
            });
          }}
        />
      );
    }

    case 'report': {
      return (
        <ReportScreen
          report={route.report}
          receivedAt={route.receivedAt}
          notice={setupNotice(route.from)}
          isBack={isUnsaved(route.from)}
          onRerun={() =>
            onNavigate({
              name: 'checks',
              target: route.target,
              runId: Date.now(),
              from: route.from,
            })
          }
          onHome={() => onNavigate(leave(route.from))}
          onQuit={props.onQuit}
          onSaveBundle={(report) => services.saveBundle(report, route.target)}
        />
      );
    }

    case 'check-all': {
      return (
        <CheckAllScreen
          services={services}
          onReport={props.onReport}
          onHome={() => onNavigate(home)}
        />
      );
    }
  }
}
