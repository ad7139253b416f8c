import type {GenesysClient} from '../genesys/types.js';
import {tool} from '../tool.js';
import {checkRetryPolicy} from './check-settings.js';
import {checkEnvironment} from './check-environment.js';
import {checkIdentity} from './check-identity.js';
import type {CheckKit, CheckRequest} from './check-kit.js';
import {ruleContextFor, skipped, timed} from './check-kit.js';
import {checkPermissions} from './check-permissions.js';
import {checkSso} from './check-sso.js';
import {checkToken} from './check-token.js';
import {scrubReport} from './scrub.js';
import type {CheckEvent, CheckResult, Identity, Report} from './types.js';

export type {CheckRequest} from './check-kit.js';

/** How a run is watched and cancelled. */
export interface RunOptions {
  /** Cancels the run: it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Told when each check starts and ends and of each request it made. */
  onEvent?: (event: CheckEvent) => void;
  /** A client to use instead of one made for the request's environment. */
  client?: GenesysClient;
}

function guardFor(signal: AbortSignal | undefined) {
  return async <T>(call: Promise<T>): Promise<T> => {
    if (!signal) return call;
    // Once cancelled, the call's own rejection is of no interest.
    call.catch(() => undefined);
    signal.throwIfAborted();

    return new Promise<T>((resolve, reject) => {
      const abort = () => reject(signal.reason);
      signal.addEventListener('abort', abort, {once: true});
      call.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', abort);
      });
    });
  };
}

async function makeClient(
  request: CheckRequest,
  signal: AbortSignal | undefined,
): Promise<GenesysClient> {
  const {createGenesysClient} = await import('../genesys/client.js');

  return createGenesysClient({
    environment: request.environment,
    timeoutMs: request.timeoutMs,
    // Every front end's checks report a long Retry-After, not only check's.
    retry: {...checkRetryPolicy, ...request.retry},
    env: request.env,
    signal,
    userAgent: `${tool.name}/${tool.version}`,
  });
}

/**
 * Runs the checks in order: environment, token, then identity, permissions
 * and single sign-on concurrently with the token in hand. Failures become
 * diagnoses in the report; only cancellation rejects.
 */
export async function runChecks(
  request: CheckRequest,
  options: RunOptions = {},
): Promise<Report> {
  const {signal} = options;
  signal?.throwIfAborted();
  const startedAt = new Date();
  const started = performance.now();
  const kit: CheckKit = {
    request,
    emit: (event) => options.onEvent?.(event),
    guard: guardFor(signal),
    ruleContext: ruleContextFor(request),
  };
  const client = options.client ?? (await makeClient(request, signal));
  try {
    const environment = await timed('environment', kit, async () =>
      checkEnvironment(request.environment),
    );
    let tokenCheck: Awaited<ReturnType<typeof checkToken>> | undefined;
    const token = await timed('token', kit, async () => {
      tokenCheck = await checkToken(client, kit);

      return tokenCheck.verdict;
    });
    const accessToken = tokenCheck?.token?.accessToken;
    const later = accessToken
      ? await laterChecks(client, accessToken, kit)
      : {checks: await skipAll(kit), identity: null};
    const checks = [environment, token, ...later.checks];
    const report: Report = {
      tool,
      profile: request.profile,
      environment: request.environment,
      clientId: request.credentials.clientId,
      ok: checks.every((check) => check.status !== 'fail'),
      startedAt: startedAt.toISOString(),
      durationMs: performance.now() - started,
      token: tokenCheck?.summary ?? null,
      identity: later.identity,
      checks,
    };
    return scrubReport(report, secretsOf(request, accessToken));
  } finally {
    if (!options.client) client.close();
  }
}

function skipAll(kit: CheckKit): Promise<CheckResult[]> {
  const why = 'skipped: no access token, because the token check failed';

  return Promise.all(
    (['identity', 'permissions', 'sso'] as const).map((id) =>
      timed(id, kit, async () => skipped(why)),
    ),
  );
}

async function laterChecks(
  client: GenesysClient,
  accessToken: string,
  kit: CheckKit,
): Promise<{checks: CheckResult[]; identity: Identity | null}> {
  let identity: Identity | null = null;
  const identityCheck = timed('identity', kit, async () => {
    const result = await checkIdentity(client, accessToken, kit);
    identity = result.identity;

    return result.verdict;
  });
  const clientName = identityCheck.then(
    () => (identity as Identity | null)?.oauthClient?.name ?? null,
    () => null,
  );
  const checks = await Promise.all([
    identityCheck,
    timed('permissions', kit, () =>
      checkPermissions(client, accessToken, kit, clientName),
    ),
    timed('sso', kit, () => checkSso(client, accessToken, kit, clientName)),
  ]);

  return {checks, identity};
}

/** What must never show, in every form a request carries it. */
export function secretsOf(
  request: CheckRequest,
  accessToken?: string,
): string[] {
  const {clientId, clientSecret} = request.credentials;
  // A client id pasted as the secret is no secret, and must stay readable.
  const secret = clientSecret === clientId ? '' : clientSecret;

  return [secret, secret && `${clientId}:${secret}`, accessToken ?? ''].filter(
    (value) => value.length > 0,
  );
}
