import type {RequestRecord} from '../genesys/types.js';
import type {CheckResult, Diagnosis, Identity, Report} from './types.js';

/** One request as the JSON report shows it. */
export interface JsonRequest {
  method: string;
  url: string;
  status: number | null;
  durationMs: number;
  correlationId: string | null;
  retryAfterSeconds: number | null;
}

/** One check as the JSON report shows it. */
export interface JsonCheck {
  id: CheckResult['id'];
  status: CheckResult['status'];
  durationMs: number;
  summary: string;
  details: string[];
  requests: JsonRequest[];
  diagnosis: Diagnosis | null;
}

/** The document `check --json` prints; docs/json-report.md describes it. */
export interface JsonReport {
  tool: {name: string; version: string};
  profile: string | null;
  environment: {
    region: string | null;
    domain: string;
    loginBaseUrl: string;
    apiBaseUrl: string;
    isKnown: boolean;
  };
  clientId: string;
  ok: boolean;
  startedAt: string;
  durationMs: number;
  token: Report['token'];
  identity: Identity | null;
  checks: JsonCheck[];
}

function jsonRequest(record: RequestRecord): JsonRequest {
  return {
    method: record.method,
    url: record.url,
    status: record.status,
    durationMs: Math.round(record.durationMs),
    correlationId: record.correlationId,
    retryAfterSeconds: record.retryAfterSeconds,
  };
}

function jsonDiagnosis(diagnosis: Diagnosis | null): Diagnosis | null {
  if (!diagnosis) return null;
  const {code, title, cause, fix, evidence} = diagnosis;

  return {code, title, cause, fix: [...fix], evidence: {...evidence}};
}

/** The report in the documented shape, field order included. */
export function toJsonReport(report: Report): JsonReport {
  const {environment} = report;

  return {
    tool: {name: report.tool.name, version: report.tool.version},
    profile: report.profile,
    environment: {
      region: environment.region,
      domain: environment.domain,
      loginBaseUrl: environment.loginBaseUrl,
      apiBaseUrl: environment.apiBaseUrl,
      isKnown: environment.isKnown,
    },
    clientId: report.clientId,
    ok: report.ok,
    startedAt: report.startedAt,
    durationMs: Math.round(report.durationMs),
    token: report.token,
    identity: report.identity,
    checks: report.checks.map((check) => ({
      id: check.id,
      status: check.status,
      durationMs: Math.round(check.durationMs),
      summary: check.summary,
      details: [...check.details],
      requests: check.requests.map(jsonRequest),
      diagnosis: jsonDiagnosis(check.diagnosis),
    })),
  };
}

/** A profile `check --all` could not check, and why. */
export interface ProfileProblem {
  profile: string;
  message: string;
}

/**
 * One report as JSON text; or, for `--all`, `{ok, reports, problems}`,
 * where problems are the profiles that could not be checked at all.
 */
export function renderJson(
  reports: Report | Report[],
  problems: ProfileProblem[] = [],
): string {
  const document = Array.isArray(reports)
    ? {
        ok: problems.length === 0 && reports.every((report) => report.ok),
        reports: reports.map(toJsonReport),
        problems,
      }
    : toJsonReport(reports);

  return `${JSON.stringify(document, null, 2)}\n`;
}
