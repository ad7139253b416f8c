import type {AccessToken, GenesysClient} from '../genesys/types.js';
import {fingerprint} from '../store/redact.js';
import type {CheckKit, CheckVerdict} from './check-kit.js';
import {failedRequest, reportRecords} from './check-kit.js';
import {diagnose} from './rules.js';
import {shortLifetime} from './rules-context.js';
import type {Report} from './types.js';

/** Genesys lets a client's tokens live from 5 minutes to 48 hours. */
const shortestUsualLifetime = 300;

/** What the token check hands on to the checks that need the token. */
export interface TokenVerdict {
  verdict: CheckVerdict;
  token: AccessToken | null;
  summary: Report['token'];
}

/** How long a token lives, as a person says it. */
export function lifetimeWords(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 120 && seconds % 60 === 0) return `${seconds / 60} min`;

  return `${seconds} s`;
}

/** POST login.<domain>/oauth/token with the client credentials. */
export async function checkToken(
  client: GenesysClient,
  kit: CheckKit,
): Promise<TokenVerdict> {
  const {credentials, environment} = kit.request;
  const outcome = await kit.guard(client.requestToken(credentials));
  reportRecords('token', outcome.records, kit);
  const requests = outcome.records;

  if (!outcome.ok) {
    const url = `${environment.loginBaseUrl}/oauth/token`;
    const failed = failedRequest(outcome, {method: 'POST', url});
    const diagnosis = diagnose(
      outcome.failure,
      kit.ruleContext('token', failed),
    );

    return {
      verdict: {
        status: 'fail',
        summary: `no access token: ${diagnosis.title}`,
        details: [],
        requests,
        diagnosis,
      },
      token: null,
      summary: null,
    };
  }

  const token = outcome.value;
  const summary = {
    type: token.tokenType,
    expiresInSeconds: token.expiresInSeconds,
    fingerprint: fingerprint(token.accessToken),
  };
  const lifetime = lifetimeWords(token.expiresInSeconds);
  const isShort = token.expiresInSeconds < shortestUsualLifetime;

  return {
    verdict: {
      status: isShort ? 'warn' : 'pass',
      summary: `${token.tokenType} token, valid ${lifetime}`,
      details: [`Token fingerprint: ${summary.fingerprint}`],
      requests,
      diagnosis: isShort
        ? shortLifetime(
            token.expiresInSeconds,
            kit.request.credentials.clientId,
          )
        : null,
    },
    token,
    summary,
  };
}
