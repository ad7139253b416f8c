import type {Environment, Failure} from '../genesys/types.js';
import {evidenceOf} from './evidence.js';
import type {RuleContext} from './rule-context.js';
import {adminHost, regionName} from './rule-context.js';
import type {Diagnosis} from './types.js';

/**
 * `users/me` failed while `tokens/me` accepted the same token: a token of
 * the client credentials grant has no user behind it. Expected, not broken.
 */
export function noUserContext(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  return {
    code: 'no-user-context',
    title: 'users/me has no user to describe: expected for this grant',
    cause:
      'A client-credentials token belongs to the OAuth client, not to a ' +
      'person, so GET /api/v2/users/me cannot answer for it; the same ' +
      'token works on GET /api/v2/tokens/me. Tutorials that call users/me ' +
      'use a user login grant.',
    fix: [
      'Nothing is broken. To learn who a token belongs to, call ' +
        'GET /api/v2/tokens/me (the OAuth client and organisation) and ' +
        'GET /api/v2/organizations/me.',
      'Remove users/me calls from integrations that use client ' +
        'credentials, or use a grant with a user behind it.',
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** A domain that Genesys' registry does not list: maybe new, maybe a typo. */
export function unknownRegion(environment: Environment): Diagnosis {
  return {
    code: 'unknown-region',
    title: `${environment.domain} is not a region Genesys lists`,
    cause:
      "The domain is not in Genesys Cloud's registry of regions. It may " +
      'be a region newer than this tool, or a typo; the checks go on ' +
      'with it as given.',
    fix: [
      'Compare it with the address of the admin UI in your browser, ' +
        'such as https://apps.mypurecloud.ie (the domain is what follows ' +
        '"apps.").',
      'If the checks below cannot reach it, pass the region again with ' +
        '`--region` (a region name such as eu-west-1, a domain, or a URL ' +
        'copied from the browser).',
    ],
    evidence: {host: new URL(environment.loginBaseUrl).host},
  };
}

/** `--find-region` found the credentials accepted in another region. */
export function wrongRegion(
  configured: Environment,
  found: Environment,
  clientId: string,
): Diagnosis {
  const region = found.region ?? found.domain;

  return {
    code: 'wrong-region',
    title:
      `The OAuth client lives in ${regionName(found)}, ` +
      `not ${regionName(configured)}`,
    cause:
      'Each region is a separate Genesys Cloud: an OAuth client exists ' +
      `only in its own. ${found.loginBaseUrl} accepted the client ` +
      `${clientId} and its secret; ${configured.loginBaseUrl} did not.`,
    fix: [
      `Use the region ${region}: \`genesys-auth check --region ${region}\`, ` +
        `or set GENESYSCLOUD_REGION=${region}.`,
      'Update the saved profile with `genesys-auth setup` and the region ' +
        `${region}.`,
      `Its admin UI is at ${adminHost(found)}.`,
    ],
    evidence: {
      host: new URL(found.loginBaseUrl).host,
      url: `${found.loginBaseUrl}/oauth/token`,
    },
  };
}

/** A token that ends within minutes: integrations must renew it often. */
export function shortLifetime(seconds: number, clientId: string): Diagnosis {
  return {
    code: 'short-token-lifetime',
    title: `The access token lives only ${seconds} s`,
    cause:
      'Genesys Cloud lets each OAuth client set how long its tokens live, ' +
      'from 5 minutes to 48 hours (24 hours by default). A token this ' +
      'short expires between calls, which then answer 401; an ' +
      'integration that requests a new token for each call instead soon ' +
      'meets the token rate limit.',
    fix: [
      `In Admin > Integrations > OAuth > ${clientId}, set Token Duration ` +
        'back to a longer time (86400 s is the default).',
      'Make the integration request a new token shortly before expires_in ' +
        'runs out, and reuse it until then.',
    ],
    evidence: {},
  };
}
