import type http from 'node:http';
import type https from 'node:https';
import type {SecureContext, TLSSocket} from 'node:tls';
import {
  classifyNetworkError,
  proxyRefusal,
  type NetworkFailure,
} from './network-failure.js';
import type {Route} from './agents.js';

/** One request as it goes on the wire. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | null;
}

/** How one attempt is run. */
export interface AttemptSettings {
  route: Route;
  timeoutMs: number;
  maxBodyBytes: number;
  signal?: AbortSignal;
  secureContext?: SecureContext;
}

/** A complete answer, or the part of it read before it grew too large. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  isTooLarge: boolean;
}

export type AttemptResult =
  | {kind: 'response'; response: RawResponse}
  | {kind: 'network'; failure: NetworkFailure; isReusedSocket: boolean};

/**
 * Sends one request and reads the whole answer within `timeoutMs`, which
 * covers connecting, the headers and the body alike. Rejects only when the
 * signal aborts, with its reason.
 */
export function attempt(
  request: WireRequest,
  settings: AttemptSettings,
): Promise<AttemptResult> {
  const {signal, route} = settings;

  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);

      return;
    }

    const state = {
      isSettled: false,
      isTimedOut: false,
      proxyStatus: null as number | null,
      issuer: null as string | null,
    };

    const options: https.RequestOptions & {secureContext?: SecureContext} = {
      method: request.method,
      headers: request.headers,
      agent: route.agent,
      secureContext: settings.secureContext,
      // Explicit, so NODE_TLS_REJECT_UNAUTHORIZED=0 left in a shell cannot
      // send a client secret to a host whose certificate is not trusted.
      rejectUnauthorized: true,
    };
    const outgoing = route.request(request.url, options);

    const settle = (result: AttemptResult) => {
      if (state.isSettled) return;

      state.isSettled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };

    const fail = (error: unknown) => {
      if (state.isSettled) return;

      const failure = classifyNetworkError(error, {
        host: request.url.host,
        proxy: route.proxy,
        proxyStatus: state.proxyStatus,
        isTimedOut: state.isTimedOut,
        timeoutMs: settings.timeoutMs,
        issuer: state.issuer,
      });
      outgoing.destroy();
      settle({kind: 'network', failure, isReusedSocket: outgoing.reusedSocket});
    };

    const onAbort = () => {
      if (state.isSettled) return;

      state.isSettled = true;
      clearTimeout(timer);
      outgoing.destroy();
      reject(signal?.reason);
    };

    const timer = setTimeout(() => {
      state.isTimedOut = true;
      fail(new Error('timed out'));
    }, settings.timeoutMs);

    signal?.addEventListener('abort', onAbort, {once: true});
    outgoing.on('proxyConnect', (connect: {statusCode: number}) => {
      state.proxyStatus = connect.statusCode;
    });
    outgoing.on('socket', (socket) => {
      watchIssuer(socket, (issuer) => (state.issuer = issuer));
    });
    outgoing.on('error', fail);
    outgoing.on('response', (incoming) => {
      if (route.proxy && state.proxyStatus !== 200) {
        // The proxy's own error page, replayed by the agent: not Genesys.
        const failure = proxyRefusal(route.proxy, state.proxyStatus ?? 0);
        incoming.destroy();
        outgoing.destroy();
        settle({kind: 'network', failure, isReusedSocket: false});

        return;
      }

      readBody(incoming, settings.maxBodyBytes, fail, (response) =>
        settle({kind: 'response', response}),
      );
    });

    outgoing.end(request.body ?? undefined);
  });
}

function readBody(
  incoming: http.IncomingMessage,
  maxBodyBytes: number,
  fail: (error: unknown) => void,
  done: (response: RawResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const finish = (isTooLarge: boolean) => {
    const body = Buffer.concat(chunks).subarray(0, maxBodyBytes);
    done({
      status: incoming.statusCode ?? 0,
      headers: incoming.headers,
      body,
      isTooLarge,
    });
  };

  const declared = Number(incoming.headers['content-length']);

  if (declared > maxBodyBytes) {
    incoming.destroy();
    finish(true);

    return;
  }

  incoming.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;

    if (size > maxBodyBytes) {
      incoming.destroy();
      finish(true);
    }
  });
  incoming.on('end', () => finish(false));
  incoming.on('error', fail);
  incoming.on('close', () => {
    if (!incoming.complete) fail(new Error('socket hang up'));
  });
}

// Node frees the TLS handle before reporting a verification error, so the
// presented certificate is read while the handshake runs: key-log events
// come after the server's certificate has arrived. This is what lets a
// diagnosis name the corporate proxy that re-signs traffic.
function watchIssuer(
  socket: NodeJS.Socket | TLSSocket,
  onIssuer: (issuer: string) => void,
): void {
  if (!('getPeerCertificate' in socket) || socket.listenerCount('keylog')) {
    return;
  }

  const read = () => {
    const issuer = socket.getPeerCertificate()?.issuer;
    const name = [issuer?.CN, issuer?.O].filter(Boolean).join(', ');

    if (name !== '') onIssuer(name);
  };

  socket.on('keylog', read);
  socket.once('secureConnect', () => socket.off('keylog', read));
}
