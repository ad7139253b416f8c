import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import type {Deployment, WizardAction} from '../../../wizard/index.js';
import {describeDeployment, filterRegions} from '../../../wizard/index.js';
import {TextField} from '../../components/text-field.js';
import {isKey} from '../../keys.js';

export interface RegionInputProps {
  /** The wizard's draft for the region step. */
  readonly value: string;
  readonly deployments: readonly Deployment[];
  readonly dispatch: (action: WizardAction) => void;
}

const visibleRows = 6;

/** Which slice of the list to show so the highlighted row stays in view. */
function windowStart(highlight: number, total: number): number {
  const start = Math.max(0, highlight - Math.floor(visibleRows / 2));

  return Math.min(start, Math.max(0, total - visibleRows));
}

/** Free text over a list of Genesys' deployments that narrows as you type. */
export function RegionInput(props: RegionInputProps) {
  const {value, dispatch} = props;
  const [highlight, setHighlight] = useState(0);
  const matches = filterRegions(props.deployments, value);
  const start = windowStart(highlight, matches.length);

  useInput((input, key) => {
    if (!isKey('choose', input, key) || matches.length === 0) return;
    const step = key.upArrow ? -1 : 1;
    setHighlight((current) =>
      Math.min(matches.length - 1, Math.max(0, current + step)),
    );
  });

  function handleEdit(input: string) {
    setHighlight(0);
    dispatch({type: 'edit', input});
  }

  // The highlighted row is this list's own state, so it is only an answer
  // to the region step: late keys after the step changed must not carry it
  // elsewhere. Free text is the wizard's draft, submitted as it is then.
  function handleSubmit() {
    const chosen = matches[highlight];
    dispatch(
      chosen
        ? {type: 'submit', value: chosen.region, stepId: 'region'}
        : {type: 'submit'},
    );
  }

  return (
    <Box flexDirection="column">
      <TextField
        value={value}
        onEdit={handleEdit}
        onSubmit={handleSubmit}
        placeholder="eu-west-1, mypurecloud.ie or a URL"
      />
      {matches.slice(start, start + visibleRows).map((deployment, index) => {
        const isHighlighted = start + index === highlight;

        return (
          <Text key={deployment.region} color={isHighlighted ? 'cyan' : ''}>
            {isHighlighted ? '  › ' : '    '}
            {describeDeployment(deployment)}
          </Text>
        );
      })}
      {matches.length > visibleRows ? (
        <Text dimColor>
          {'    '}
          {matches.length - visibleRows} more: type to narrow
        </Text>
      ) : null}
      {matches.length === 0 && value.trim() !== '' ? (
        <Text dimColor>
          {'    '}No listed region matches; Enter uses it as typed.
        </Text>
      ) : null}
    </Box>
  );
}
