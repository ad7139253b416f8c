import http from 'node:http';
import type {EmulatorClient} from '../../source/emulator/index.js';

/** What came back, with the body as text and, when it parses, as JSON. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  agent?: http.Agent;
}

/** One plain node:http request; rejects on socket errors. */
export function request(
  url: string,
  options: RequestOptions = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: options.agent ?? false,
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('error', reject);
      response.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }

        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text,
          json,
        });
      });
    });
    outgoing.end(options.body);
  });
}

/** The Basic header for a client id and secret. */
export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

/** POST /oauth/token as the official SDKs send it. */
export function requestToken(
  url: string,
  client: Pick<EmulatorClient, 'id' | 'secret'>,
  agent?: http.Agent,
): Promise<Answer> {
  return request(`${url}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: basic(client.id, client.secret),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    agent,
  });
}

/** An access token for a client; throws if the emulator refuses one. */
export async function accessToken(
  url: string,
  client: Pick<EmulatorClient, 'id' | 'secret'>,
): Promise<string> {
  const answer = await requestToken(url, client);
  const token = (answer.json as {access_token?: string} | undefined)
    ?.access_token;
  if (answer.status !== 200 || !token) {
    throw new Error(`no token: ${answer.status} ${answer.text}`);
  }

  return token;
}

/** GET an API path with a bearer token. */
export function apiGet(
  url: string,
  path: string,
  token: string,
): Promise<Answer> {
  return request(`${url}${path}`, {
    headers: {Authorization: `Bearer ${token}`},
  });
}

/** Reads a field of an unknown JSON value, for assertions. */
export function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
