import {sendJson, sendOAuthError} from './replies.js';
import type {Exchange} from './replies.js';
import type {EmulatorState} from './state.js';
import type {EmulatorClient} from './types.js';

interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Reads `Basic base64(id:secret)`; undefined if absent, null if malformed. */
function readBasic(header: string | undefined): Credentials | null | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;

  return {
    clientId: decoded.slice(0, colon),
    clientSecret: decoded.slice(colon + 1),
  };
}

/**
 * Form bodies only. Strict on purpose: every official SDK labels its form,
 * and a client that works here then works against the real service too.
 */
function isForm(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(';', 1)[0]?.trim().toLowerCase();

  return type === 'application/x-www-form-urlencoded';
}

/** Answers POST /oauth/token, the client credentials grant. */
export function handleTokenRequest(
  exchange: Exchange,
  state: EmulatorState,
  body: string,
): void {
  const status = state.tokenErrorStatus;
  const reject = (error: string, description: string, code = status) =>
    sendOAuthError(exchange, code, error, description);
  const {headers} = exchange.request;
  if (!isForm(headers['content-type'])) {
    return reject(
      'invalid_request',
      'content type must be application/x-www-form-urlencoded',
      400,
    );
  }

  const form = new URLSearchParams(body);
  const credentials = readBasic(headers.authorization);
  if (credentials === null) {
    return reject('invalid_request', 'malformed basic authorization header');
  }

  if (credentials === undefined) {
    return reject('invalid_client', 'client authentication required');
  }

  if (form.has('client_id') || form.has('client_secret')) {
    return reject('invalid_request', 'multiple client credentials', 400);
  }

  const grantType = form.get('grant_type');
  if (!grantType) return reject('invalid_request', 'missing grant_type', 400);
  if (grantType !== 'client_credentials') {
    return reject(
      'unsupported_grant_type',
      `unsupported grant type: ${grantType.slice(0, 40)}`,
      400,
    );
  }

  issueToken(exchange, state, credentials);
}

function issueToken(
  exchange: Exchange,
  state: EmulatorState,
  credentials: Credentials,
): void {
  const status = state.tokenErrorStatus;
  const now = Date.now();
  const waitSeconds = state.tokenRequests.hit(credentials.clientId, now);
  if (state.scenario === 'token-rate-limit' || waitSeconds > 0) {
    const seconds = waitSeconds || state.retryAfterSeconds;

    return sendOAuthError(
      exchange,
      400,
      'invalid_request',
      `rate limit exceeded; retry in ${seconds} seconds`,
    );
  }

  const client = state.clients.get(credentials.clientId);
  if (!client || state.scenario === 'unknown-client') {
    return sendOAuthError(
      exchange,
      status,
      'invalid_client',
      'client not found',
    );
  }

  if (
    client.secret !== credentials.clientSecret ||
    state.scenario === 'wrong-secret'
  ) {
    return sendOAuthError(
      exchange,
      status,
      'invalid_client',
      'authentication failed',
    );
  }

  const inactive = inactiveReason(client, state);
  if (inactive) {
    return sendOAuthError(exchange, status, 'unauthorized_client', inactive);
  }

  const lifetime =
    state.scenario === 'token-expiring'
      ? state.expiringTokenSeconds
      : client.tokenLifetimeSeconds;
  sendJson(exchange, 200, {
    access_token: state.tokens.issue(client.id, lifetime, now),
    token_type: 'bearer',
    expires_in: lifetime,
  });
}

/** Why a client may not have tokens now, if it may not. */
export function inactiveReason(
  client: EmulatorClient,
  state: EmulatorState,
): string | undefined {
  if (state.scenario === 'disabled-client' || client.state === 'disabled') {
    return 'client is disabled';
  }

  if (client.state === 'inactive') return 'client is inactive';

  return undefined;
}
