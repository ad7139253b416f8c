import {checkRetryPolicy} from '../diagnosis/check-settings.js';
import {createGenesysClient} from '../genesys/client.js';
import type {Environment, Failure} from '../genesys/types.js';
import {redact} from '../store/redact.js';
import type {VerifyCredentials} from '../store/save.js';

function correlation(id: string | null): string {
  return id ? ` (correlation id ${id})` : '';
}

function waitHint(seconds: number | null): string {
  if (seconds === null) return '';

  return ` It asked to wait ${seconds} s (Retry-After): try again after that.`;
}

/** One line saying why a token request failed, with its evidence. */
export function describeTokenFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'oauth': {
      const description = failure.description
        ? ` "${failure.description}"`
        : '';

      return (
        `The token endpoint refused the credentials: HTTP ${failure.status} ` +
        `${failure.error}${description}${correlation(failure.correlationId)}.` +
        waitHint(failure.retryAfterSeconds)
      );
    }

    case 'api':
      return (
        `The token endpoint answered HTTP ${failure.status}` +
        `${correlation(failure.correlationId)}.` +
        waitHint(failure.retryAfterSeconds)
      );

    case 'network':
      return (
        `No answer from ${failure.host}: ${failure.message}` +
        `${failure.code ? ` (${failure.code})` : ''}.`
      );

    case 'unexpected-body':
      return (
        `The token endpoint answered HTTP ${failure.status} with ` +
        `${failure.reason.replace('-', ' ')} content instead of a token` +
        `${correlation(failure.correlationId)}; a proxy may be in the way.`
      );
  }
}

/**
 * Proves credentials with one token request, as setup does before saving.
 * A long Retry-After is reported, not waited out, as `check` does.
 */
export function tokenVerifier(
  environment: Environment,
  context: {signal?: AbortSignal; env: NodeJS.ProcessEnv},
): VerifyCredentials {
  return async (credentials) => {
    const client = createGenesysClient({
      environment,
      signal: context.signal,
      env: context.env,
      retry: checkRetryPolicy,
    });
    try {
      const outcome = await client.requestToken(credentials);
      if (outcome.ok) return {ok: true};

      const line = describeTokenFailure(outcome.failure);
      const {clientId, clientSecret} = credentials;

      return {
        ok: false,
        message: redact(line, [clientSecret, `${clientId}:${clientSecret}`]),
      };
    } finally {
      client.close();
    }
  };
}
