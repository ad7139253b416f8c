import {Box, Text} from 'ink';
import type {Diagnosis, Evidence} from '../../diagnosis/types.js';

function evidenceLines(evidence: Evidence): string[] {
  const lines: string[] = [];
  if (evidence.status !== undefined) {
    const request = [evidence.method, evidence.url].filter(Boolean).join(' ');
    lines.push(`HTTP ${evidence.status}${request ? ` from ${request}` : ''}`);
  }

  if (evidence.genesysCode) lines.push(`Genesys code: ${evidence.genesysCode}`);
  if (evidence.oauthError) lines.push(`OAuth error: ${evidence.oauthError}`);
  if (evidence.message) lines.push(`Message: ${evidence.message}`);
  if (evidence.permissions?.length) {
    lines.push(`Permissions: ${evidence.permissions.join(', ')}`);
  }

  if (evidence.systemCode) lines.push(`System error: ${evidence.systemCode}`);
  if (evidence.host) lines.push(`Host: ${evidence.host}`);
  if (evidence.certificateIssuer) {
    lines.push(`Certificate issuer: ${evidence.certificateIssuer}`);
  }

  if (evidence.retryAfterSeconds !== undefined) {
    lines.push(`Retry-After: ${evidence.retryAfterSeconds} s`);
  }

  lines.push(`Correlation id: ${evidence.correlationId ?? 'none sent'}`);

  return lines;
}

/** A diagnosis as a card: what it is, why, the evidence, the fix. */
export function DiagnosisCard({diagnosis}: {readonly diagnosis: Diagnosis}) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold wrap="wrap">
        {diagnosis.title} <Text dimColor>({diagnosis.code})</Text>
      </Text>
      <Text wrap="wrap">Cause: {diagnosis.cause}</Text>
      <Text bold>Evidence</Text>
      {evidenceLines(diagnosis.evidence).map((line) => (
        <Text key={line} wrap="wrap">
          {'  '}
          {line}
        </Text>
      ))}
      <Text bold>Fix</Text>
      {diagnosis.fix.map((step, index) => (
        <Text key={step} wrap="wrap">
          {'  '}
          {index + 1}. {step}
        </Text>
      ))}
    </Box>
  );
}
