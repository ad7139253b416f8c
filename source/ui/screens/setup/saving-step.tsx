import {Spinner} from '@inkjs/ui';
import {useEffect, useState} from 'react';
import type {
  Answers,
  SaveOutcome,
  SetupStore,
  WizardContext,
} from '../../../wizard/index.js';
import {saveSetup, saveStageLabel} from '../../../wizard/index.js';

export interface SavingStepProps {
  readonly answers: Answers;
  readonly context: WizardContext;
  readonly store: SetupStore;
  readonly onDone: (outcome: SaveOutcome) => void;
}

/**
 * Probes the keychain, requests a token, and saves only if one came;
 * shows each stage while it waits. Leaving the step stops the request.
 */
export function SavingStep({answers, context, store, onDone}: SavingStepProps) {
  const [label, setLabel] = useState(saveStageLabel('keychain'));

  useEffect(() => {
    const controller = new AbortController();
    void saveSetup(answers, context, store, {
      signal: controller.signal,
      onProgress(line) {
        if (!controller.signal.aborted) setLabel(line);
      },
    }).then((outcome) => {
      if (!controller.signal.aborted) onDone(outcome);
    });

    return () => {
      controller.abort();
    };
    // Saving runs once per mount; a retry mounts the step afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <Spinner label={label} />;
}
