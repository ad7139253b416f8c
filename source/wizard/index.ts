/**
 * The setup wizard as data, shared by every front end.
 *
 * A front end keeps one `WizardState` (start it with `startWizard`) and
 * renders `currentStep(state)`: its `question` and `help`, an input of its
 * `input` kind pre-filled with `currentValue(state, context)`, then
 * `state.error` (the answer was refused) or `state.warning` (the answer is
 * doubtful; submitting the same value again accepts it) under the input.
 *
 * Every event goes through `reduceWizard(state, action, context)`:
 * `submit` with the typed value when Enter is pressed, `edit` on any other
 * key (clears the message), `back` on Esc (answers are kept). For `task`
 * steps the front end runs the work itself (`saveSetup` for saving; the
 * checks for the last step) and reports `task-done` or `task-failed`.
 * Nothing is written anywhere before the saving step.
 */
export {currentStep, currentValue, reduceWizard} from './machine.js';
export {progress, progressLabel} from './machine.js';
export {startWizard} from './machine.js';
export type {WizardAction, WizardState} from './machine.js';
export {describeDeployment, filterRegions} from './regions.js';
export {confirmHint, initialValue, stepById, steps} from './steps.js';
export type * from './types.js';
export {checkClientId, checkClientSecret, isUuid} from './validators.js';
export {saveSetup, toSetupInput} from './save.js';
export type {SaveOutcome, SetupInput, SetupStore} from './save.js';
