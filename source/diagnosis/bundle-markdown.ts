import type {RequestRecord} from '../genesys/types.js';
import type {ProxySettings} from './proxy-settings.js';
import {describeEnvironment} from './render-text.js';
import type {CheckResult, Diagnosis, Report} from './types.js';

/** Facts about the machine that ran the checks. */
export interface SystemFacts {
  node: string;
  os: string;
  /** ISO 8601. */
  writtenAt: string;
}

/** Backticks and pipes would break the Markdown tables. */
function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '-';

  return String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const requestColumns = [
  'method',
  'url',
  'status',
  'duration',
  'attempt',
  'correlation id',
  'retry-after (s)',
];

/** One Markdown table row. */
function row(cells: Array<string | number | null | undefined>): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function tokenWords(report: Report): string {
  const {token} = report;
  if (!token) return 'none';

  return (
    `${token.type}, ${token.expiresInSeconds} s, ` +
    `fingerprint ${token.fingerprint}`
  );
}

function requestRow(record: RequestRecord): string {
  return `| ${[
    record.method,
    record.url,
    record.status ?? 'no answer',
    `${Math.round(record.durationMs)} ms`,
    record.attempt,
    record.correlationId,
    record.retryAfterSeconds,
  ]
    .map(cell)
    .join(' | ')} |`;
}

function diagnosisSection(check: CheckResult, diagnosis: Diagnosis): string[] {
  const evidence = Object.entries(diagnosis.evidence).map(
    ([key, value]) =>
      `- ${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`,
  );

  return [
    `#### ${check.id}: ${diagnosis.title} (\`${diagnosis.code}\`)`,
    '',
    diagnosis.cause,
    '',
    ...evidence,
    '',
    ...diagnosis.fix.map((step, index) => `${index + 1}. ${step}`),
    '',
  ];
}

function reportSection(report: Report): string[] {
  const {environment} = report;
  const requests = report.checks.flatMap((check) => check.requests);
  const heading = report.profile
    ? `Profile ${report.profile}`
    : 'Checked credentials';

  return [
    `## ${heading}`,
    '',
    `- Result: ${report.ok ? 'passed' : 'failed'}`,
    `- Started: ${report.startedAt} (${Math.round(report.durationMs)} ms)`,
    `- Region: ${describeEnvironment(environment)}`,
    `- Login host: ${environment.loginBaseUrl}`,
    `- API host: ${environment.apiBaseUrl}`,
    `- OAuth client id: ${report.clientId}`,
    `- Token: ${tokenWords(report)}`,
    ...(report.identity?.organization
      ? [
          `- Organization: ${report.identity.organization.name ?? '-'} ` +
            `(${report.identity.organization.id})`,
        ]
      : []),
    '',
    '### Checks',
    '',
    '| check | status | duration | summary |',
    '| --- | --- | --- | --- |',
    ...report.checks.map((check) =>
      row([
        check.id,
        check.status,
        `${Math.round(check.durationMs)} ms`,
        check.summary,
      ]),
    ),
    '',
    ...report.checks.flatMap((check) =>
      check.details.length === 0
        ? []
        : [
            `${check.id}:`,
            '',
            ...check.details.map((line) => `- ${line.trim()}`),
            '',
          ],
    ),
    '### Requests',
    '',
    row(requestColumns),
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...requests.map(requestRow),
    '',
    '### Diagnoses',
    '',
    ...report.checks.flatMap((check) =>
      check.diagnosis ? diagnosisSection(check, check.diagnosis) : [],
    ),
  ];
}

/**
 * The support bundle: what a Genesys support engineer or a colleague needs
 * to follow the run. It is built only from the report, which holds no
 * secret and no token, and is redacted again before it is written.
 */
export function renderBundle(
  reports: Report[],
  facts: SystemFacts,
  proxy: ProxySettings,
): string {
  const tool = reports[0]?.tool;
  const lines = [
    '# genesys-auth support bundle',
    '',
    'Holds no client secret and no access token; tokens appear only as ' +
      'fingerprints.',
    '',
    `- Tool: ${tool ? `${tool.name} ${tool.version}` : 'genesys-auth'}`,
    `- Node.js: ${facts.node}`,
    `- OS: ${facts.os}`,
    `- Written: ${facts.writtenAt}`,
    `- HTTPS proxy: ${proxy.httpsProxy ?? 'none'}`,
    `- NO_PROXY: ${proxy.noProxy ?? 'none'}`,
    '',
    ...reports.flatMap(reportSection),
  ];

  return `${lines.join('\n').trimEnd()}\n`;
}
