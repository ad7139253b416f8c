import type {GenesysClient, Outcome} from '../genesys/types.js';
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

const usersPath = '/api/v2/users?pageSize=1';

function describe(call: Call): string {
  const answer = call.outcome.ok
    ? `answered ${call.outcome.records.at(-1)?.status ?? 'OK'}`
    : `failed (${failureWords(call.outcome.failure)})`;

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
  const first = failed[0];
  let diagnosis: Diagnosis | null = null;
  if (first && !first.outcome.ok) {
    const url = kit.request.environment.apiBaseUrl + first.path;
    const request = failedRequest(first.outcome, {method: first.method, url});
    diagnosis = diagnose(
      first.outcome.failure,
      kit.ruleContext('permissions', request, await clientName),
    );
  }

  return {
    status: failed.length > 0 ? 'fail' : 'pass',
    summary: summaryOf(calls.length, failed.length, diagnosis),
    details: calls.map(describe),
    requests,
    diagnosis,
  };
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
