import type {Diagnosis, Evidence, Report} from '../diagnosis/types.js';
import {wrapText} from './wrap.js';

/** One line of a diagnosis card, already wrapped to the card's width. */
export interface CardLine {
  text: string;
  isBold?: boolean;
}

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

/** A diagnosis as card lines: what it is, why, the evidence, the fix. */
export function cardLines(diagnosis: Diagnosis, width: number): CardLine[] {
  const wrap = (text: string, indent = '', isBold = false) =>
    wrapText(text, width, indent).map((line) => ({text: line, isBold}));

  return [
    ...wrap(`${diagnosis.title} (${diagnosis.code})`, '', true),
    ...wrap(`Cause: ${diagnosis.cause}`, '  '),
    {text: 'Evidence', isBold: true},
    ...evidenceLines(diagnosis.evidence).flatMap((line) =>
      wrap(`  ${line}`, '    '),
    ),
    {text: 'Fix', isBold: true},
    ...diagnosis.fix.flatMap((step, index) =>
      wrap(`  ${index + 1}. ${step}`, '     '),
    ),
  ];
}

/**
 * The diagnoses worth a card, one per cause (a 429 met by two checks is
 * one thing to fix): failures first, then warnings.
 */
export function diagnosesOf(report: Report): Diagnosis[] {
  const ranked = [
    ...report.checks.filter((check) => check.status === 'fail'),
    ...report.checks.filter((check) => check.status === 'warn'),
  ];
  const byCode = new Map(
    ranked.flatMap((check) =>
      check.diagnosis ? [[check.diagnosis.code, check.diagnosis] as const] : [],
    ),
  );

  return [...byCode.values()];
}
