import type {Failure, NetworkCause} from './types.js';

/** A failure below HTTP, with its evidence. */
export type NetworkFailure = Extract<Failure, {kind: 'network'}>;

/** What was known about the attempt when the error came. */
export interface FailureContext {
  host: string;
  /** The proxy in use, when one applies. */
  proxy: URL | null;
  /** The proxy's CONNECT status, once it answered. */
  proxyStatus: number | null;
  isTimedOut: boolean;
  timeoutMs: number;
  /** Issuer of the certificate the server presented, when read. */
  issuer: string | null;
}

const untrustedCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
]);

const causeByCode: Record<string, NetworkCause> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ECONNREFUSED: 'refused',
  // No separate cause exists for an unreachable network; like a refusal,
  // nothing answered. The code keeps the difference.
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
};

/** Names the cause of an error raised by node:http(s) or the proxy agent. */
export function classifyNetworkError(
  error: unknown,
  context: FailureContext,
): NetworkFailure {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const base = {kind: 'network' as const, code, host: context.host};

  if (context.isTimedOut) {
    const seconds = context.timeoutMs / 1000;

    return {
      ...base,
      cause: 'timeout',
      message: `No complete answer from ${context.host} within ${seconds} s.`,
      issuer: null,
    };
  }

  if (context.proxy && context.proxyStatus === null) {
    return {
      ...base,
      cause: 'proxy',
      host: context.proxy.host,
      message: `The proxy ${context.proxy.host} failed: ${detail}`,
      issuer: null,
    };
  }

  const cause = causeOf(code);

  return {
    ...base,
    cause,
    message: describe(cause, context.host, detail),
    issuer: cause.startsWith('tls') ? context.issuer : null,
  };
}

/** The failure for a proxy that answered CONNECT with an error status. */
export function proxyRefusal(proxy: URL, status: number): NetworkFailure {
  const reason =
    status === 407
      ? 'asks for proxy credentials (407)'
      : `refused the tunnel with HTTP ${status}`;

  return {
    kind: 'network',
    cause: 'proxy',
    code: null,
    host: proxy.host,
    message: `The proxy ${proxy.host} ${reason}.`,
    issuer: null,
  };
}

function causeOf(code: string | null): NetworkCause {
  if (code !== null && untrustedCodes.has(code)) return 'tls-untrusted';

  if (code !== null && causeByCode[code]) return causeByCode[code];

  if (
    code !== null &&
    /^(ERR_TLS_|ERR_SSL_|CERT_|ERR_OSSL_|HOSTNAME_MISMATCH)/.test(code)
  ) {
    return 'tls';
  }

  // Whatever else cut the connection ("socket hang up" has no code).
  return 'reset';
}

function describe(cause: NetworkCause, host: string, detail: string): string {
  switch (cause) {
    case 'dns':
      return `${host} could not be found in DNS.`;
    case 'refused':
      return `Nothing accepted a connection at ${host}.`;
    case 'reset':
      return `The connection to ${host} closed before the answer was complete.`;
    case 'tls-untrusted':
      return `The certificate presented for ${host} is not trusted: ${detail}`;
    default:
      return `The secure connection to ${host} failed: ${detail}`;
  }
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;

  const {code} = error as {code?: unknown};

  return typeof code === 'string' ? code : null;
}
