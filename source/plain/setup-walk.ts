import {exitCodes} from '../commands/context.js';
import type {AppServices} from '../services/services.js';
import {targetFromSetup} from '../services/targets.js';
import type {SetupInput, StepId, WizardState} from '../wizard/index.js';
import {
  currentStep,
  progressLabel,
  reduceWizard,
  saveNotice,
  saveSetup,
} from '../wizard/index.js';
import {nothingSaved} from './cancel.js';
import {runChecksUntilLeft} from './checks.js';
import type {PlainIo} from './io.js';
import {writeLines} from './io.js';
import {askConfirm} from './prompts.js';
import type {AskContext} from './setup-ask.js';
import {askStep, helpFor} from './setup-ask.js';
import {review} from './setup-review.js';

/** Where the walk through the steps is. */
export interface Walk {
  ask: AskContext;
  services: AppServices;
  state: WizardState;
  /** The step being changed after the review, if any. */
  changing: StepId | null;
  /** After a review, kept answers are taken again without asking. */
  isReplaying: boolean;
  /** What was saved, once it was. */
  saved: SetupInput | null;
  /** The answers the saving step last tried, saved or not. */
  tried: SetupInput | null;
  exitCode: number;
}

/** Where the person is, as the drawn wizard's header says it. */
function announce({ask, state}: Walk): void {
  writeLines(ask.io, '', progressLabel(state), helpFor(currentStep(state)));
}

function submit(walk: Walk, value: string): WizardState {
  return reduceWizard(walk.state, {type: 'submit', value}, walk.ask.wizard);
}

/** Takes an answer, asking whether to keep one that carries a warning. */
async function settle(walk: Walk, value: string): Promise<WizardState> {
  const {io, wizard} = walk.ask;
  const next = submit(walk, value);
  if (next.error) {
    writeLines(io, `Error: ${next.error}`);

    return reduceWizard(next, {type: 'edit'}, wizard);
  }

  if (!next.warning) return next;
  writeLines(io, `Warning: ${next.warning}`);
  const isAccepted = await askConfirm(io, {
    message: 'Use it anyway?',
    default: false,
  });
  const action = isAccepted
    ? {type: 'submit' as const, value}
    : {
        type: 'edit' as const,
      };

  return reduceWizard(next, action, wizard);
}

/** A kept answer, taken again after the review changed an earlier one. */
function replay(walk: Walk, kept: string): WizardState {
  let next = submit(walk, kept);
  // It was accepted once already, warning and all.
  if (next.warning)
    next = reduceWizard(next, {type: 'submit', value: kept}, walk.ask.wizard);
  if (next.error) {
    writeLines(walk.ask.io, `Error: ${next.error}`);
    walk.changing = currentStep(walk.state).id;

    return reduceWizard(next, {type: 'edit'}, walk.ask.wizard);
  }

  return next;
}

async function question(walk: Walk): Promise<void> {
  const step = currentStep(walk.state);
  const kept = step.answer ? walk.state.answers[step.answer] : undefined;
  if (walk.isReplaying && walk.changing !== step.id && kept !== undefined) {
    walk.state = replay(walk, kept);

    return;
  }

  announce(walk);
  const isChanging = walk.changing === step.id;
  const value = await askStep(walk.ask, walk.state, isChanging);
  walk.state = await settle(walk, value);
  if (currentStep(walk.state).id !== step.id) walk.changing = null;
}

async function welcome(walk: Walk): Promise<boolean> {
  const step = currentStep(walk.state);
  writeLines(walk.ask.io, '', step.question, step.help);
  const isStarting = await askConfirm(walk.ask.io, {
    message: 'Begin?',
    default: true,
  });
  if (isStarting) walk.state = submit(walk, '');

  return isStarting;
}

function goBackTo(walk: Walk, id: StepId): void {
  while (currentStep(walk.state).id !== id && walk.state.index > 0) {
    walk.state = reduceWizard(walk.state, {type: 'back'}, walk.ask.wizard);
  }

  walk.changing = id;
  walk.isReplaying = true;
}

/** Reviews, then saves; false when the person cancelled instead. */
async function saving(walk: Walk): Promise<boolean> {
  const {io, wizard} = walk.ask;
  const decision = await review(walk.ask, walk.state.answers);
  if (decision === 'cancel') return false;
  if (decision !== 'save') {
    goBackTo(walk, decision);

    return true;
  }

  announce(walk);
  const outcome = await saveSetup(
    walk.state.answers,
    wizard,
    walk.services.store,
    {signal: io.signal, onProgress: (line) => writeLines(io, line)},
  );
  io.signal?.throwIfAborted();
  if (!outcome.ok) {
    writeLines(io, `Error: ${outcome.message}`);

    return true;
  }

  const {input, result} = outcome;
  walk.tried = input;
  if (result.saved) {
    walk.saved = input;
    const print = walk.ask.fingerprint(input.clientSecret);
    writeLines(io, `${saveNotice(result)} Fingerprint ${print}.`);
  } else {
    writeLines(io, saveNotice(result), result.reason);
  }

  walk.state = reduceWizard(walk.state, {type: 'saved', result}, wizard);

  return true;
}

const changeAnswer = 'Change an answer, starting with the client secret';

/** The checks after saving; when nothing was saved, a way back. */
async function checks(walk: Walk): Promise<void> {
  const {io, wizard} = walk.ask;
  const {save} = walk.state;
  const isSaved = save?.saved !== false;
  announce(walk);
  if (walk.tried) {
    const ending = await runChecksUntilLeft({
      io,
      services: walk.services,
      exitLabel: 'Done',
      target: targetFromSetup(walk.tried, isSaved),
      notice:
        save && !save.saved
          ? `${saveNotice(save)} Choose "${changeAnswer}" to change them.`
          : undefined,
      changeLabel: isSaved ? undefined : changeAnswer,
    });
    if (ending === 'change') {
      walk.state = reduceWizard(walk.state, {type: 'back'}, wizard);
      walk.changing = currentStep(walk.state).id;
      walk.isReplaying = true;

      return;
    }

    // Nothing saved is not a success, whatever the checks found.
    walk.exitCode = isSaved ? ending : exitCodes.checkFailed;
  }

  walk.state = reduceWizard(walk.state, {type: 'task-done'}, wizard);
}

/** Asks, saves and checks until the last step; resolves to the exit code. */
export async function walkSteps(walk: Walk): Promise<number> {
  while (!walk.state.isComplete) {
    const step = currentStep(walk.state);
    if (step.input === 'none') {
      if (!(await welcome(walk))) return cancelled(walk.ask.io);
    } else if (step.id === 'saving') {
      if (!(await saving(walk))) return cancelled(walk.ask.io);
    } else if (step.id === 'checks') {
      await checks(walk);
    } else {
      await question(walk);
    }
  }

  return walk.exitCode;
}

function cancelled(io: PlainIo): number {
  writeLines(io, '', nothingSaved);

  return exitCodes.interrupted;
}
