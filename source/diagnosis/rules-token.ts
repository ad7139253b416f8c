import type {Failure} from '../genesys/types.js';
import {evidenceOf} from './evidence.js';
import type {RuleContext} from './rule-context.js';
import {adminHost, clientLabel, regionName} from './rule-context.js';
import type {Diagnosis} from './types.js';

type OAuthFailure = Extract<Failure, {kind: 'oauth'}>;

const findRegionStep =
  'If the OAuth client may live in another region, run ' +
  '`genesys-auth check --find-region`: it sends the same credentials to ' +
  "every Genesys Cloud region's login host and names the one that " +
  'accepts them.';

/** `invalid_client`: the login host does not accept this id and secret. */
export function invalidClient(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  const shapeHint = context.secretLooksLikeId
    ? [
        'The secret given has the shape of an id (a UUID), not of a ' +
          "client secret: it is probably the secret's ID.",
      ]
    : [];

  return {
    code: 'invalid-client',
    title:
      `${regionName(context.environment)} does not accept this ` +
      'client id and secret',
    cause: [
      ...shapeHint,
      'The login host refused the client credentials. The usual causes: ' +
        "a wrong or old secret, the secret's ID pasted instead of its " +
        'value, a typo in the client id, or the right OAuth client in ' +
        'another region.',
    ].join(' '),
    fix: [
      `Sign in at ${adminHost(context.environment)} and open ` +
        `Admin > Integrations > OAuth; find ${clientLabel(context)} and ` +
        'compare its Client ID with the one used here.',
      "On the client's Client Details tab, copy the Client Secret value " +
        '(not an ID), or generate a new secret there.',
      'Save it again with `genesys-auth setup`, or pass it with ' +
        '`--client-secret-stdin` or GENESYSCLOUD_OAUTHCLIENT_SECRET.',
      findRegionStep,
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** A client that exists but is disabled or inactive gets no token. */
export function clientDisabled(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  return {
    code: 'client-disabled',
    title: 'The OAuth client is disabled or inactive',
    cause:
      'Genesys Cloud gives no token to a disabled or inactive OAuth ' +
      'client, and the tokens it already gave stop working. An inactive ' +
      'client is waiting to be deleted.',
    fix: [
      `Sign in at ${adminHost(context.environment)} and open ` +
        `Admin > Integrations > OAuth; find ${clientLabel(context)}.`,
      'If it is disabled and still needed, enable it; if it is inactive, ' +
        'create a new client with the Client Credentials grant and the ' +
        'same roles, and save its id and secret with `genesys-auth setup`.',
      'Run `genesys-auth check` again.',
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** The token endpoint's own rate limit: HTTP 400, not 429. */
export function tokenRateLimited(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  const evidence = evidenceOf(failure, context.request);
  const wait = evidence.retryAfterSeconds;

  return {
    code: 'token-rate-limited',
    title: 'Too many token requests for this OAuth client',
    cause:
      'The login host limits how often one OAuth client may request ' +
      'tokens, and answers HTTP 400 "rate limit exceeded" (not 429) past ' +
      'the limit. It is usually an integration that requests a new token ' +
      'for every API call instead of reusing one.',
    fix: [
      wait === undefined
        ? 'Wait a minute, then run `genesys-auth check` again.'
        : `Wait ${wait} s, then run \`genesys-auth check\` again.`,
      'Make the integration keep its access token and reuse it until it ' +
        'is about to expire: a token lasts up to 24 hours (expires_in).',
      'Look for other jobs or hosts using the same client id at the same ' +
        'time; give each integration its own OAuth client.',
    ],
    evidence,
  };
}

/** An OAuth error the rules do not know by name. */
export function otherOAuthError(
  failure: OAuthFailure,
  context: RuleContext,
): Diagnosis {
  return {
    code: 'invalid-client',
    title: `The token request was refused (${failure.error})`,
    cause:
      `The login host answered HTTP ${failure.status} with the OAuth ` +
      `error "${failure.error}". The client may not be set up for the ` +
      'Client Credentials grant, or the credentials may be wrong.',
    fix: [
      `Sign in at ${adminHost(context.environment)} and open ` +
        `Admin > Integrations > OAuth; find ${clientLabel(context)} and ` +
        'check that its Grant Type is Client Credentials.',
      "Copy the client's id and secret again and save them with " +
        '`genesys-auth setup`.',
      findRegionStep,
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** Picks the diagnosis for an OAuth error from the token endpoint. */
export function diagnoseOAuth(
  failure: OAuthFailure,
  context: RuleContext,
): Diagnosis | null {
  const text = `${failure.error} ${failure.description}`.toLowerCase();
  if (/rate limit/.test(text)) return tokenRateLimited(failure, context);
  if (/disabled|inactive/.test(text)) return clientDisabled(failure, context);
  if (failure.status >= 500) return null;
  if (failure.error === 'invalid_client' || failure.status === 401) {
    return invalidClient(failure, context);
  }

  return otherOAuthError(failure, context);
}
