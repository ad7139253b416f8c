import type {Failure, GenesysClient, Outcome} from '../genesys/types.js';
import {parsePermissions} from './evidence.js';
import type {CheckKit, CheckVerdict} from './check-kit.js';
import {failedRequest, failureWords, reportRecords} from './check-kit.js';
import {diagnose} from './rules.js';
import type {Diagnosis} from './types.js';

interface Call {
  method: string;
  path: string;
  /** What passing this call proves, for the details. */
  proves: string;
  outcome: Outcome<unknown>;
}

/** The permissions a 403 names, as a suffix for a details line. */
function lacking(failure: Failure): string {
  if (failure.kind !== 'api' || failure.status !== 403) return '';
  const permissions = parsePermissions(failure.body);

  return permissions.length > 0 ? `, lacks ${permissions.join(', ')}` : '';
}

const usersPath = '/api/v2/users?pageSize=1';

function describe(call: Call): string {
  const {outcome} = call;
  const answer = outcome.ok
    ? `answered ${outcome.records.at(-1)?.status ?? 'OK'}`
    : `failed (${failureWords(outcome.failure)}${lacking(outcome.failure)})`;

  return `${call.method} ${call.path} ${answer}: ${call.proves}`;
}

/**
 * Reading users (directory:user:view), as the integration in the tutorial
 * does, and every endpoint the profile asks to prove, concurrently.
 */
export async function checkPermissions(
  client: GenesysClient,
  token: string,
  kit: CheckKit,
  /** Settles once tokens/me has named the OAuth client, if it can. */
  clientName: Promise<string | null>,
): Promise<CheckVerdict> {
  const probes = kit.request.probes ?? [];
  const outcomes = await kit.guard(
    Promise.all([
      client.getUsersPage(token),
      ...probes.map((probe) => client.probe(token, probe.method, probe.path)),
    ]),
  );
  const calls: Call[] = [
    {
      method: 'GET',
      path: usersPath,
      proves: 'reading users (directory:user:view)',
      outcome: outcomes[0] as Outcome<unknown>,
    },
    ...probes.map((probe, index) => ({
      method: probe.method.toUpperCase(),
      path: probe.path,
      proves: 'a probe asked for',
      outcome: outcomes[index + 1] as Outcome<unknown>,
    })),
  ];
  const requests = calls.flatMap((call) => call.outcome.records);
  reportRecords('permissions', requests, kit);
  const failed = calls.filter((call) => !call.outcome.ok);
  const diagnoses = await Promise.all(
    failed.map(async (call) => {
      if (call.outcome.ok) return null;
      const url = kit.request.environment.apiBaseUrl + call.path;
      const request = failedRequest(call.outcome, {method: call.method, url});

      return diagnose(
        call.outcome.failure,
        kit.ruleContext('permissions', request, await clientName),
      );
    }),
  );
  const diagnosis = withOtherPermissions(diagnoses, failed);

  return {
    status: failed.length > 0 ? 'fail' : 'pass',
    summary: summaryOf(calls.length, failed.length, diagnosis),
    details: calls.map(describe),
    requests,
    diagnosis,
  };
}

/**
 * The first failure's diagnosis, told also of the permissions the other
 * calls lack, so that one visit to the roles page grants them all.
 */
function withOtherPermissions(
  diagnoses: Array<Diagnosis | null>,
  failed: Call[],
): Diagnosis | null {
  const [first, ...others] = diagnoses;
  if (!first || first.code !== 'missing-permissions') return first ?? null;
  const steps = others.flatMap((other, index) => {
    const call = failed[index + 1];
    const permissions = other?.evidence.permissions;
    if (!call || other?.code !== 'missing-permissions' || !permissions) {
      return [];
    }

    return [
      `For ${call.method} ${call.path}, grant ${permissions.join(', ')} ` +
        'the same way.',
    ];
  });
  const [last, ...rest] = [...first.fix].reverse();
  if (steps.length === 0 || last === undefined) return first;

  return {...first, fix: [...rest.reverse(), ...steps, last]};
}

function summaryOf(
  total: number,
  failed: number,
  diagnosis: Diagnosis | null,
): string {
  if (failed === 0) {
    return total === 1
      ? 'can read users'
      : `all ${total} calls answered, reading users included`;
  }

  const count = total === 1 ? '' : ` (${failed} of ${total} calls failed)`;

  return `${diagnosis?.title ?? 'a call failed'}${count}`;
}
