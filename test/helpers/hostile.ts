import type http from 'node:http';
import type net from 'node:net';
import {json, startServer, startTcpServer, type TestServer} from './servers.js';

/** A raw TCP server that counts the connections it was given. */
export interface HostileTcpServer {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

/** Every request gets the same error status, Genesys-shaped. */
export function startStorm(
  status: number,
  headers: http.OutgoingHttpHeaders = {},
): Promise<TestServer> {
  return startServer((_request, response) =>
    json(
      response,
      status,
      {message: 'storm', code: 'storm', status},
      {'ININ-Correlation-Id': 'storm-correlation', ...headers},
    ),
  );
}

/**
 * An endless body, written only as fast as the client reads it, so the
 * server never buffers much. `declared` sends a huge Content-Length first;
 * otherwise the body is chunked.
 */
export function startHugeBody(declared: boolean): Promise<TestServer> {
  const chunk = Buffer.alloc(64 * 1024, '{"a":"');

  return startServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      ...(declared ? {'Content-Length': String(1024 ** 3)} : {}),
    });
    let isClosed = false;
    response.on('close', () => (isClosed = true));
    const pump = () => {
      while (!isClosed && response.write(chunk));
      if (!isClosed) response.once('drain', pump);
    };

    pump();
  });
}

/** Headers at once, then the body one byte at a time, never finishing. */
export function startSlowDrip(intervalMs: number): Promise<TestServer> {
  return startServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': '10000',
    });
    const timer = setInterval(() => response.write(' '), intervalMs);
    response.on('close', () => clearInterval(timer));
  });
}

async function startRaw(
  onSocket: (socket: net.Socket) => void,
): Promise<HostileTcpServer> {
  let connections = 0;
  const server = await startTcpServer((socket) => {
    connections++;
    socket.on('error', () => undefined);
    onSocket(socket);
  });

  return {
    url: `http://127.0.0.1:${server.port}`,
    connections: () => connections,
    close: () => server.close(),
  };
}

/** A status line, then header bytes one at a time, never ending them. */
export function startSlowHeaders(
  intervalMs: number,
): Promise<HostileTcpServer> {
  return startRaw((socket) => {
    socket.write('HTTP/1.1 200 OK\r\nX-Drip: ');
    const timer = setInterval(() => socket.write('a'), intervalMs);
    socket.on('close', () => clearInterval(timer));
  });
}

/** Bytes that are not HTTP at all, then the connection closes. */
export function startGarbage(): Promise<HostileTcpServer> {
  return startRaw((socket) => {
    socket.end('\u0000\u00ff SSH-2.0-OpenSSH_9.6\r\n\r\n<html>\r\n');
  });
}

/** A header line far longer than any client should accept. */
export function startHeaderFlood(): Promise<HostileTcpServer> {
  return startRaw((socket) => {
    socket.write(`HTTP/1.1 200 OK\r\nX-Flood: ${'a'.repeat(256 * 1024)}`);
  });
}

/** Answers every request with a redirect to `location`. */
export function startRedirect(
  location: string,
  status = 302,
): Promise<TestServer> {
  return startServer((_request, response) => {
    response.writeHead(status, {Location: location, 'Content-Length': '0'});
    response.end();
  });
}
