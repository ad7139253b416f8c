import type {IncomingMessage, ServerResponse} from 'node:http';

/** One request and what is known about it while it is answered. */
export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  /** Sent as ININ-Correlation-Id and as contextId in error bodies */
  correlationId: string;
  /** Answer with valid JSON cut off halfway */
  truncate: boolean;
}

type Headers = Record<string, string | number>;

/** Sends a JSON body with the correlation id, complete or cut off. */
export function sendJson(
  exchange: Exchange,
  status: number,
  body: unknown,
  headers: Headers = {},
): void {
  let text = JSON.stringify(body);
  if (exchange.truncate) text = text.slice(0, Math.ceil(text.length / 2));
  exchange.response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'ININ-Correlation-Id': exchange.correlationId,
    ...headers,
  });
  exchange.response.end(text);
}

/** Sends a Platform API ErrorBody. */
export function sendError(
  exchange: Exchange,
  status: number,
  code: string,
  message: string,
  extra: {
    messageParams?: Record<string, string>;
    messageWithParams?: string;
    headers?: Headers;
  } = {},
): void {
  const body = {
    message,
    code,
    status,
    ...(extra.messageWithParams
      ? {messageWithParams: extra.messageWithParams}
      : {}),
    messageParams: extra.messageParams ?? {},
    contextId: exchange.correlationId,
    details: [],
    errors: [],
  };
  sendJson(exchange, status, body, extra.headers);
}

/** Sends an OAuth error from the token endpoint. */
export function sendOAuthError(
  exchange: Exchange,
  status: number,
  error: string,
  description: string,
): void {
  sendJson(exchange, status, {
    error,
    description,
    error_description: description,
  });
}

const portalPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Network sign-in</title></head>
<body>
<h1>Sign in to continue</h1>
<p>This network requires you to accept its terms before you browse.</p>
<form method="post" action="/portal/accept"><button>Accept</button></form>
</body>
</html>
`;

/** Answers as a captive portal would: an HTML page, no correlation id. */
export function sendPortalPage(response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(portalPage),
    'Cache-Control': 'no-store',
  });
  response.end(portalPage);
}
