import type {Failure} from '../genesys/types.js';
import {evidenceOf} from './evidence.js';
import type {RuleContext} from './rule-context.js';
import {regionName} from './rule-context.js';
import type {Diagnosis, DiagnosisCode} from './types.js';

type NetworkFailure = Extract<Failure, {kind: 'network'}>;

interface Verdict {
  code: DiagnosisCode;
  title: string;
  cause: string;
  fix: string[];
}

const proxyStep =
  'If this network reaches the internet only through a proxy, set ' +
  'HTTPS_PROXY=http://proxy.example:8080 (and NO_PROXY for hosts that ' +
  'bypass it), then run `genesys-auth check` again.';

function allowStep(host: string): string {
  return `Ask the network team to allow outbound HTTPS (port 443) to ${host}.`;
}

function throughProxy(context: RuleContext): string {
  return context.proxyUrl ? ` through the proxy ${context.proxyUrl}` : '';
}

function dnsFailure(failure: NetworkFailure, context: RuleContext): Verdict {
  return {
    code: 'dns-failure',
    title: `The host ${failure.host} cannot be found`,
    cause:
      `The name ${failure.host} did not resolve. The region may be ` +
      'misspelt, the machine may be offline, or its DNS may not resolve ' +
      'outside names (common behind a proxy or on a VPN).',
    fix: [
      `Check the region: this run used ${regionName(context.environment)}; ` +
        'pass it again with `--region` (a region name such as ' +
        'eu-west-1, a domain such as mypurecloud.ie, or a URL copied ' +
        'from the browser).',
      `Test name resolution: \`nslookup ${failure.host}\`.`,
      proxyStep,
    ],
  };
}

function connectionRefused(
  failure: NetworkFailure,
  context: RuleContext,
): Verdict {
  return {
    code: 'connection-refused',
    title: `${failure.host} refused the connection${throughProxy(context)}`,
    cause:
      'Nothing accepted the connection: a firewall rejects it, a proxy ' +
      'setting points at a port where no proxy listens, or the local ' +
      'emulator is not running.',
    fix: [
      context.proxyUrl
        ? `Check that a proxy listens at ${context.proxyUrl} (HTTPS_PROXY).`
        : proxyStep,
      allowStep(failure.host),
    ],
  };
}

function connectionReset(
  failure: NetworkFailure,
  context: RuleContext,
): Verdict {
  return {
    code: 'connection-reset',
    title: `The connection to ${failure.host} was cut`,
    cause:
      'The connection was reset part-way. Firewalls and proxies that ' +
      'inspect or block traffic do this; a brief network fault can too.',
    fix: [
      'Run `genesys-auth check` again; if it passes, it was brief.',
      `If it repeats, ask the network team whether a firewall or proxy ` +
        `blocks or inspects HTTPS to ${failure.host}${throughProxy(context)}.`,
      proxyStep,
    ],
  };
}

function timeout(failure: NetworkFailure, context: RuleContext): Verdict {
  const limit =
    context.timeoutMs === undefined
      ? ''
      : ` within ${Math.round(context.timeoutMs / 100) / 10} s`;

  return {
    code: 'timeout',
    title: `No answer from ${failure.host}${limit}`,
    cause:
      'The request got no answer in time. A firewall that drops traffic ' +
      'silently, a missing proxy setting, or a slow network does this.',
    fix: [
      proxyStep,
      'On a slow link, allow more time: `genesys-auth check --timeout 30000`.',
      allowStep(failure.host),
    ],
  };
}

function tlsUntrusted(failure: NetworkFailure): Verdict {
  const issuer = failure.issuer
    ? `The certificate presented was issued by "${failure.issuer}". `
    : '';

  return {
    code: 'tls-untrusted',
    title: `The certificate of ${failure.host} is not trusted`,
    cause:
      `${issuer}A corporate proxy or security product is probably ` +
      're-signing HTTPS traffic with its own certificate authority, which ' +
      'Node.js does not know.',
    fix: [
      'Get the corporate root certificate (PEM) from the network or ' +
        'security team.',
      'Point Node.js at it: ' +
        'NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem genesys-auth check',
      'Keep certificate verification on: it is what keeps the client ' +
        'secret from being read on the way.',
    ],
  };
}

function tlsError(failure: NetworkFailure): Verdict {
  return {
    code: 'tls-error',
    title: `The secure connection to ${failure.host} failed`,
    cause:
      'The TLS handshake failed: the host name does not match the ' +
      'certificate, the certificate has expired, or something in between ' +
      'speaks a protocol Node.js refuses.',
    fix: [
      `Check that the region is right; the host was ${failure.host}.`,
      'If a proxy or security product inspects HTTPS, ask the network ' +
        'team to exempt the Genesys Cloud hosts, or give Node.js its CA ' +
        'with NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem.',
    ],
  };
}

function proxyError(failure: NetworkFailure, context: RuleContext): Verdict {
  const proxy = context.proxyUrl ?? 'the configured proxy';

  return {
    code: 'proxy-error',
    title: `The proxy ${proxy} did not connect to ${failure.host}`,
    cause:
      'The request went to the proxy named by HTTPS_PROXY, and the proxy ' +
      'refused or failed to open a tunnel: it may need authentication, ' +
      'block the host, or be the wrong address.',
    fix: [
      `Check HTTPS_PROXY (now ${proxy}); include user and password in ` +
        'the URL if the proxy needs them.',
      `If ${failure.host} should bypass the proxy, add it to NO_PROXY.`,
      `Ask the network team to allow ${failure.host} through the proxy.`,
    ],
  };
}

/** Picks the diagnosis for a failure below HTTP. */
export function diagnoseNetwork(
  failure: NetworkFailure,
  context: RuleContext,
): Diagnosis {
  const verdicts: Record<NetworkFailure['cause'], () => Verdict> = {
    dns: () => dnsFailure(failure, context),
    refused: () => connectionRefused(failure, context),
    reset: () => connectionReset(failure, context),
    timeout: () => timeout(failure, context),
    'tls-untrusted': () => tlsUntrusted(failure),
    tls: () => tlsError(failure),
    proxy: () => proxyError(failure, context),
  };

  return {
    ...verdicts[failure.cause](),
    evidence: evidenceOf(failure, context.request),
  };
}
