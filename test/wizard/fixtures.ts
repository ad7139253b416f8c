import type {Environment} from '../../source/genesys/types.js';
import type {
  WizardAction,
  WizardContext,
  WizardState,
} from '../../source/wizard/index.js';
import {reduceWizard, startWizard} from '../../source/wizard/index.js';

const known: Record<string, string> = {
  'eu-west-1': 'mypurecloud.ie',
  'us-east-1': 'mypurecloud.com',
};

function environmentFor(domain: string, region: string | null): Environment {
  return {
    region,
    domain,
    loginBaseUrl: `https://login.${domain}`,
    apiBaseUrl: `https://api.${domain}`,
    isKnown: region !== null,
    isLocal: false,
  };
}

/** A small world for the steps: two regions and any dotted domain. */
export function testContext(
  overrides: Partial<WizardContext> = {},
): WizardContext {
  return {
    resolveEnvironment(input) {
      const text = input.trim();
      const domain = known[text];
      if (domain) return {ok: true, environment: environmentFor(domain, text)};
      const region = Object.entries(known).find(([, d]) => d === text);
      if (region) {
        return {ok: true, environment: environmentFor(text, region[0])};
      }

      if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text)) {
        return {ok: true, environment: environmentFor(text, null)};
      }

      return {ok: false, message: `"${text}" is not a region or domain.`};
    },
    listRegions: () =>
      Object.entries(known).map(([region, domain]) => ({region, domain})),
    profileNames: [],
    ...overrides,
  };
}

export const clientId = '0f8fad5b-d9cb-469f-a165-70867728950e';
export const clientSecret = 'Xk3-example-secret-value_9aQ';

/** The state after `actions`, from the start or from `state`. */
export function play(
  actions: WizardAction[],
  context: WizardContext = testContext(),
  state: WizardState = startWizard(),
): WizardState {
  return actions.reduce(
    (current, action) => reduceWizard(current, action, context),
    state,
  );
}
