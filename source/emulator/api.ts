import {findRoute} from './api-routes.js';
import {isGranted} from './permissions.js';
import {sendError} from './replies.js';
import type {Exchange} from './replies.js';
import type {EmulatorState} from './state.js';
import {inactiveReason} from './token-endpoint.js';
import type {EmulatorClient} from './types.js';

function rateLimited(exchange: Exchange, seconds: number): void {
  sendError(
    exchange,
    429,
    'too.many.requests.retry.after',
    'Rate limit exceeded the maximum. ' +
      `Retry the request in [${seconds}] seconds`,
    {
      messageWithParams:
        'Rate limit exceeded the maximum. ' +
        'Retry the request in [{retryAfter}] seconds',
      messageParams: {retryAfter: String(seconds)},
      headers: {'Retry-After': seconds},
    },
  );
}

function missingPermission(exchange: Exchange, permission: string): void {
  const intro =
    'Unable to perform the requested action. ' +
    'You are missing the following permission(s): ';
  sendError(exchange, 403, 'missing.permissions', `${intro}[${permission}]`, {
    messageWithParams: `${intro}{permissions}`,
    messageParams: {permissions: `[${permission}]`},
  });
}

/** The client behind the bearer token, or an answered 401. */
function authenticate(
  exchange: Exchange,
  state: EmulatorState,
): {client: EmulatorClient; token: string} | undefined {
  const header = exchange.request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) {
    sendError(
      exchange,
      401,
      'authentication.required',
      'No authentication bearer token specified in authorization header.',
    );

    return undefined;
  }

  const clientId = state.tokens.clientOf(token, Date.now());
  const client = clientId ? state.clients.get(clientId) : undefined;
  if (!client || inactiveReason(client, state)) {
    sendError(exchange, 401, 'bad.credentials', 'Invalid login credentials.');

    return undefined;
  }

  return {client, token};
}

/** Answers a Platform API call: auth, rate limit, route, permission. */
export function handleApiRequest(
  exchange: Exchange,
  state: EmulatorState,
  path: string,
  search: string,
): void {
  if (state.scenario === 'server-error') {
    return sendError(
      exchange,
      503,
      'service.unavailable',
      'The service is currently unavailable.',
    );
  }

  const caller = authenticate(exchange, state);
  if (!caller) return;
  const waitSeconds =
    state.scenario === 'rate-limited'
      ? state.retryAfterSeconds
      : state.apiRequests.hit(caller.token, Date.now());
  if (waitSeconds > 0) return rateLimited(exchange, waitSeconds);

  const found = exchange.request.method === 'GET' ? findRoute(path) : undefined;
  if (!found) {
    return sendError(exchange, 404, 'not.found', 'HTTP 404 Not Found');
  }

  const {permission} = found.route;
  if (
    permission &&
    (state.scenario === 'missing-permission' ||
      !isGranted(caller.client.permissions, permission))
  ) {
    return missingPermission(exchange, permission);
  }

  found.route.answer({
    exchange,
    state,
    client: caller.client,
    path,
    query: new URLSearchParams(search),
    params: found.params,
  });
}
