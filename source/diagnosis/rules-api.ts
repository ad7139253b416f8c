import type {Failure} from '../genesys/types.js';
import {evidenceOf} from './evidence.js';
import type {RuleContext} from './rule-context.js';
import {clientLabel, clockTime, regionName, rolesPath} from './rule-context.js';
import type {Diagnosis} from './types.js';

type ApiFailure = Extract<Failure, {kind: 'api'}>;

/** 401 on an API call: the token itself is not accepted. */
export function badCredentials(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  return {
    code: 'bad-credentials',
    title: 'The API does not accept the access token',
    cause:
      'The API answered 401: the access token has expired, was revoked ' +
      '(the OAuth client was disabled, or its secret or roles changed), ' +
      'or was issued in another region than ' +
      `${regionName(context.environment)}.`,
    fix: [
      'Request a new access token: run `genesys-auth check` again.',
      'In an integration, request a new token when a call answers 401 ' +
        'and retry the call once.',
      'Use the API host of the region that issued the token: ' +
        `${context.environment.apiBaseUrl} goes with ` +
        `${context.environment.loginBaseUrl}.`,
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** 403: the OAuth client's roles lack a permission the call needs. */
export function missingPermissions(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  const evidence = evidenceOf(failure, context.request);
  const {method, url} = context.request;
  const permissions = evidence.permissions ?? [];
  const needsAny = evidence.genesysCode === 'missing.any.permissions';
  const listed = permissions.join(', ');
  let need = 'a permission the response does not name';
  if (permissions.length === 1) need = `the permission ${listed}`;
  else if (needsAny) need = `one of these permissions: ${listed}`;
  else if (permissions.length > 1) need = `all of these permissions: ${listed}`;

  return {
    code: 'missing-permissions',
    title: `Missing permission for ${method} ${pathOf(url)}`,
    cause:
      `The call needs ${need}. A client-credentials token carries the ` +
      'permissions of the roles assigned to the OAuth client itself, in ' +
      'the divisions they are granted for; scopes do not apply to this ' +
      'grant.',
    fix: [
      `Open ${rolesPath(context)} and add a role that grants ${need}, ` +
        'in the division that holds the objects the integration reads ' +
        '(Home, or all divisions).',
      'If no role grants it yet, create one in Admin > Roles/Permissions ' +
        '(Add Role, then its Permissions tab), then assign it to ' +
        `${clientLabel(context)}.`,
      'Wait a few seconds for the role change to apply, then request a ' +
        'new token: run `genesys-auth check` again.',
    ],
    evidence,
  };
}

/** 429 on an API call. */
export function rateLimited(failure: Failure, context: RuleContext): Diagnosis {
  const evidence = evidenceOf(failure, context.request);
  const wait = evidence.retryAfterSeconds;
  const resetAt =
    wait === undefined ? null : clockTime(context.at + wait * 1000);

  return {
    code: 'rate-limited',
    title:
      resetAt === null
        ? 'Rate limited by the Platform API'
        : `Rate limited: retry after ${wait} s (at ${resetAt})`,
    cause:
      'The API answered 429: this token or OAuth client sent more ' +
      'requests than Genesys Cloud allows (about 300 per minute per ' +
      'client-credentials token). A common cause is requesting a new ' +
      'token for every call, or several jobs sharing one OAuth client.',
    fix: [
      resetAt === null
        ? 'Wait a minute, then run `genesys-auth check` again.'
        : `Wait until ${resetAt} (Retry-After: ${wait} s), then run ` +
          '`genesys-auth check` again.',
      'In the integration, honour the Retry-After header before retrying, ' +
        'and reuse one token until it expires.',
      "Read the organisation's real limits (no permission needed) at " +
        'GET /api/v2/organizations/limits/namespaces/{namespace}.',
    ],
    evidence,
  };
}

/** 5xx: the trouble is on Genesys' side. */
export function serverError(failure: Failure, context: RuleContext): Diagnosis {
  const evidence = evidenceOf(failure, context.request);
  const reference = evidence.correlationId
    ? `the correlation id ${evidence.correlationId}`
    : 'the time of the request';

  return {
    code: 'server-error',
    title:
      'Genesys Cloud answered with a server error ' +
      `(${evidence.status ?? '5xx'})`,
    cause:
      'The error is on the Genesys Cloud side, not in the credentials or ' +
      'the roles. It is often brief.',
    fix: [
      'Look for an incident in your region at https://status.mypurecloud.com.',
      'Run `genesys-auth check` again in a few minutes.',
      'If it persists, open a case with Genesys Cloud support and give ' +
        `${reference}.`,
    ],
    evidence,
  };
}

/** 403 on the identity providers: optional, so a skip with a note. */
export function ssoNotVisible(
  failure: Failure,
  context: RuleContext,
): Diagnosis {
  return {
    code: 'sso-not-visible',
    title: 'The identity providers are not visible to this client',
    cause:
      'Listing identity providers needs sso:provider:view, which an ' +
      'integration rarely has or needs. This check is optional.',
    fix: [
      'Nothing to do for the integration: single sign-on does not apply ' +
        'to the client credentials grant.',
      'To see the providers here, add a role with sso:provider:view in ' +
        `${rolesPath(context)}.`,
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** Any other refusal, such as 404 for a probe path that does not exist. */
export function apiError(failure: ApiFailure, context: RuleContext): Diagnosis {
  const {method, url} = context.request;
  const code = failure.body?.code;
  const suffix = code ? ` (${code})` : '';

  return {
    code: 'api-error',
    title: `${method} ${pathOf(url)} answered ${failure.status}${suffix}`,
    cause:
      failure.status === 404
        ? 'The API has no such resource: the path may be misspelt, or ' +
          'the object may not exist in this organisation.'
        : "The API refused the request; Genesys' message says why.",
    fix: [
      'Check the method and path against the API Explorer at ' +
        'https://developer.genesys.cloud/devapps/api-explorer.',
      'Run `genesys-auth check` again once it is corrected.',
    ],
    evidence: evidenceOf(failure, context.request),
  };
}

/** Picks the diagnosis for an API error status. */
export function diagnoseApi(
  failure: ApiFailure,
  context: RuleContext,
): Diagnosis {
  if (failure.status === 401) return badCredentials(failure, context);
  if (failure.status === 403) {
    return context.check === 'sso'
      ? ssoNotVisible(failure, context)
      : missingPermissions(failure, context);
  }

  if (failure.status === 429) return rateLimited(failure, context);
  if (failure.status >= 500) return serverError(failure, context);

  return apiError(failure, context);
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);

    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
