/**
 * Findings as GitHub annotations: one shape for the Checks API, also printed as workflow
 * commands when the Checks API is not available.
 */
import path from 'node:path';

import type { Finding, Severity } from '../../model/finding.js';
import { SEVERITIES } from '../../model/finding.js';
import type { CheckAnnotation } from './github-client.js';
import { clipText, stripControl } from '../../render/escape.js';
import { stripAnsi } from './text.js';

/** Checks API limits: title 255 characters, message 64 KB (kept in UTF-16 units that fit it in UTF-8). */
const MAX_TITLE = 255;
const MAX_MESSAGE = 20_000;

/**
 * The annotation level of a finding: an active blocker fails, an active high warns, the rest
 * (lower severities, and anything waived, allowlisted, baselined...) is a notice.
 */
export function annotationLevel(finding: Finding): CheckAnnotation['annotation_level'] {
  if (finding.disposition !== 'active') return 'notice';
  if (finding.severity === 'blocker') return 'failure';
  if (finding.severity === 'high') return 'warning';
  return 'notice';
}

function message(finding: Finding): string {
  const lines = [
    finding.evidence,
    '',
    `Why it matters: ${finding.why_it_matters}`,
    `Fix: ${finding.remediation}`,
  ];
  if (finding.disposition !== 'active') {
    const why = finding.justification ? ` — ${finding.justification}` : '';
    lines.push(`Disposition: ${finding.disposition}${why}`);
  }
  return lines.join('\n');
}

/** Text without ANSI or control characters, hidden ones shown, every line break (CR, CRLF, U+2028) a LF. */
function plainText(text: string): string {
  return stripControl(stripAnsi(text));
}

/**
 * The annotation for `finding`. `pathPrefix` is the scanned folder relative to the repository
 * root ('' for the root) because findings are relative to the scanned folder and annotations to
 * the repository. Text is stripped of ANSI/control characters, line breaks become LF, and it is
 * clipped to the API limits;
 * bad line numbers are raised to 1 so the API never rejects the batch.
 */
export function toAnnotation(finding: Finding, pathPrefix = ''): CheckAnnotation {
  const startLine = Math.max(1, Math.trunc(finding.line) || 1);
  const endLine = Math.max(startLine, Math.trunc(finding.end_line) || startLine);
  const annotation: CheckAnnotation = {
    path: pathPrefix ? path.posix.join(pathPrefix, finding.file) : finding.file,
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotationLevel(finding),
    title: clipText(plainText(`${finding.rule_id} ${finding.title} [${finding.severity}]`), MAX_TITLE),
    message: clipText(plainText(message(finding)), MAX_MESSAGE),
  };
  // The API accepts columns only on single-line annotations.
  if (startLine === endLine && finding.column >= 1 && finding.end_column >= finding.column) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.end_column;
  }
  return annotation;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/**
 * Findings ordered most severe first (active before the rest), then in report order; stable, so
 * the same report always gives the same list. Used where only the first few are shown.
 */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(a.finding.disposition !== 'active') - Number(b.finding.disposition !== 'active') ||
        rank(a.finding.severity) - rank(b.finding.severity) ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}
