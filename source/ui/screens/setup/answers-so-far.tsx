import {Box, Text} from 'ink';
import type {Answers, StepId} from '../../../wizard/index.js';
import {steps} from '../../../wizard/index.js';

export interface AnswersSoFarProps {
  readonly answers: Answers;
  readonly step: StepId;
  readonly fingerprint: (secret: string) => string;
}

/**
 * The answers given before the current step, so nobody is lost; the
 * secret appears only as its fingerprint.
 */
export function AnswersSoFar({answers, step, fingerprint}: AnswersSoFarProps) {
  const index = steps.findIndex((candidate) => candidate.id === step);
  const lines = steps.slice(0, index).flatMap((earlier) => {
    const value = earlier.answer ? answers[earlier.answer] : undefined;
    if (value === undefined) return [];
    const shown =
      earlier.input === 'secret' ? `fingerprint ${fingerprint(value)}` : value;

    return [`${earlier.title}: ${shown}`];
  });
  if (lines.length === 0) return null;

  return (
    <Box flexDirection="column" marginBottom={1}>
      {lines.map((line) => (
        <Text key={line} dimColor wrap="truncate-end">
          ✔ {line}
        </Text>
      ))}
    </Box>
  );
}
