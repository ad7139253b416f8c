import type {SetupInput, WizardState} from '../../wizard/index.js';
import {reduceWizard, saveNotice} from '../../wizard/index.js';
import type {Route} from '../routes.js';
import type {AppServices} from '../../services/services.js';
import {targetFromSetup} from '../../services/targets.js';

type SetupRoute = Extract<Route, {name: 'setup'}>;

/** A setup that reached its checks, and where it came from. */
export interface SetupReturn {
  state: WizardState;
  route: SetupRoute;
}

/** What the report says about the save before it, if anything. */
export interface SetupNotice {
  kind: 'info' | 'warning';
  text: string;
}

/** Whether the setup before these checks wrote nothing. */
export function isUnsaved(from: SetupReturn | undefined): boolean {
  return from?.state.save?.saved === false;
}

/** The line the report shows about the setup's save. */
export function setupNotice(
  from: SetupReturn | undefined,
): SetupNotice | undefined {
  const result = from?.state.save;
  if (!result) return undefined;
  const text = saveNotice(result);

  return result.saved
    ? {kind: 'info', text}
    : {kind: 'warning', text: `${text} Esc goes back to change them.`};
}

/** The checks that follow setup's saving step, saved or not. */
export function checksAfterSetup(
  input: SetupInput,
  state: WizardState,
  route: SetupRoute,
): Route {
  const isSaved = state.save?.saved !== false;

  return {
    name: 'checks',
    target: targetFromSetup(input, isSaved),
    runId: 1,
    from: {state, route},
  };
}

/** Back from an unsaved setup's checks to its client secret. */
export function backToSetup(
  from: SetupReturn,
  services: Pick<AppServices, 'wizard'>,
): Route {
  const state = reduceWizard(from.state, {type: 'back'}, services.wizard);

  return {...from.route, state};
}
