import type {Answers, Step, StepId, WizardContext} from './types.js';
import {checkClientId, checkClientSecret} from './validators.js';

/** Pressing Enter again accepts an answer that carries a warning. */
export const confirmHint = 'Press Enter again to use it anyway.';

const welcome: Step = {
  id: 'welcome',
  title: 'Welcome',
  question:
    'This sets up an OAuth client-credentials integration, keeps its ' +
    'secret in your keychain and checks it with live calls.',
  help:
    'SAML single sign-on changes how people log in; it does not affect ' +
    'this integration.',
  input: 'none',
};

const region: Step = {
  id: 'region',
  title: 'Region',
  question: 'Which Genesys Cloud region is your organisation in?',
  help:
    'Type to narrow the list, or paste a domain or any URL from your ' +
    'browser.',
  input: 'region',
  answer: 'region',
  defaultValue: (answers, context) => context.defaults?.region,
  check(value, _answers, context) {
    if (value.trim() === '') return {error: 'Choose or paste a region.'};
    const resolution = context.resolveEnvironment(value);
    if (!resolution.ok) return {error: resolution.message};
    const {environment} = resolution;
    if (resolution.warning) return {warning: resolution.warning};
    if (!environment.isKnown && !environment.isLocal) {
      return {
        warning:
          `${environment.domain} is not one of Genesys' known ` +
          'deployments. It may be a new region, or a typo.',
      };
    }

    return {};
  },
};

const clientId: Step = {
  id: 'client-id',
  title: 'Client id',
  question: 'What is the OAuth client id?',
  help:
    'Admin > Integrations > OAuth, a client with the Client Credentials ' +
    'grant type.',
  input: 'text',
  answer: 'clientId',
  defaultValue: (_answers, context) => context.defaults?.clientId,
  check: (value) => checkClientId(value),
};

const clientSecret: Step = {
  id: 'client-secret',
  title: 'Client secret',
  question: 'What is the client secret?',
  help: 'Paste it; it is never shown, and only a fingerprint is kept.',
  input: 'secret',
  answer: 'clientSecret',
  defaultValue: (_answers, context) => context.defaults?.clientSecret,
  check: (value) => checkClientSecret(value),
};

const profileName: Step = {
  id: 'profile-name',
  title: 'Profile name',
  question: 'What should this integration be called here?',
  help: 'A short name to run its checks later, such as "prod" or "eu-bot".',
  input: 'text',
  answer: 'profileName',
  defaultValue: (answers, context) =>
    context.defaults?.profileName ?? 'default',
  check(value, _answers, context) {
    const name = value.trim();
    if (name === '') return {error: 'Enter a profile name.'};
    const error = context.validateProfileName?.(name);
    if (error) return {error};
    if (context.profileNames.includes(name)) {
      return {
        warning:
          `A profile named "${name}" exists; continuing replaces it ` +
          'once the new secret is safely stored.',
      };
    }

    return {};
  },
};

const saving: Step = {
  id: 'saving',
  title: 'Saving',
  question: 'Saving the profile and storing the secret in your keychain.',
  help: 'Nothing is written before this step.',
  input: 'task',
};

const checks: Step = {
  id: 'checks',
  title: 'Checks',
  question: 'Checking the integration with live calls.',
  help: 'A token request, who the token belongs to, and what it may read.',
  input: 'task',
};

/** Every step of setup, in order. */
export const steps: readonly Step[] = [
  welcome,
  region,
  clientId,
  clientSecret,
  profileName,
  saving,
  checks,
];

/** The step with this id. */
export function stepById(id: StepId): Step {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No step ${id}`);

  return step;
}

/** What the input of a step starts with: the kept answer, or the default. */
export function initialValue(
  step: Step,
  answers: Answers,
  context: WizardContext,
): string {
  const kept = step.answer ? answers[step.answer] : undefined;

  return kept ?? step.defaultValue?.(answers, context) ?? '';
}
