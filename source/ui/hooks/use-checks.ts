import {useEffect, useReducer} from 'react';
import type {
  CheckEvent,
  CheckId,
  CheckResult,
  Report,
} from '../../diagnosis/types.js';
import type {RequestRecord} from '../../genesys/types.js';
import type {CheckTarget, RunChecks} from '../../services/services.js';

/** What is known so far about the checks of one run. */
export interface ChecksProgress {
  started: Partial<Record<CheckId, number>>;
  results: Partial<Record<CheckId, CheckResult>>;
  requests: RequestRecord[];
  report: Report | null;
  error: string | null;
}

type ProgressAction =
  | {type: 'event'; event: CheckEvent}
  | {type: 'report'; report: Report}
  | {type: 'error'; message: string};

const empty: ChecksProgress = {
  started: {},
  results: {},
  requests: [],
  report: null,
  error: null,
};

function reduce(state: ChecksProgress, action: ProgressAction) {
  if (action.type === 'report') return {...state, report: action.report};
  if (action.type === 'error') return {...state, error: action.message};
  const {event} = action;
  switch (event.type) {
    case 'start': {
      return {...state, started: {...state.started, [event.id]: event.at}};
    }

    case 'request': {
      return {...state, requests: [...state.requests, event.record]};
    }

    case 'finish': {
      const {result} = event;

      return {...state, results: {...state.results, [result.id]: result}};
    }
  }
}

/**
 * Runs the checks once for `target` (again whenever `runId` changes) and
 * follows their progress. Leaving the screen cancels the run.
 */
export function useChecks(
  runChecks: RunChecks,
  target: CheckTarget,
  runId: number,
  onDone: (report: Report) => void,
): ChecksProgress {
  const [progress, dispatch] = useReducer(reduce, empty);

  useEffect(() => {
    const controller = new AbortController();
    runChecks(target, {
      signal: controller.signal,
      onEvent: (event) => dispatch({type: 'event', event}),
    }).then(
      (report) => {
        if (controller.signal.aborted) return;
        dispatch({type: 'report', report});
        onDone(report);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        dispatch({type: 'error', message});
      },
    );

    return () => controller.abort(new Error('left the checks screen'));
    // A new run only when asked for; callbacks may change identity freely.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId]);

  return progress;
}
