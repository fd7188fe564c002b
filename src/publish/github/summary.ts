/**
 * The BLUF of a report in GitHub Markdown, for the job summary and the check-run summary:
 * decision and its meaning, active counts by severity and category, the top findings linked to
 * file and line, skipped files, and notes from publishing. Repository text goes through the
 * renderer's escaping, so a file name or evidence string cannot add Markdown or HTML.
 */
import path from 'node:path';

import type { Finding } from '../../model/finding.js';
import { SEVERITIES } from '../../model/finding.js';
import type { Decision, Report } from '../../model/report.js';
import { clipText, codeSpan, escapeMarkdown, wellFormed } from '../../render/escape.js';
import { mostSevereFirst } from './annotations.js';

export interface SummaryOptions {
  /** `https://github.com/OWNER/REPO/blob/SHA`: findings link to files under it; none without it. */
  blobUrl?: string;
  /** The scanned folder relative to the repository root ('' for the root). */
  pathPrefix?: string;
  /** How many findings to list at most. */
  topFindings?: number;
  /** Lines about this run (fallbacks, filters), our own text: escaped too, to be safe. */
  notes?: readonly string[];
  /** Hard size limit in UTF-8 bytes; fewer findings are listed until it fits. */
  maxBytes?: number;
}

const MEANING: Record<Decision, string> = {
  FAIL: 'confirmed disallowed behaviour: at least one active blocker finding.',
  CONDITIONAL_PASS: 'no active blocker, but high findings need a reviewer’s decision.',
  PASS: 'no active blocker or high finding under this profile.',
};

/** The one-line headline, e.g. `FAIL: 3 blocker, 1 high (12 findings)`; used as check-run title. */
export function headline(report: Report): string {
  const t = report.summary.totals_by_severity;
  return `${report.summary.decision}: ${t.blocker} blocker, ${t.high} high (${report.findings.length} findings)`;
}

/** Percent-encodes a URL path segment fully, `()!'*` included, so it cannot end a Markdown link early. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(wellFormed(segment)).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function location(finding: Finding, options: SummaryOptions): string {
  const file = options.pathPrefix ? path.posix.join(options.pathPrefix, finding.file) : finding.file;
  const text = escapeMarkdown(`${file}:${finding.line}`);
  if (!options.blobUrl) return text;
  const url = `${options.blobUrl}/${file.split('/').map(encodeSegment).join('/')}#L${finding.line}`;
  return `[${text}](${url})`;
}

function findingRow(finding: Finding, options: SummaryOptions): string {
  const state = finding.disposition === 'active' ? '' : ` (${finding.disposition})`;
  return `| ${finding.severity}${state} | ${finding.rule_id} ${escapeMarkdown(finding.title)} | ${location(finding, options)} | ${codeSpan(clipText(finding.evidence, 200), true)} |`;
}

function render(report: Report, options: SummaryOptions, listed: number): string {
  const { summary, inventory } = report;
  const out: string[] = [
    `## GateKeeper6: ${summary.decision}`,
    '',
    `**BLUF:** ${summary.decision} — ${MEANING[summary.decision]}`,
    '',
    `Profile \`${report.tool.profile}\`, ${inventory.scanned_files.length} files scanned, ${report.findings.length} findings reported.` +
      (summary.audit_complete
        ? ''
        : ' **The audit is incomplete:** some files could not be analysed (see below).'),
    '',
    '### Active findings by severity',
    '',
    `| ${SEVERITIES.join(' | ')} |`,
    `|${SEVERITIES.map(() => '---:').join('|')}|`,
    `| ${SEVERITIES.map((s) => summary.totals_by_severity[s]).join(' | ')} |`,
    '',
  ];
  const categories = Object.entries(summary.totals_by_category)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  if (categories.length) {
    out.push('### By category', '', '| category | active findings |', '|---|---:|');
    for (const [category, n] of categories) out.push(`| ${category} | ${n} |`);
    out.push('');
  }
  const top = mostSevereFirst(report.findings).slice(0, listed);
  if (top.length) {
    out.push(`### Top findings`, '', '| severity | rule | location | evidence |', '|---|---|---|---|');
    for (const finding of top) out.push(findingRow(finding, options));
    const rest = report.findings.length - top.length;
    if (rest > 0)
      out.push(
        '',
        `…and ${rest} more: every finding is in the audit packet (\`report.md\`, \`report.json\`, SARIF).`,
      );
    out.push('');
  }
  const skipped = inventory.skipped_files;
  if (skipped.length) {
    out.push(`### Skipped files (${skipped.length})`, '');
    for (const s of skipped.slice(0, 20))
      out.push(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`);
    if (skipped.length > 20) out.push(`- …and ${skipped.length - 20} more (see \`report.json\`)`);
    out.push('');
  }
  if (options.notes?.length) {
    out.push('### Notes', '');
    for (const note of options.notes) out.push(`- ${escapeMarkdown(note)}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The summary Markdown. Never exceeds `maxBytes` (default 1 MiB, the job-summary limit): the
 * finding list shrinks first; if even the shortest form is too long it is clipped.
 */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  let listed = Math.min(options.topFindings ?? 20, report.findings.length);
  for (;;) {
    const text = render(report, options, listed);
    if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
    if (listed === 0) return clipText(text, Math.floor(maxBytes / 4));
    listed = Math.floor(listed / 2);
  }
}
