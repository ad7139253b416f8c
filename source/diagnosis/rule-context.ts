import type {Environment} from '../genesys/types.js';
import type {CheckId} from './types.js';

/** What a rule knows besides the failure itself. Holds no secret. */
export interface RuleContext {
  check: CheckId;
  /** The request that failed. */
  request: {method: string; url: string};
  environment: Environment;
  clientId: string;
  /** The OAuth client's name, once `tokens/me` has told it. */
  clientName?: string | null;
  /** Epoch milliseconds when the failure was seen. */
  at: number;
  /** The per-attempt timeout in force, for the timeout diagnosis. */
  timeoutMs?: number;
  /** The proxy the request went through, credentials removed. */
  proxyUrl?: string | null;
  /** The secret has the shape of an id (a UUID), not of a secret. */
  secretLooksLikeId?: boolean;
}

/** How a person names the region in sentences. */
export function regionName(environment: Environment): string {
  if (environment.isLocal) return `the local emulator (${environment.domain})`;

  return environment.region
    ? `${environment.region} (${environment.domain})`
    : environment.domain;
}

/** Where the admin UI of this environment lives. */
export function adminHost(environment: Environment): string {
  return environment.isLocal
    ? environment.apiBaseUrl
    : `https://apps.${environment.domain}`;
}

/** The OAuth client as the admin UI lists it. */
export function clientLabel(context: RuleContext): string {
  return context.clientName
    ? `"${context.clientName}" (${context.clientId})`
    : `the client ${context.clientId}`;
}

/** The admin UI path to the OAuth client's roles. */
export function rolesPath(context: RuleContext): string {
  const name = context.clientName ?? context.clientId;

  return `Admin > Integrations > OAuth > ${name} > Roles`;
}

/** A clock time such as 14:05:09, in the local time zone. */
export function clockTime(epochMs: number): string {
  const date = new Date(epochMs);
  const parts = [date.getHours(), date.getMinutes(), date.getSeconds()];

  return parts.map((part) => String(part).padStart(2, '0')).join(':');
}
