import {Box, Text} from 'ink';
import type {Report} from '../../diagnosis/types.js';
import {checkTitles, formatDuration} from '../format.js';
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

/** The verdict, who the token belongs to, and one line per check. */
export function ReportSummary({report}: {readonly report: Report}) {
  const who = whoLine(report);

  return (
    <Box flexDirection="column">
      <Text bold wrap="wrap">
        {verdict(report)}
      </Text>
      {who ? <Text wrap="wrap">{who}</Text> : null}
      {report.token ? (
        <Text dimColor>
          Access token fingerprint {report.token.fingerprint}, expires in{' '}
          {report.token.expiresInSeconds} s
        </Text>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        {report.checks.map((check) => (
          <Box key={check.id} flexDirection="column">
            <Text wrap="wrap">
              <Status status={check.status} /> {checkTitles[check.id]}:{' '}
              {check.summary}{' '}
              <Text dimColor>{formatDuration(check.durationMs)}</Text>
            </Text>
            {check.diagnosis && check.status !== 'fail' ? (
              <Text dimColor wrap="wrap">
                {'       '}
                {check.diagnosis.title} ({check.diagnosis.code})
              </Text>
            ) : null}
            {(check.status === 'fail' ? check.details : []).map((detail) => (
              <Text key={detail} dimColor wrap="wrap">
                {'       '}
                {detail}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
