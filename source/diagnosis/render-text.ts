import type {Environment} from '../genesys/types.js';
import type {CheckResult, Diagnosis, Evidence, Report} from './types.js';
import type {TextStyle} from './text-style.js';
import {faint, statusMark, strong} from './text-style.js';

export type {TextStyle} from './text-style.js';
export {colorAllowed, unicodeAllowed} from './text-style.js';

/** How a region is named in the report's heading. */
export function describeEnvironment(environment: Environment): string {
  if (environment.isLocal) return `local emulator at ${environment.domain}`;
  if (environment.region) {
    return `${environment.region} (${environment.domain})`;
  }

  return `${environment.domain} (not a listed region)`;
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function heading(report: Report, style: TextStyle): string[] {
  const profile = report.profile ? `profile ${report.profile}, ` : '';

  return [
    strong(
      `${report.tool.name} check: ${profile}` +
        `${describeEnvironment(report.environment)}`,
      style,
    ),
    `OAuth client ${report.clientId}`,
    '',
  ];
}

function checkLines(check: CheckResult, style: TextStyle): string[] {
  const name = check.id.padEnd(11);
  const time = faint(`(${formatSeconds(check.durationMs)})`, style);
  const lines = [
    `${statusMark(check.status, style)}  ${name} ${check.summary} ${time}`,
  ];

  return [...lines, ...check.details.map((detail) => `         ${detail}`)];
}

const evidenceLabels: Array<[keyof Evidence, string]> = [
  ['status', 'HTTP status'],
  ['genesysCode', 'Genesys code'],
  ['oauthError', 'OAuth error'],
  ['message', 'Message'],
  ['permissions', 'Permissions'],
  ['retryAfterSeconds', 'Retry-After (s)'],
  ['host', 'Host'],
  ['systemCode', 'System error'],
  ['certificateIssuer', 'Certificate issuer'],
  ['correlationId', 'Correlation id'],
];

function evidenceLines(evidence: Evidence): string[] {
  const lines =
    evidence.method && evidence.url
      ? [`Request: ${evidence.method} ${evidence.url}`]
      : [];
  for (const [key, label] of evidenceLabels) {
    const value = evidence[key];
    if (value === undefined) continue;
    lines.push(
      `${label}: ${Array.isArray(value) ? value.join(', ') : String(value)}`,
    );
  }

  return lines;
}

/** One diagnosis: title, cause, evidence and numbered fix steps. */
export function diagnosisLines(
  diagnosis: Diagnosis,
  status: CheckResult['status'],
  style: TextStyle,
): string[] {
  return [
    `${statusMark(status, style)}  ${strong(diagnosis.title, style)} ` +
      faint(`[${diagnosis.code}]`, style),
    `   ${diagnosis.cause}`,
    ...evidenceLines(diagnosis.evidence).map((line) => `   ${line}`),
    '   What to do:',
    ...diagnosis.fix.map((step, index) => `   ${index + 1}. ${step}`),
  ];
}

function verdict(report: Report): string {
  const count = (status: CheckResult['status']) =>
    report.checks.filter((check) => check.status === status).length;
  const failed = count('fail');
  const warned = count('warn');
  const parts = [
    failed === 0 ? 'All checks passed' : `${failed} failed`,
    ...(warned > 0 ? [`${warned} with a warning`] : []),
  ];

  return `${parts.join(', ')} (${formatSeconds(report.durationMs)}).`;
}

/** The whole report as plain lines, for pipes, logs and CI. */
export function renderText(report: Report, style: TextStyle): string {
  const diagnosed = report.checks.filter((check) => check.diagnosis);
  const sections = diagnosed.flatMap((check) => [
    '',
    ...diagnosisLines(check.diagnosis as Diagnosis, check.status, style),
  ]);
  const lines = [
    ...heading(report, style),
    ...report.checks.flatMap((check) => checkLines(check, style)),
    ...sections,
    '',
    strong(verdict(report), style),
  ];

  return `${lines.join('\n')}\n`;
}
