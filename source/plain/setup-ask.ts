import type {Step, WizardContext, WizardState} from '../wizard/index.js';
import {
  currentStep,
  currentValue,
  describeDeployment,
  reduceWizard,
} from '../wizard/index.js';
import type {PlainIo} from './io.js';
import {askChoice, askConfirm, askSecret, askText} from './prompts.js';
import type {Validate} from './prompts.js';

/**
 * The help under a step's title. The region's own help speaks of a list
 * that narrows as one types; here it is a numbered menu.
 */
export function helpFor(step: Step): string {
  if (step.input !== 'region') return step.help;

  return (
    'Type the number of your region, or choose Other to paste a domain ' +
    'or any URL from your browser.'
  );
}

/** What asking needs besides the prompt's streams. */
export interface AskContext {
  io: PlainIo;
  wizard: WizardContext;
  fingerprint(secret: string): string;
}

/** The step model's own check, as Inquirer's validate: errors only. */
function validator(state: WizardState, wizard: WizardContext): Validate {
  return (value) => {
    const next = reduceWizard(state, {type: 'submit', value}, wizard);

    return next.error ?? true;
  };
}

async function askRegion(ask: AskContext, state: WizardState): Promise<string> {
  const {io, wizard} = ask;
  const kept = currentValue(state, wizard);
  const deployments = wizard.listRegions();
  // A kept answer comes first, so keeping it is one keystroke away.
  const choices = [
    ...(kept ? [{name: `${kept} (as entered)`, value: kept}] : []),
    ...deployments.map((deployment) => ({
      name: describeDeployment(deployment),
      value: deployment.region,
    })),
    {name: 'Other (paste a URL or domain)', value: null},
  ];
  const choice = await askChoice<string | null>(io, {
    message: currentStep(state).question,
    choices,
  });
  if (choice !== null) return choice;

  return askText(io, {
    message: 'Paste the URL or domain:',
    validate: validator(state, wizard),
  });
}

async function askSecretStep(
  ask: AskContext,
  state: WizardState,
  step: Step,
  isChanging: boolean,
): Promise<string> {
  const {io, wizard} = ask;
  const offered = currentValue(state, wizard);
  if (offered && !isChanging) {
    const isKept = await askConfirm(io, {
      message:
        `A client secret is filled in (fingerprint ` +
        `${ask.fingerprint(offered)}). Use it?`,
      default: true,
    });
    if (isKept) return offered;
  }

  return askSecret(io, {
    message: step.question,
    validate: validator(state, wizard),
  });
}

/**
 * Asks the current step's question and resolves to the typed answer.
 * When the person is changing an answer, a kept secret is not offered.
 */
export async function askStep(
  ask: AskContext,
  state: WizardState,
  isChanging = false,
): Promise<string> {
  const {io, wizard} = ask;
  const step = currentStep(state);
  switch (step.input) {
    case 'region': {
      return askRegion(ask, state);
    }

    case 'secret': {
      return askSecretStep(ask, state, step, isChanging);
    }

    default: {
      return askText(io, {
        message: step.question,
        default: currentValue(state, wizard),
        validate: validator(state, wizard),
      });
    }
  }
}
