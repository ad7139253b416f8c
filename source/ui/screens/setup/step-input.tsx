import {useState} from 'react';
import type {Step} from '../../../wizard/index.js';
import {TextField} from '../../components/text-field.js';
import type {Deployment} from '../../../wizard/index.js';
import {RegionInput} from './region-input.js';

export interface StepInputProps {
  readonly step: Step;
  readonly initialValue: string;
  readonly deployments: readonly Deployment[];
  readonly onEdit: () => void;
  readonly onSubmit: (value: string) => void;
}

/** The input a step asks for: region picker, text, or masked secret. */
export function StepInput(props: StepInputProps) {
  const {step, onEdit} = props;
  const [value, setValue] = useState(props.initialValue);

  if (step.input === 'region') {
    return (
      <RegionInput
        initialValue={props.initialValue}
        deployments={props.deployments}
        onEdit={onEdit}
        onSubmit={props.onSubmit}
      />
    );
  }

  function handleChange(update: (current: string) => string) {
    setValue(update);
    onEdit();
  }

  return (
    <TextField
      value={value}
      isMasked={step.input === 'secret'}
      onChange={handleChange}
      onSubmit={props.onSubmit}
    />
  );
}
