import {Box, Text} from 'ink';
import type {CheckResult, Report} from '../../diagnosis/types.js';
import {checkTitles} from '../../services/check-titles.js';
import {formatDuration} from '../format.js';
import {Status} from './status.js';

function verdict(report: Report): string {
  const failed = report.checks.filter((check) => check.status === 'fail');
  const warned = report.checks.filter((check) => check.status === 'warn');
  if (failed.length > 0) {
    const noun = failed.length === 1 ? 'check' : 'checks';

    return `${failed.length} ${noun} failed: the integration does not work yet.`;
  }

  return warned.length > 0
    ? 'The integration works, with warnings.'
    : 'The integration works: every check passed.';
}

function whoLine(report: Report): string | null {
  const client = report.identity?.oauthClient;
  const organization = report.identity?.organization;
  if (!client && !organization) return null;
  const clientName = client?.name ?? client?.id ?? 'unknown client';
  const orgName =
    organization?.name ?? organization?.shortName ?? 'unknown organisation';

  return `OAuth client "${clientName}" in organisation "${orgName}"`;
}

function tokenLine(report: Report): string | null {
  const {token} = report;
  if (!token) return null;

  return (
    `Access token fingerprint ${token.fingerprint}, ` +
    `expires in ${token.expiresInSeconds} s`
  );
}

/** The lines under a check's status: details of a failure, a warning. */
function notes(check: CheckResult): string[] {
  if (check.status === 'fail') return check.details;
  if (!check.diagnosis) return [];

  return [`${check.diagnosis.title} (${check.diagnosis.code})`];
}

/** Rows the compact summary takes: verdict, who, token, gap, checks. */
export function summaryRows(report: Report): number {
  const optional = [whoLine(report), tokenLine(report)];

  return 2 + optional.filter(Boolean).length + report.checks.length;
}

export interface ReportSummaryProps {
  readonly report: Report;
  /** One row per line, cut at the edge, so the rows can be counted. */
  readonly isCompact?: boolean;
}

/** The verdict, who the token belongs to, and one line per check. */
export function ReportSummary({report, isCompact = false}: ReportSummaryProps) {
  const wrap = isCompact ? 'truncate-end' : 'wrap';
  const who = whoLine(report);
  const token = tokenLine(report);

  return (
    <Box flexDirection="column">
      <Text bold wrap={wrap}>
        {verdict(report)}
      </Text>
      {who ? <Text wrap={wrap}>{who}</Text> : null}
      {token ? (
        <Text dimColor wrap={wrap}>
          {token}
        </Text>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        {report.checks.map((check) => (
          <Box key={check.id} flexDirection="column">
            <Text wrap={wrap}>
              <Status status={check.status} /> {checkTitles[check.id]}:{' '}
              {check.summary}{' '}
              <Text dimColor>{formatDuration(check.durationMs)}</Text>
            </Text>
            {(isCompact ? [] : notes(check)).map((note) => (
              <Text key={note} dimColor wrap="wrap">
                {'       '}
                {note}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
