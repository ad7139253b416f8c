import {Box, Text, useInput} from 'ink';
import {useLayoutEffect, useReducer, useRef, useState} from 'react';
import type {
  Answers,
  SaveOutcome,
  SetupInput,
  SetupStore,
  WizardAction,
  WizardContext,
  WizardState,
} from '../../../wizard/index.js';
import {
  confirmHint,
  currentStep,
  currentValue,
  progressLabel,
  reduceWizard,
  startWizard,
} from '../../../wizard/index.js';
import {Footer} from '../../components/footer.js';
import {Header} from '../../components/header.js';
import {Message} from '../../components/message.js';
import {isKey} from '../../keys.js';
import {AnswersSoFar} from './answers-so-far.js';
import {SavingStep} from './saving-step.js';
import {StepInput} from './step-input.js';

export interface SetupScreenProps {
  readonly context: WizardContext;
  readonly store: SetupStore;
  readonly answers?: Answers;
  readonly skipWelcome?: boolean;
  /** Where to resume, such as back from an unsaved setup's report. */
  readonly state?: WizardState;
  /** Shown where the context's defaults are offered, e.g. in the demo. */
  readonly defaultsNote?: string;
  readonly fingerprint: (secret: string) => string;
  /** Saved or not (see `state.save`): the checks come next. */
  readonly onSaved: (input: SetupInput, state: WizardState) => void;
  /** Esc on the first step. */
  readonly onCancel: () => void;
}

/** The setup wizard: one step at a time, from the shared step model. */
export function SetupScreen(props: SetupScreenProps) {
  const {context} = props;
  const [state, dispatch] = useReducer(
    (current: WizardState, action: WizardAction) =>
      reduceWizard(current, action, context),
    props.state ?? startWizard(props.answers, props.skipWelcome),
  );
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const [attempt, setAttempt] = useState(0);
  const step = currentStep(state);
  const firstIndex = props.skipWelcome ? 1 : 0;
  const isTask = step.input === 'task';

  function handleSaved(outcome: SaveOutcome) {
    if (!outcome.ok) {
      dispatch({type: 'task-failed', message: outcome.message});

      return;
    }

    const action = {type: 'saved', result: outcome.result} as const;
    props.onSaved(outcome.input, reduceWizard(state, action, context));
  }

  useInput((input, key) => {
    if (isKey('back', input, key)) {
      // The latest state, not this render's: an Esc that reaches a handler
      // from before the last step change must go back, not leave setup.
      if (latest.current.index <= firstIndex) props.onCancel();
      else dispatch({type: 'back'});
    }

    // This handler can still be the welcome's for a moment after the step
    // changed; the submit then carries no value and answers the current
    // step with its draft, as that step's own input would.
    if (step.input === 'none' && isKey('continue', input, key)) {
      dispatch({type: 'submit'});
    }

    // A failed save is tried again on Enter.
    if (isTask && state.error && isKey('continue', input, key)) {
      dispatch({type: 'edit'});
      setAttempt((count) => count + 1);
    }
  });

  const isDefaultOffered =
    props.defaultsNote !== undefined &&
    step.answer !== undefined &&
    context.defaults?.[step.answer] !== undefined;

  return (
    <Box flexDirection="column">
      <Header title="Setup" detail={progressLabel(state)} />
      <AnswersSoFar
        answers={state.answers}
        step={step.id}
        fingerprint={props.fingerprint}
      />
      <Text bold wrap="wrap">
        {step.question}
      </Text>
      <Text dimColor wrap="wrap">
        {step.help}
      </Text>
      {isDefaultOffered ? (
        <Message kind="info">{props.defaultsNote ?? ''}</Message>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {step.input === 'none' ? null : isTask ? (
          state.error ? null : (
            <SavingStep
              key={attempt}
              answers={state.answers}
              context={context}
              store={props.store}
              onDone={handleSaved}
            />
          )
        ) : (
          <StepInput
            key={state.index}
            step={step}
            value={currentValue(state, context)}
            deployments={context.listRegions()}
            dispatch={dispatch}
          />
        )}
      </Box>
      {state.error ? <Message kind="error">{state.error}</Message> : null}
      {state.warning ? (
        <Message kind="warning">{`${state.warning} ${confirmHint}`}</Message>
      ) : null}
      <Footer
        actions={
          step.input === 'region'
            ? ['continue', 'choose', 'back', 'quit']
            : ['continue', 'back', 'quit']
        }
      />
    </Box>
  );
}
