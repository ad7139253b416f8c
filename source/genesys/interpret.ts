import {isObject, parseErrorBody} from './entities.js';
import type {HttpResponse} from './http.js';
import {readJson, unexpectedBody} from './response-body.js';
import type {AccessToken, Failure, Outcome} from './types.js';

type Answer = Outcome<HttpResponse>;

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function failed<T>(answer: Answer, failure: Failure): Outcome<T> {
  return {ok: false, failure, records: answer.records};
}

/** An error status from the Platform API, its body read leniently. */
function apiFailure(response: HttpResponse): Failure {
  const base = {
    kind: 'api' as const,
    status: response.status,
    correlationId: response.correlationId,
    retryAfterSeconds: response.retryAfterSeconds,
  };

  if (response.text.trim() === '') return {...base, body: null};

  const read = readJson(response);

  if (!read.ok) return read.failure;

  return {
    ...base,
    body: isObject(read.json) ? parseErrorBody(read.json) : null,
  };
}

/** Turns a Platform API answer into the value `parse` reads from it. */
export function interpretApi<T>(
  answer: Answer,
  parse: (json: unknown) => T,
): Outcome<T> {
  if (!answer.ok) return answer;

  const response = answer.value;

  if (!isSuccess(response.status)) return failed(answer, apiFailure(response));

  const read = readJson(response);

  if (!read.ok) return failed(answer, read.failure);

  return {ok: true, value: parse(read.json), records: answer.records};
}

/** A probe needs only the status, but an HTML page is no API answer. */
export function interpretProbe(answer: Answer): Outcome<{status: number}> {
  if (!answer.ok) return answer;

  const response = answer.value;

  if (!isSuccess(response.status)) return failed(answer, apiFailure(response));

  const read = readJson(response);

  if (!read.ok && read.failure.reason !== 'empty') {
    return failed(answer, read.failure);
  }

  return {ok: true, value: {status: response.status}, records: answer.records};
}

/**
 * The token endpoint's answer. An OAuth error is recognised by its `error`
 * field whatever the status: Genesys uses 400 and 401 alike.
 */
export function interpretToken(answer: Answer): Outcome<AccessToken> {
  if (!answer.ok) return answer;

  const response = answer.value;
  const read = readJson(response);

  if (!read.ok) {
    return failed(
      answer,
      isSuccess(response.status) ? read.failure : apiFailure(response),
    );
  }

  const fields = (isObject(read.json) ? read.json : {}) as Record<
    string,
    unknown
  >;

  if (typeof fields.error === 'string') {
    return failed(answer, {
      kind: 'oauth',
      status: response.status,
      error: fields.error,
      description: describe(fields),
      correlationId: response.correlationId,
      retryAfterSeconds: response.retryAfterSeconds,
    });
  }

  if (!isSuccess(response.status)) return failed(answer, apiFailure(response));

  if (typeof fields.access_token !== 'string') {
    return failed(answer, unexpectedBody(response, 'not-json'));
  }

  return {
    ok: true,
    value: {
      accessToken: fields.access_token,
      tokenType: typeof fields.token_type === 'string' ? fields.token_type : '',
      expiresInSeconds: Number(fields.expires_in) || 0,
    },
    records: answer.records,
  };
}

function describe(fields: Record<string, unknown>): string {
  for (const value of [fields.error_description, fields.description]) {
    if (typeof value === 'string' && value !== '') return value;
  }

  return '';
}
