import type {Failure} from './types.js';

type UnexpectedBody = Extract<Failure, {kind: 'unexpected-body'}>;

/** The parts of an answer a body failure keeps as evidence. */
export interface BodyEvidence {
  status: number;
  contentType: string | null;
  correlationId: string | null;
  text: string;
}

/** A JSON body, or the failure that says why it is not one. */
export type JsonRead =
  {ok: true; json: unknown} | {ok: false; failure: UnexpectedBody};

const snippetLength = 200;
const redaction = '[redacted]';

/**
 * The body as text with every request secret replaced, so that a server
 * echoing a credential back cannot carry it into a report.
 */
export function redact(body: Buffer, secrets: string[] = []): string {
  let text = body.toString('utf8');

  for (const secret of secrets) {
    if (secret.length >= 4) text = text.split(secret).join(redaction);
  }

  return text;
}

/** At most 200 characters of a body, its whitespace collapsed. */
export function snippetOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, snippetLength);
}

/** The failure for a body that is not what Genesys sends. */
export function unexpectedBody(
  evidence: BodyEvidence,
  reason: UnexpectedBody['reason'],
): UnexpectedBody {
  return {
    kind: 'unexpected-body',
    status: evidence.status,
    reason,
    contentType: evidence.contentType,
    snippet: snippetOf(evidence.text),
    correlationId: evidence.correlationId,
  };
}

/** Parses a JSON body, naming HTML, cut-off JSON, other text or nothing. */
export function readJson(evidence: BodyEvidence): JsonRead {
  const text = evidence.text.trim();

  if (text === '')
    return {ok: false, failure: unexpectedBody(evidence, 'empty')};

  if (/html/i.test(evidence.contentType ?? '') || text.startsWith('<')) {
    return {ok: false, failure: unexpectedBody(evidence, 'html')};
  }

  try {
    return {ok: true, json: JSON.parse(text)};
  } catch {
    const reason = /^[[{]/.test(text) ? 'truncated-json' : 'not-json';

    return {ok: false, failure: unexpectedBody(evidence, reason)};
  }
}

/**
 * Whether a token-endpoint body is its own rate limit: HTTP 400 with
 * `invalid_request` and a description starting "rate limit exceeded".
 */
export function isTokenRateLimit(text: string): boolean {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const description = `${body.error_description ?? body.description ?? ''}`;

    return (
      body.error === 'invalid_request' &&
      /rate limit exceeded/i.test(description)
    );
  } catch {
    return false;
  }
}
