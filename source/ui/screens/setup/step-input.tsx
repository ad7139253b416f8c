import type {Deployment, Step, WizardAction} from '../../../wizard/index.js';
import {TextField} from '../../components/text-field.js';
import {RegionInput} from './region-input.js';

export interface StepInputProps {
  readonly step: Step;
  /** The wizard's draft for the step: the text shown in the input. */
  readonly value: string;
  readonly deployments: readonly Deployment[];
  /** Where keys go, as actions the wizard applies to its current state. */
  readonly dispatch: (action: WizardAction) => void;
}

/** The input a step asks for: region picker, text, or masked secret. */
export function StepInput(props: StepInputProps) {
  const {step, value, dispatch} = props;

  if (step.input === 'region') {
    return (
      <RegionInput
        value={value}
        deployments={props.deployments}
        dispatch={dispatch}
      />
    );
  }

  return (
    <TextField
      value={value}
      isMasked={step.input === 'secret'}
      onEdit={(input) => dispatch({type: 'edit', input})}
      onSubmit={() => dispatch({type: 'submit'})}
    />
  );
}
