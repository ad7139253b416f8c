import {randomBytes} from 'node:crypto';

interface TokenRecord {
  clientId: string;
  expiresAt: number;
}

/** The access tokens issued so far: opaque, random, with an expiry. */
export class TokenStore {
  readonly #live = new Map<string, TokenRecord>();
  readonly #issued: string[] = [];

  /** Issues a new access token for a client. */
  issue(clientId: string, lifetimeSeconds: number, now: number): string {
    const token = randomBytes(48).toString('base64url');
    this.#live.set(token, {clientId, expiresAt: now + lifetimeSeconds * 1000});
    this.#issued.push(token);

    return token;
  }

  /** The client id behind a live token; undefined if unknown or expired. */
  clientOf(token: string, now: number): string | undefined {
    const record = this.#live.get(token);
    if (!record) return undefined;
    if (record.expiresAt <= now) {
      this.#live.delete(token);

      return undefined;
    }

    return record.clientId;
  }

  /** Forgets a token, as revoking it does. */
  revoke(token: string): void {
    this.#live.delete(token);
  }

  /** Every token ever issued, live or not. */
  issued(): string[] {
    return [...this.#issued];
  }
}
