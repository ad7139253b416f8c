import {randomUUID} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {handleApiRequest} from './api.js';
import {demoClients} from './clients.js';
import {isLoopbackHost} from './loopback.js';
import {RateWindow} from './rate-window.js';
import {sendError, sendOAuthError, sendPortalPage} from './replies.js';
import type {Exchange} from './replies.js';
import type {EmulatorState} from './state.js';
import {handleTokenRequest} from './token-endpoint.js';
import {TokenStore} from './token-store.js';
import type {Emulator, EmulatorOptions} from './types.js';

const maxBodyBytes = 16 * 1024;

function createState(options: EmulatorOptions): EmulatorState {
  const clients = options.clients ?? demoClients();

  return {
    scenario: options.scenario ?? 'healthy',
    latencyMs: options.latencyMs ?? 0,
    clients: new Map(clients.map((client) => [client.id, client])),
    tokens: new TokenStore(),
    tokenRequests: new RateWindow(
      options.tokenRateLimit ?? {requests: 600, windowSeconds: 60},
    ),
    apiRequests: new RateWindow(
      options.apiRateLimit ?? {requests: 300, windowSeconds: 60},
    ),
    retryAfterSeconds: options.retryAfterSeconds ?? 30,
    expiringTokenSeconds: options.expiringTokenSeconds ?? 3,
    tokenErrorStatus: options.tokenErrorStatus ?? 400,
  };
}

/** Answers one request once its body is read and any latency has passed. */
function answer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  state: EmulatorState,
  body: string,
): void {
  const {scenario} = state;
  if (scenario === 'no-answer') return;
  if (scenario === 'connection-reset') {
    request.socket.resetAndDestroy();

    return;
  }

  if (scenario === 'html-response') return sendPortalPage(response);
  const exchange: Exchange = {
    request,
    response,
    correlationId: randomUUID(),
    truncate: scenario === 'truncated-json',
  };
  const url = request.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  if (path === '/oauth/token') {
    if (request.method === 'POST') {
      return handleTokenRequest(exchange, state, body);
    }

    response.setHeader('Allow', 'POST');

    return sendOAuthError(exchange, 405, 'invalid_request', 'use POST');
  }

  if (path.startsWith('/api/')) {
    const search = queryAt < 0 ? '' : url.slice(queryAt + 1);

    return handleApiRequest(exchange, state, path, search);
  }

  sendError(exchange, 404, 'not.found', 'HTTP 404 Not Found');
}

/** Starts an emulator on loopback; resolves once it listens. */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new Error(`The emulator serves loopback only, not '${host}'.`);
  }

  const state = createState(options);
  const clients = [...state.clients.values()];
  const counts = new Map<string, number>();
  let total = 0;
  const timers = new Set<NodeJS.Timeout>();

  const later = (run: () => void) => {
    if (state.latencyMs <= 0) return run();
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, state.latencyMs);
    timers.add(timer);
  };

  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    total += 1;
    if (request.method !== 'POST') {
      request.resume();
      later(() => answer(request, response, state, ''));

      return;
    }

    readBody(request, (body) =>
      later(() => answer(request, response, state, body)),
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : host;
  let closing: Promise<void> | undefined;
  const defaultClient =
    clients.find((client) => client.state === 'active') ?? clients[0];
  if (!defaultClient)
    throw new Error('The emulator needs at least one client.');

  return {
    url: `http://${shownHost}:${address.port}`,
    clients,
    defaultClient,
    get scenario() {
      return state.scenario;
    },
    set scenario(name) {
      state.scenario = name;
    },
    setScenario(name) {
      state.scenario = name;
    },
    setLatency(ms) {
      state.latencyMs = Math.max(0, ms);
    },
    issuedTokens: () => state.tokens.issued(),
    requestCount: (path) =>
      path === undefined ? total : (counts.get(path) ?? 0),
    revokeToken: (token) => state.tokens.revoke(token),
    close() {
      closing ??= new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });

      return closing;
    },
  };
}

/** Reads a small request body; a larger one is cut at the limit. */
function readBody(
  request: http.IncomingMessage,
  done: (body: string) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBodyBytes) chunks.push(chunk);
  });
  request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
}
