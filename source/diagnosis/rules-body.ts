import type {Failure} from '../genesys/types.js';
import {evidenceOf} from './evidence.js';
import type {RuleContext} from './rule-context.js';
import type {Diagnosis} from './types.js';

type BodyFailure = Extract<Failure, {kind: 'unexpected-body'}>;

/** An answer Genesys would not send: a proxy, portal or firewall page. */
export function unexpectedResponse(
  failure: BodyFailure,
  context: RuleContext,
): Diagnosis {
  const host = new URL(context.request.url).host;
  const html = failure.reason === 'html';

  return {
    code: 'unexpected-response',
    title: html
      ? `An HTML page answered instead of ${host}`
      : `The answer from ${host} is not valid JSON`,
    cause: html
      ? 'Genesys Cloud answers its API in JSON. An HTML page comes from ' +
        'something in between: a proxy, a captive portal (hotel or guest ' +
        'Wi-Fi sign-in) or a firewall block page.'
      : 'The body was cut off or is not the JSON Genesys sends: a proxy ' +
        'or firewall may have ended or rewritten the response, or the ' +
        'connection dropped.',
    fix: [
      `Open ${context.request.url.split('?')[0]} in a browser on this ` +
        'machine; a sign-in or block page names what is in the way.',
      'Sign in to the portal, or ask the network team to let HTTPS to ' +
        `${host} through unchanged.`,
      'If a proxy is required, set HTTPS_PROXY (and NO_PROXY), then run ' +
        '`genesys-auth check` again.',
    ],
    evidence: evidenceOf(failure, context.request),
  };
}
