import {Spinner} from '@inkjs/ui';
import {useEffect} from 'react';
import type {
  Answers,
  SaveOutcome,
  SetupStore,
  WizardContext,
} from '../../../wizard/index.js';
import {saveSetup} from '../../../wizard/index.js';

export interface SavingStepProps {
  readonly answers: Answers;
  readonly context: WizardContext;
  readonly store: SetupStore;
  readonly onDone: (outcome: SaveOutcome) => void;
}

/** Probes the keychain, then saves; shows progress while it waits. */
export function SavingStep({answers, context, store, onDone}: SavingStepProps) {
  useEffect(() => {
    let isCurrent = true;
    void saveSetup(answers, context, store).then((outcome) => {
      if (isCurrent) onDone(outcome);
    });

    return () => {
      isCurrent = false;
    };
    // Saving runs once per mount; a retry mounts the step afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <Spinner label="Checking the keychain and saving the profile…" />;
}
