import type {Report} from '../diagnosis/types.js';
import type {Answers} from '../wizard/index.js';
import {HomeRoute} from './routes/home-route.js';
import {SetupRoute} from './routes/setup-route.js';
import {CheckAllScreen} from './screens/check-all.js';
import {ChecksScreen} from './screens/checks.js';
import {ReportScreen} from './screens/report.js';
import {ScenariosScreen} from './screens/scenarios.js';
import type {AppServices, CheckTarget} from '../services/services.js';
import {targetFromSetup} from './targets.js';

/** Where the app is. */
export type Route =
  | {name: 'home'; notice?: string}
  | {name: 'scenarios'}
  | {
      name: 'setup';
      answers: Answers;
      skipWelcome?: boolean;
      /** Esc on the first step leaves the app instead of going home. */
      cancelExits?: boolean;
      /** The profile being changed, which may be replaced without asking. */
      replacing?: string;
    }
  | {name: 'checks'; target: CheckTarget; runId: number}
  | {name: 'report'; target: CheckTarget; report: Report; receivedAt: number}
  | {name: 'check-all'};

export interface RoutesProps {
  readonly route: Route;
  readonly services: AppServices;
  readonly isDemo: boolean;
  readonly onNavigate: (route: Route) => void;
  readonly onReport: (report: Report) => void;
  readonly onQuit: () => void;
}

/** The screen for the current route, wired to the next ones. */
export function Routes(props: RoutesProps) {
  const {route, services, onNavigate} = props;
  const home: Route = props.isDemo ? {name: 'scenarios'} : {name: 'home'};

  switch (route.name) {
    case 'home': {
      return <HomeRoute {...props} notice={route.notice} />;
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
          onSaved={(input) =>
            onNavigate({
              name: 'checks',
              target: targetFromSetup(input),
              runId: 1,
            })
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
          onBack={() => onNavigate(home)}
          onDone={(report) => {
            props.onReport(report);
            onNavigate({
              name: 'report',
              target: route.target,
              report,
              receivedAt: Date.now(),
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
          onRerun={() =>
            onNavigate({
              name: 'checks',
              target: route.target,
              runId: Date.now(),
            })
          }
          onHome={() => onNavigate(home)}
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
