import {readFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** A test certificate and key from test/fixtures, by name. */
export function fixture(name: string): {cert: string; key: string} {
  return {
    cert: readFileSync(path.join(fixtures, `${name}.pem`), 'utf8'),
    key: readFileSync(path.join(fixtures, `${name}.key`), 'utf8'),
  };
}

/** The test CA that signed the `localhost` and `example-test` certificates. */
export const testCa = fixture('ca').cert;

/** One request as a test server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Which connection carried it, counting from 1. */
  connection: number;
}

export type Handler = (
  request: SeenRequest,
  response: http.ServerResponse,
) => void;

export interface TestServer {
  /** The origin, such as `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  requests: SeenRequest[];
  /** How many client connections have closed so far. */
  closedConnections(): number;
  close(): Promise<void>;
}

/** An HTTP (or, with a certificate name, HTTPS) server on loopback. */
export async function startServer(
  handler: Handler,
  certificate?: string,
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let connections = 0;
  let closedConnections = 0;
  const listener: http.RequestListener = (incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const seen: SeenRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: connectionIds.get(incoming.socket) ?? 0,
      };
      requests.push(seen);
      handler(seen, response);
    });
  };

  const connectionIds = new WeakMap<net.Socket, number>();
  const server = certificate
    ? https.createServer(fixture(certificate), listener)
    : http.createServer(listener);
  const event = certificate ? 'secureConnection' : 'connection';
  server.on(event, (socket: net.Socket) => {
    connectionIds.set(socket, ++connections);
    socket.on('close', () => closedConnections++);
  });

  const port = await listen(server);
  const scheme = certificate ? 'https' : 'http';

  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    requests,
    closedConnections: () => closedConnections,
    close: () => closeServer(server),
  };
}

/** Answers every request with JSON. */
export function json(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, {'Content-Type': 'application/json', ...headers});
  response.end(JSON.stringify(body));
}

/** A raw TCP server: `onSocket` decides what each connection gets. */
export async function startTcpServer(
  onSocket: (socket: net.Socket) => void,
): Promise<{port: number; close(): Promise<void>}> {
  const server = net.createServer(onSocket);
  const port = await listen(server);

  return {port, close: () => closeServer(server)};
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await closeServer(server);

  return port;
}

/** A CONNECT proxy on loopback that records the tunnels it opened. */
export async function startConnectProxy(
  options: {
    /** Answer CONNECT with this status instead of opening the tunnel. */
    refuseWith?: number;
    /** Tunnel every CONNECT to this loopback port, whatever it names. */
    targetPort?: number;
  } = {},
): Promise<{url: string; tunnels: string[]; close(): Promise<void>}> {
  const tunnels: string[] = [];
  const server = http.createServer((_request, response) => {
    response.writeHead(405).end();
  });
  server.on('connect', (request, client: net.Socket, head: Buffer) => {
    tunnels.push(request.url ?? '');

    if (options.refuseWith) {
      client.end(
        `HTTP/1.1 ${options.refuseWith} Refused\r\n` +
          'Content-Type: text/html\r\nContent-Length: 19\r\n\r\n' +
          '<html>denied</html>',
      );

      return;
    }

    const [host, port] = (request.url ?? '').split(':');
    const upstream = options.targetPort
      ? net.connect(options.targetPort, '127.0.0.1')
      : net.connect(Number(port), host);
    upstream.on('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  const port = await listen(server);

  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () => closeServer(server),
  };
}

const openSockets = new WeakMap<net.Server, Set<net.Socket>>();

function listen(server: net.Server): Promise<number> {
  const sockets = new Set<net.Socket>();
  openSockets.set(server, sockets);
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

// Ends every connection too, so a server that never answered still closes.
function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => {
    for (const socket of openSockets.get(server) ?? []) socket.destroy();

    server.close(() => resolve());
  });
}
