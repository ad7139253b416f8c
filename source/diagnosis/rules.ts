import type {Failure} from '../genesys/types.js';
import type {RuleContext} from './rule-context.js';
import {diagnoseApi, serverError} from './rules-api.js';
import {unexpectedResponse} from './rules-body.js';
import {diagnoseNetwork} from './rules-network.js';
import {
  clientDisabled,
  diagnoseOAuth,
  invalidClient,
  tokenRateLimited,
} from './rules-token.js';
import type {Diagnosis} from './types.js';

export type {RuleContext} from './rule-context.js';
export {
  noUserContext,
  shortLifetime,
  unknownRegion,
  wrongRegion,
} from './rules-context.js';

/**
 * Turns a failure and what was being done into a diagnosis. Pure: the same
 * evidence always gives the same verdict, and nothing here sees a secret.
 */
export function diagnose(failure: Failure, context: RuleContext): Diagnosis {
  switch (failure.kind) {
    case 'oauth': {
      return diagnoseOAuth(failure, context) ?? serverError(failure, context);
    }

    case 'api': {
      return context.check === 'token'
        ? diagnoseTokenStatus(failure, context)
        : diagnoseApi(failure, context);
    }

    case 'network': {
      return diagnoseNetwork(failure, context);
    }

    case 'unexpected-body': {
      return unexpectedResponse(failure, context);
    }
  }
}

/** The login host answered an error without the OAuth shape. */
function diagnoseTokenStatus(
  failure: Extract<Failure, {kind: 'api'}>,
  context: RuleContext,
): Diagnosis {
  const message = failure.body?.message ?? '';
  if (failure.status === 429 || /rate limit/i.test(message)) {
    return tokenRateLimited(failure, context);
  }

  if (/disabled|inactive/i.test(message)) {
    return clientDisabled(failure, context);
  }

  if (failure.status === 400 || failure.status === 401) {
    return invalidClient(failure, context);
  }

  return diagnoseApi(failure, context);
}
