import {applyTyping} from './line-editing.js';
import {initialValue, steps} from './steps.js';
import type {Answers, SaveResult, Step, StepId} from './types.js';
import type {WizardContext} from './types.js';

/** Where a person is in setup; a front end renders this and nothing else. */
export interface WizardState {
  /** Index into `steps`. */
  index: number;
  answers: Answers;
  /**
   * The text typed into the current step's input. Absent until the first
   * edit on a step, which means the step's initial value (`currentValue`).
   */
  draft?: string;
  /** Why the last answer was refused; cleared by the next edit. */
  error?: string;
  /** A warning about `pending`; submitting the same value accepts it. */
  warning?: string;
  pending?: string;
  /** What the saving step did; set on the way to the checks. */
  save?: SaveResult;
  /** Set once the last step has finished. */
  isComplete: boolean;
}

/**
 * Everything that moves setup along. Key handlers may run late, after the
 * step changed, so a drawn front end sends what was pressed and lets the
 * state decide what it means:
 *
 * - `submit` without a value answers with the draft. A value is for a front
 *   end whose prompts return answers, or a choice made outside the draft
 *   (a row of the region list); `stepId` then names the step it was meant
 *   for, and the action is ignored on any other step.
 * - `edit` with `input` applies those keys to the draft (Backspace and
 *   Ctrl-U included); with or without, it clears the message shown.
 */
export type WizardAction =
  | {type: 'submit'; value?: string; stepId?: StepId}
  | {type: 'edit'; input?: string}
  | {type: 'back'}
  | {type: 'saved'; result: SaveResult}
  | {type: 'task-done'}
  | {type: 'task-failed'; message: string};

/** The state before the first step, with any answers already known. */
export function startWizard(answers: Answers = {}, skipWelcome = false) {
  const state: WizardState = {index: 0, answers, isComplete: false};

  return skipWelcome ? {...state, index: 1} : state;
}

/** The step the state is on. */
export function currentStep(state: WizardState): Step {
  return steps[state.index] ?? steps[steps.length - 1]!;
}

/** The text the current step's input starts with. */
export function currentValue(
  state: WizardState,
  context: WizardContext,
): string {
  return (
    state.draft ?? initialValue(currentStep(state), state.answers, context)
  );
}

/**
 * Where the current step stands among the counted ones: the welcome asks
 * nothing, so it has no number (null) and region is step 1.
 */
export function progress(
  state: WizardState,
): {number: number; total: number} | null {
  const index = Math.min(state.index, steps.length - 1);
  if (index === 0) return null;

  return {number: index, total: steps.length - 1};
}

/** The progress as a front end shows it: "Step 2 of 6 · Client id". */
export function progressLabel(state: WizardState): string {
  const {title} = currentStep(state);
  const place = progress(state);

  return place ? `Step ${place.number} of ${place.total} · ${title}` : title;
}

function advance(state: WizardState, answers: Answers): WizardState {
  const index = state.index + 1;

  return {index, answers, isComplete: index >= steps.length};
}

function submit(
  state: WizardState,
  action: Extract<WizardAction, {type: 'submit'}>,
  context: WizardContext,
): WizardState {
  const step = currentStep(state);
  if (step.input === 'task') return state;
  if (action.stepId !== undefined && action.stepId !== step.id) return state;
  if (!step.answer) return advance(state, state.answers);
  const value = action.value ?? currentValue(state, context);
  const answer = step.input === 'secret' ? value : value.trim();
  const verdict = step.check?.(answer, state.answers, context) ?? {};
  if (verdict.error) return {...state, error: verdict.error};
  const isConfirmed = state.pending === answer;
  if (verdict.warning && !isConfirmed) {
    return {...state, warning: verdict.warning, pending: answer};
  }

  return advance(state, {...state.answers, [step.answer]: answer});
}

function edit(
  state: WizardState,
  input: string | undefined,
  context: WizardContext,
): WizardState {
  // Only a step with an answer has a draft; keys that arrive on the others
  // (a welcome, a task) have nothing to edit.
  const hasDraft = currentStep(state).answer !== undefined;
  const isTyped = input !== undefined && hasDraft;
  const draft = isTyped
    ? applyTyping(currentValue(state, context), input)
    : state.draft;
  if (draft === state.draft && !state.error && !state.warning) return state;

  return {index: state.index, answers: state.answers, draft, isComplete: false};
}

function back(state: WizardState): WizardState {
  const step = currentStep(state);
  if (state.index === 0) return state;
  if (step.id === 'checks') {
    // Once saved, going back would suggest the save can be undone; when
    // nothing was saved, the credentials are what to change.
    if (state.save?.saved !== false) return state;
    const index = steps.findIndex((each) => each.id === 'client-secret');

    return {index, answers: state.answers, isComplete: false};
  }

  return {index: state.index - 1, answers: state.answers, isComplete: false};
}

/**
 * The one transition function of setup. Pure: the same state and action
 * always give the same next state, so both front ends behave alike.
 */
export function reduceWizard(
  state: WizardState,
  action: WizardAction,
  context: WizardContext,
): WizardState {
  switch (action.type) {
    case 'submit': {
      return submit(state, action, context);
    }

    case 'edit': {
      return edit(state, action.input, context);
    }

    case 'back': {
      return back(state);
    }

    case 'saved': {
      if (currentStep(state).id !== 'saving') return state;

      return {...advance(state, state.answers), save: action.result};
    }

    case 'task-done': {
      // The saving step ends with `saved`, which says what it did.
      if (currentStep(state).id !== 'checks') return state;

      return {...advance(state, state.answers), save: state.save};
    }

    case 'task-failed': {
      return {...state, error: action.message};
    }
  }
}
