import {isIP} from 'node:net';
import {
  getEnvironments,
  parse as parseDeployment,
} from 'genesys-cloud-service-discovery-web';
import {closestMatch} from './close-match.js';
import {isLoopback} from './loopback.js';
import type {Environment} from './types.js';

/** What an admin's input names, or why it names nothing. */
export type EnvironmentResolution =
  | {
      ok: true;
      environment: Environment;
      /** Set when the domain is not in Genesys' registry; show it. */
      warning?: string;
    }
  | {ok: false; message: string};

const accepted =
  'Enter a region such as eu-west-1, a domain such as mypurecloud.ie, ' +
  'or a URL copied from your browser.';

const servicePrefixes = ['api.', 'login.', 'apps.'];

/** Genesys Cloud's public deployments, from Genesys' own registry. */
export function listRegions(): Array<{region: string; domain: string}> {
  return getEnvironments()
    .map(({region, publicDomainName}) => ({region, domain: publicDomainName}))
    .sort((a, b) => a.region.localeCompare(b.region));
}

/**
 * Reads a region name, an environment domain, a host or a URL copied from
 * the browser, and names the login and API origins it stands for.
 */
export function resolveEnvironment(input: string): EnvironmentResolution {
  const text = input.trim();

  if (text === '') return reject('No region given.');

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return fromUrl(text);

  if (text.includes('@')) {
    return reject('That looks like an email address, not a region.');
  }

  const region = listRegions().find(
    (entry) => entry.region === text.toLowerCase(),
  );

  if (region) {
    return {ok: true, environment: deployed(region.domain, region.region)};
  }

  if (/[.:/]/.test(text)) return fromBareHost(text);

  return fromWord(text);
}

function reject(reason: string): EnvironmentResolution {
  return {ok: false, message: `${reason} ${accepted}`};
}

function fromUrl(text: string): EnvironmentResolution {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return reject('That URL cannot be read.');
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return reject('Only https:// URLs are accepted.');
  }

  if (url.hostname === '') return reject('That URL names no host.');

  if (isLoopback(url.hostname)) return {ok: true, environment: local(url)};

  if (url.protocol === 'http:') {
    return reject(
      'Plain http:// is accepted only for a local emulator on localhost; ' +
        'Genesys Cloud is reached over https://.',
    );
  }

  if (url.port !== '') {
    return reject('Genesys Cloud hosts use the standard https port.');
  }

  return fromHostname(url.hostname);
}

// A host pasted without its scheme, perhaps with a path after it.
function fromBareHost(text: string): EnvironmentResolution {
  let url: URL;
  try {
    url = new URL(`https://${text}`);
  } catch {
    return reject('That is not a region, a domain or a URL.');
  }

  if (isLoopback(url.hostname)) return localWithoutScheme();

  if (url.port !== '') {
    return reject('Genesys Cloud hosts use the standard https port.');
  }

  return fromHostname(url.hostname);
}

function fromWord(text: string): EnvironmentResolution {
  if (/^localhost$/i.test(text)) return localWithoutScheme();

  const names = listRegions().map((entry) => entry.region);
  const suggestion = closestMatch(text, names);

  if (suggestion) {
    return reject(`That is not a region name; did you mean ${suggestion}?`);
  }

  return reject('That is not a region name.');
}

function localWithoutScheme(): EnvironmentResolution {
  return reject(
    'For a local emulator, enter its whole URL, ' +
      'such as http://localhost:8080.',
  );
}

function fromHostname(hostname: string): EnvironmentResolution {
  const host = hostname.toLowerCase().replace(/\.$/, '');

  if (isIP(host) !== 0 || host.startsWith('[')) {
    return reject('An IP address is not a Genesys Cloud domain.');
  }

  if (!isWellFormedDomain(host)) {
    return reject(`${shown(host)} is not a domain.`);
  }

  if (host === 'genesys.cloud' || host.endsWith('.genesys.cloud')) {
    return reject(
      `${host} serves Genesys' documentation, not an organisation's API.`,
    );
  }

  const deployment = parseDeployment(`https://${host}`);

  if (deployment) {
    return {
      ok: true,
      environment: deployed(deployment.publicDomainName, deployment.region),
    };
  }

  const domain = withoutServicePrefix(host);

  if (domain.split('.').length < 2) {
    return reject(`${shown(host)} is not a domain.`);
  }

  return {
    ok: true,
    environment: deployed(domain, null),
    warning: unknownDomainWarning(domain),
  };
}

// A host with no dot in it is no attempt at a domain: it may be the start
// of a secret pasted into the wrong field, cut at a `/`, so it is not shown.
function shown(host: string): string {
  return host.includes('.') ? host : 'That';
}

function unknownDomainWarning(domain: string): string {
  const known = listRegions().map((entry) => entry.domain);
  const suggestion = closestMatch(domain, known);
  const warning =
    `${domain} is not in Genesys' list of regions known to this tool ` +
    '(it may be newer than the list).';

  return suggestion ? `${warning} Did you mean ${suggestion}?` : warning;
}

function deployed(domain: string, region: string | null): Environment {
  return {
    region,
    domain,
    loginBaseUrl: `https://login.${domain}`,
    apiBaseUrl: `https://api.${domain}`,
    isKnown: region !== null,
    isLocal: false,
  };
}

function local(url: URL): Environment {
  return {
    region: null,
    domain: url.host,
    loginBaseUrl: url.origin,
    apiBaseUrl: url.origin,
    isKnown: false,
    isLocal: true,
  };
}

function withoutServicePrefix(host: string): string {
  const prefix = servicePrefixes.find((candidate) =>
    host.startsWith(candidate),
  );

  return prefix ? host.slice(prefix.length) : host;
}

function isWellFormedDomain(host: string): boolean {
  const labels = host.split('.');
  const topLevel = labels[labels.length - 1] ?? '';

  return (
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) =>
      /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label),
    ) &&
    /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(topLevel)
  );
}
