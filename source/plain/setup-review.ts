import {describeEnvironment} from '../diagnosis/render-text.js';
import type {Answers, StepId} from '../wizard/index.js';
import type {AskContext} from './setup-ask.js';
import {writeLines} from './io.js';
import {askChoice} from './prompts.js';

/** What the person decided when shown the answers before saving. */
export type ReviewDecision = 'save' | 'cancel' | StepId;

function regionLine(ask: AskContext, region: string | undefined): string {
  if (!region) return 'not given';
  const resolution = ask.wizard.resolveEnvironment(region);

  return resolution.ok ? describeEnvironment(resolution.environment) : region;
}

function answerLines(ask: AskContext, answers: Answers): string[] {
  const secret = answers.clientSecret;

  return [
    `  Region: ${regionLine(ask, answers.region)}`,
    `  OAuth client id: ${answers.clientId ?? 'not given'}`,
    `  Client secret: ${
      secret ? `fingerprint ${ask.fingerprint(secret)}` : 'not given'
    }`,
    `  Profile name: ${answers.profileName ?? 'not given'}`,
  ];
}

/**
 * The answers read back before anything is written, with a way to change
 * one: plain mode has no Esc key to step back with.
 */
export async function review(
  ask: AskContext,
  answers: Answers,
): Promise<ReviewDecision> {
  writeLines(ask.io, '', 'Ready to save:', ...answerLines(ask, answers));

  return askChoice<ReviewDecision>(ask.io, {
    message: 'Save this profile?',
    choices: [
      {name: 'Save it and run the checks', value: 'save'},
      {name: 'Change the region', value: 'region'},
      {name: 'Change the client id', value: 'client-id'},
      {name: 'Change the client secret', value: 'client-secret'},
      {name: 'Change the profile name', value: 'profile-name'},
      {name: 'Cancel without saving', value: 'cancel'},
    ],
  });
}
