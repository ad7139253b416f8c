import {useApp, useInput} from 'ink';
import {useCallback, useRef, useState} from 'react';
import type {Report} from '../diagnosis/types.js';
import type {Answers} from '../wizard/index.js';
import type {Profile} from '../store/types.js';
import {isKey} from './keys.js';
import type {AppResult} from './result.js';
import {Routes} from './routes.js';
import type {Route} from './routes.js';
import type {AppServices} from '../services/services.js';

export interface AppProps {
  readonly services: AppServices;
  /** Where the app opens. */
  readonly start: 'home' | 'setup' | 'demo';
  /** Answers known before setup starts, such as from flags. */
  readonly answers?: Answers;
  /** The saved profiles, when read before the first frame. */
  readonly profiles?: Profile[];
  readonly onExit: (result: AppResult) => void;
}

function firstRoute(
  start: AppProps['start'],
  answers: Answers,
  profiles?: Profile[],
): Route {
  if (start === 'demo') return {name: 'scenarios'};
  // With nothing saved yet, home has nothing to show: setup comes first.
  if (start === 'setup' || profiles?.length === 0) {
    return {name: 'setup', answers, cancelExits: true};
  }

  return {name: 'home', profiles};
}

/**
 * The root of the Ink front end and the one place that decides to exit:
 * it reports how the app ended, then unmounts.
 */
export function App(props: AppProps) {
  const {services, start, answers = {}, onExit} = props;
  const {exit} = useApp();
  const [route, setRoute] = useState<Route>(() =>
    firstRoute(start, answers, props.profiles),
  );
  const lastReport = useRef<Report | null>(null);

  const finish = useCallback(
    (isInterrupted: boolean) => {
      onExit({isInterrupted, lastReport: lastReport.current});
      exit();
    },
    [exit, onExit],
  );

  useInput((input, key) => {
    if (isKey('quit', input, key)) finish(true);
  });

  const handleReport = useCallback(
    (report: Report) => {
      lastReport.current = report;
      if (report.profile) {
        void services.profiles.recordCheck(report.profile, report);
      }
    },
    [services],
  );

  return (
    <Routes
      route={route}
      services={services}
      isDemo={start === 'demo'}
      onNavigate={setRoute}
      onReport={handleReport}
      onQuit={() => finish(false)}
    />
  );
}
