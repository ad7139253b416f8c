import type {ScenarioName} from './types.js';

/** Every scenario, with what it does and what a tool should conclude. */
export const scenarios: Record<
  ScenarioName,
  {title: string; description: string}
> = {
  healthy: {
    title: 'Healthy',
    description:
      'Everything answers as a working organisation does; clients get ' +
      'exactly the permissions their roles grant.',
  },
  'wrong-secret': {
    title: 'Wrong client secret',
    description:
      'The token endpoint rejects every secret: 400 invalid_client ' +
      '"authentication failed".',
  },
  'unknown-client': {
    title: 'Unknown client id',
    description:
      'The token endpoint knows no client: 400 invalid_client ' +
      '"client not found", as when the client lives in another region.',
  },
  'disabled-client': {
    title: 'Disabled OAuth client',
    description:
      'Every client is disabled: no new tokens (400 unauthorized_client) ' +
      'and tokens issued earlier answer 401 bad.credentials.',
  },
  'token-rate-limit': {
    title: 'Token endpoint rate limit',
    description:
      'The token endpoint answers HTTP 400 invalid_request ' +
      '"rate limit exceeded; ...", not a 429.',
  },
  'missing-permission': {
    title: 'Missing permissions',
    description:
      'Tokens work, but every call that needs a permission answers 403 ' +
      'missing.permissions naming it.',
  },
  'rate-limited': {
    title: 'API rate limit',
    description:
      'Every API call with a valid token answers 429 ' +
      'too.many.requests.retry.after with a Retry-After header.',
  },
  'token-expiring': {
    title: 'Short-lived tokens',
    description:
      'Tokens live a few seconds; calls after that answer 401 ' +
      'bad.credentials until a new token is requested.',
  },
  'server-error': {
    title: 'Server error',
    description:
      'Tokens are issued, but every API call answers 503 ' +
      'service.unavailable.',
  },
  'html-response': {
    title: 'HTML instead of JSON',
    description:
      'Every request gets a 200 HTML sign-in page without a correlation ' +
      'id, as from a captive portal or a proxy.',
  },
  'truncated-json': {
    title: 'Truncated JSON',
    description:
      'Every answer is JSON cut off halfway, with a matching ' +
      'Content-Length.',
  },
  'connection-reset': {
    title: 'Connection reset',
    description: 'Every request has its connection reset, with no answer.',
  },
  'no-answer': {
    title: 'No answer',
    description:
      'Requests are accepted and never answered, so clients time out.',
  },
};

/** Whether a string names a scenario. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name);
}
