/**
 * The setup wizard as data, shared by every front end.
 *
 * A front end keeps one `WizardState` (start it with `startWizard`) and
 * renders `currentStep(state)`: its `question` and `help`, an input of its
 * `input` kind showing `currentValue(state, context)` (the step's draft,
 * which starts as its kept answer or default), then `state.error` (the
 * answer was refused) or `state.warning` (the answer is doubtful;
 * submitting the same value again accepts it) under the input.
 *
 * Every event goes through `reduceWizard(state, action, context)`: a drawn
 * front end sends `edit` with the keys typed and `submit` without a value
 * on Enter, so keys that reach a handler late still apply to the step on
 * screen; a prompting front end sends `submit` with the answer it got.
 * `edit` clears the message, `back` on Esc keeps the answers. For `task`
 * steps the front end runs the work itself and reports `task-failed`, or
 * `saved` with what `saveSetup` did (the checks come next either way) and
 * `task-done` after the checks. Nothing is written anywhere before the
 * saving step, and nothing then unless a token request worked: `back`
 * from the checks of an unsaved setup returns to the client secret.
 */
export {currentStep, currentValue, reduceWizard} from './machine.js';
export {progress, progressLabel} from './machine.js';
export {startWizard} from './machine.js';
export type {WizardAction, WizardState} from './machine.js';
export {describeDeployment, filterRegions} from './regions.js';
export {confirmHint, initialValue, stepById, steps} from './steps.js';
export type * from './types.js';
export {checkClientId, checkClientSecret, isUuid} from './validators.js';
export {saveNotice, saveSetup, saveStageLabel} from './save.js';
export {toSetupInput} from './save.js';
export type {SaveOptions, SaveOutcome, SaveStage} from './save.js';
export type {SetupInput, SetupStore} from './save.js';
