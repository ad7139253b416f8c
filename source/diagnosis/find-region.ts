import type {
  ClientCredentials,
  Environment,
  GenesysClient,
} from '../genesys/types.js';
import {wrongRegion} from './rules-context.js';
import type {Report} from './types.js';

/** What one region's login host said to the credentials. */
export interface RegionAttempt {
  environment: Environment;
  result: 'accepted' | 'rejected' | 'unreachable';
}

/** The outcome of trying the credentials in every region. */
export interface RegionSearch {
  /** The region whose login host accepted the credentials, if any. */
  found: Environment | null;
  attempts: RegionAttempt[];
}

export interface FindRegionOptions {
  /** How many login hosts are asked at once; 6 by default. */
  concurrency?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** Makes the client for one region; the real one by default. */
  createClient?: (environment: Environment) => Promise<GenesysClient>;
}

async function realClient(
  environment: Environment,
  options: FindRegionOptions,
): Promise<GenesysClient> {
  const {createGenesysClient} = await import('../genesys/client.js');

  return createGenesysClient({
    environment,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    env: options.env,
    // One question per region: a retry would only slow the search.
    retry: {maxAttempts: 1},
  });
}

async function tryRegion(
  credentials: ClientCredentials,
  environment: Environment,
  options: FindRegionOptions,
): Promise<RegionAttempt> {
  const client = options.createClient
    ? await options.createClient(environment)
    : await realClient(environment, options);
  try {
    const outcome = await client.requestToken(credentials);
    // The token is not kept: proving that it was issued is enough.
    if (outcome.ok) return {environment, result: 'accepted'};
    const isRefusal =
      outcome.failure.kind === 'oauth' || outcome.failure.kind === 'api';

    return {environment, result: isRefusal ? 'rejected' : 'unreachable'};
  } finally {
    client.close();
  }
}

/**
 * Sends the same credentials to the login host of each environment, a few
 * at a time, and names the first that accepts them. Sends the client
 * secret to every one of them, so it runs only when asked for.
 */
export async function findRegion(
  credentials: ClientCredentials,
  environments: Environment[],
  options: FindRegionOptions = {},
): Promise<RegionSearch> {
  const queue = [...environments];
  const attempts: RegionAttempt[] = [];
  let found: Environment | null = null;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (found) return;
      options.signal?.throwIfAborted();
      const attempt = await tryRegion(credentials, next, options);
      attempts.push(attempt);
      if (attempt.result === 'accepted') found ??= attempt.environment;
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 6, queue.length));
  await Promise.all(Array.from({length: workers}, worker));

  return {found, attempts};
}

/** Every region in Genesys' registry, as environments. */
export async function registryEnvironments(): Promise<Environment[]> {
  const {listRegions, resolveEnvironment} =
    await import('../genesys/regions.js');

  return listRegions().flatMap(({region}) => {
    const resolved = resolveEnvironment(region);

    return resolved.ok ? [resolved.environment] : [];
  });
}

function searchDetail(search: RegionSearch): string {
  const tried = search.attempts.length;
  const unreachable = search.attempts.filter(
    (attempt) => attempt.result === 'unreachable',
  ).length;
  const missed = unreachable > 0 ? `; ${unreachable} could not be reached` : '';
  if (!search.found) {
    return (
      `--find-region: no region of the ${tried} tried accepted these ` +
      `credentials${missed}: the client id or secret itself is wrong.`
    );
  }

  const where = search.found.region ?? search.found.domain;

  return (
    `--find-region: ${where} accepted these credentials ` +
    `(${tried} tried${missed}).`
  );
}

/**
 * The report with the search's finding: when another region accepted the
 * credentials, the token check's diagnosis becomes `wrong-region`.
 */
export function withRegionSearch(report: Report, search: RegionSearch): Report {
  const {found} = search;
  const isElsewhere =
    found !== null && found.loginBaseUrl !== report.environment.loginBaseUrl;
  const checks = report.checks.map((check) => {
    if (check.id !== 'token') return check;
    // The evidence stays what was seen: the configured region's refusal.
    const diagnosis =
      isElsewhere && found
        ? {
            ...wrongRegion(report.environment, found, report.clientId),
            evidence: check.diagnosis?.evidence ?? {},
          }
        : check.diagnosis;

    return {
      ...check,
      details: [...check.details, searchDetail(search)],
      diagnosis,
    };
  });

  return {...report, checks};
}
