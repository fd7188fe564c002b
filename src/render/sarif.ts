/**
 * `report.sarif`: SARIF 2.1.0 in the subset GitHub code scanning reads
 * (docs: code-security/reference/code-scanning/sarif-files/sarif-support).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Confidence, Disposition, Finding, Severity } from '../model/finding.js';
import { SEVERITIES } from '../model/finding.js';
import { compareText } from '../model/finding-order.js';
import type { Report } from '../model/report.js';
import type { RuleMeta } from '../model/rulepack.js';
import { FINGERPRINT_KEY } from '../review/fingerprint.js';
import { clipText, escapeSarifText, stripControl, wellFormed } from './escape.js';
import { orderedReport } from './report-json.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * `security-severity` per severity. GitHub labels 9.0 and above critical, 7.0–8.9 high,
 * 4.0–6.9 medium and 0.1–3.9 low; each value sits inside its band rather than on an edge (the
 * 9.0 boundary is ambiguous in GitHub's wording). `info` stays a low security finding rather than
 * 0.0, which would drop the rule out of the security view.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  blocker: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** SARIF `level` per severity: what gates is an error, what needs review a warning, the rest notes. */
export const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  blocker: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub's `precision` per rule confidence. */
export const PRECISION: Readonly<Record<Confidence, 'high' | 'medium' | 'low'>> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
};

/**
 * SARIF suppression kind per non-active disposition: a waiver is written in the source, every
 * other reason (allowlist file, policy, baseline, exclude glob) lives outside it.
 */
export const SUPPRESSION_KIND: Readonly<Record<Exclude<Disposition, 'active'>, 'inSource' | 'external'>> = {
  waived: 'inSource',
  allowlisted: 'external',
  allowed_by_policy: 'external',
  baseline: 'external',
  excluded: 'external',
};

/** What a suppression says when the finding carries no justification of its own. */
const DEFAULT_JUSTIFICATION: Readonly<Record<Exclude<Disposition, 'active'>, string>> = {
  waived: 'waived inline',
  allowlisted: 'allowlisted',
  allowed_by_policy: 'allowed by the security policy',
  baseline: 'present in the baseline',
  excluded: 'in a file excluded from the scan',
};

const SRCROOT = '%SRCROOT%';
/** GitHub reads at most 1024 characters of a description and 10 tags of a rule. */
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 10;
/** Longest result message; evidence is meant to be short, this bounds a runaway one. */
const MAX_MESSAGE = 2000;
/** GitHub rejects a run with more results than this. */
const MAX_RESULTS = 25_000;

/** A rule as `tool.driver.rules` lists it (GitHub's `reportingDescriptor` subset). */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

/** Folds whitespace runs (rule prose is wrapped YAML) to single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `Network connection to a non-loopback destination` -> `NetworkConnectionToANonLoopbackDestination`. */
function ruleName(title: string): string {
  const words = title.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  return clipText(words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''), 255) || 'Rule';
}

/** `CWE-78` (any case, any padding) -> `external/cwe/cwe-78`, as CodeQL tags it; anything else is kept as written. */
function cweTag(cwe: string): string {
  const match = /^cwe-?0*(\d+)$/i.exec(cwe.trim());
  return match ? `external/cwe/cwe-${match[1]}` : cwe.trim();
}

/** A fenced block whose fence cannot be closed by the content. */
function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}

function helpText(rule: RuleMeta): string {
  const { docs } = rule;
  return [
    `What it detects: ${oneLine(docs.what)}`,
    `Why it matters: ${oneLine(docs.why)}`,
    `Flagged example:\n${docs.example.flagged}`,
    `Safe rewrite:\n${docs.example.safe}`,
    `How to fix: ${oneLine(docs.fix)}`,
    ...(docs.references.length > 0
      ? [`References:\n${docs.references.map((r) => `- ${r}`).join('\n')}`]
      : []),
  ].join('\n\n');
}

/** Rule documentation is our own Markdown (the rulepack is reviewed prose, not repository content). */
function helpMarkdown(rule: RuleMeta): string {
  const { docs } = rule;
  return [
    `## What it detects\n\n${oneLine(docs.what)}`,
    `## Why it matters\n\n${oneLine(docs.why)}`,
    `## Example\n\nFlagged:\n\n${fenced(docs.example.flagged)}\n\nSafe:\n\n${fenced(docs.example.safe)}`,
    `## How to fix\n\n${oneLine(docs.fix)}`,
    ...(docs.references.length > 0
      ? [
          `## References\n\n${docs.references.map((r) => `- ${/^https?:\/\/\S+$/.test(r) ? `<${r}>` : r}`).join('\n')}`,
        ]
      : []),
  ].join('\n\n');
}

function describeRule(rule: RuleMeta, profile: Report['tool']['profile']): SarifRule {
  const severity = rule.severity[profile];
  const tags = ['security', rule.category, ...rule.cwe.map(cweTag)];
  return {
    id: rule.id,
    name: ruleName(rule.title),
    shortDescription: { text: clipText(oneLine(rule.title), MAX_DESCRIPTION) },
    fullDescription: {
      text: clipText(`${oneLine(rule.docs.what)} ${oneLine(rule.docs.why)}`, MAX_DESCRIPTION),
    },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    properties: {
      tags: [...new Set(tags)].slice(0, MAX_TAGS),
      precision: PRECISION[rule.confidence],
      'security-severity': SECURITY_SEVERITY[severity],
    },
  };
}

/**
 * A rule the metadata map lacks (the caller passed a partial map): described from its first
 * finding, so every result still has a rule with the fields GitHub requires.
 */
function describeUnknownRule(finding: Finding): SarifRule {
  const title = escapeSarifText(finding.title) || finding.rule_id;
  return {
    id: finding.rule_id,
    name: ruleName(finding.title),
    shortDescription: { text: clipText(title, MAX_DESCRIPTION) },
    fullDescription: { text: clipText(escapeSarifText(finding.why_it_matters) || title, MAX_DESCRIPTION) },
    help: { text: escapeSarifText(finding.remediation) || title },
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: {
      tags: ['security', finding.category],
      precision: PRECISION[finding.confidence],
      'security-severity': SECURITY_SEVERITY[finding.severity],
    },
  };
}

/** A repository-relative POSIX path as a URI reference: each segment percent-encoded, slashes kept. */
export function pathToUri(relativePath: string): string {
  return relativePath
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

/** `file:` URI of an absolute directory, with the trailing slash SARIF base URIs need; undefined for a relative one. */
function directoryUri(dir: string): string | undefined {
  if (!path.isAbsolute(dir)) return undefined;
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** SARIF regions are 1-based and end after their start; a finding without a position points at line 1. */
function region(f: Finding): Record<string, number> {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.end_line);
  const out: Record<string, number> = { startLine, startColumn, endLine };
  if (endLine > startLine || f.end_column > startColumn) out.endColumn = f.end_column;
  return out;
}

function message(f: Finding): string {
  const facts: string[] = [];
  if (f.details.destination !== undefined) facts.push(`destination ${f.details.destination}`);
  if (f.details.provenance !== undefined) facts.push(`from ${f.details.provenance}`);
  if (f.details.command !== undefined) facts.push(`command ${f.details.command}`);
  const tail = facts.length > 0 ? ` (${facts.join('; ')})` : '';
  const head = f.title === '' ? f.rule_id : f.title;
  const text = f.evidence === '' ? `${head}${tail}` : `${head}: ${f.evidence}${tail}`;
  return escapeSarifText(clipText(text, MAX_MESSAGE));
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.rule_id,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: SRCROOT },
          region: region(f),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      category: f.category,
      disposition: f.disposition,
    },
  };
  if (f.disposition !== 'active') {
    const justification = stripControl(f.justification ?? '').trim() || DEFAULT_JUSTIFICATION[f.disposition];
    const suppression: Record<string, unknown> = {
      kind: SUPPRESSION_KIND[f.disposition],
      status: 'accepted',
      justification,
    };
    // An in-source suppression names where it is written (SARIF 2.1.0 §3.35.5): the waiver comment.
    const waiverLine = f.details.waiver_line;
    if (f.disposition === 'waived' && typeof waiverLine === 'number' && waiverLine >= 1) {
      suppression.location = {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: SRCROOT },
          region: { startLine: waiverLine },
        },
      };
    }
    out.suppressions = [suppression];
  }
  return out;
}

/**
 * Keeps at most `max` findings for SARIF, the most severe first (GitHub rejects a run with more than
 * 25,000 results), in report order; the rest stay in report.json.
 */
function keptForSarif(findings: readonly Finding[], max: number): Finding[] {
  if (findings.length <= max) return [...findings];
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const kept = new Set([...findings].sort((a, b) => rank(a) - rank(b)).slice(0, Math.max(0, max)));
  return findings.filter((f) => kept.has(f));
}

export interface SarifOptions {
  /** Results kept, most severe first. Default 25,000, GitHub's limit per run. */
  maxResults?: number;
}

/**
 * The SARIF text for a report: one run whose driver lists every rule of `rules` (sorted by id,
 * plus any rule a finding names that the map lacks), one result per finding in report order
 * (suppressed findings included, with `suppressions` carrying their disposition and
 * justification), `automationDetails.id` = `gatekeeper6/<profile>/`, and one invocation whose
 * notifications list the skipped files. Over `maxResults` findings, the most severe are kept and a
 * notification says how many were left out. Repository text is reduced to plain text (hidden
 * characters shown, brackets escaped). Pure and deterministic; 2-space indent, trailing newline.
 */
export function renderSarif(
  report: Report,
  rules: ReadonlyMap<string, RuleMeta>,
  options: SarifOptions = {},
): string {
  const ordered = orderedReport(report);
  const { tool, run, target, inventory } = ordered;
  const findings = keptForSarif(ordered.findings, options.maxResults ?? MAX_RESULTS);
  const leftOut = ordered.findings.length - findings.length;

  const described = [...rules.values()]
    .sort((a, b) => compareText(a.id, b.id))
    .map((rule) => describeRule(rule, tool.profile));
  const indexOf = new Map(described.map((r, i) => [r.id, i]));
  for (const f of findings) {
    if (!indexOf.has(f.rule_id)) indexOf.set(f.rule_id, described.push(describeUnknownRule(f)) - 1);
  }

  const rootUri = directoryUri(target.root_path);
  const cwdUri = directoryUri(run.cwd);
  const sarifRun = {
    tool: {
      driver: {
        name: tool.name,
        semanticVersion: tool.version,
        properties: { profile: tool.profile, rulepack_hash: tool.rulepack_hash },
        rules: described,
      },
    },
    automationDetails: { id: `gatekeeper6/${tool.profile}/` },
    ...(rootUri === undefined ? {} : { originalUriBaseIds: { [SRCROOT]: { uri: rootUri } } }),
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: run.started_at,
        endTimeUtc: run.finished_at,
        ...(cwdUri === undefined ? {} : { workingDirectory: { uri: cwdUri } }),
        toolExecutionNotifications: [
          ...inventory.skipped_files.map((s) => ({
            level: 'warning',
            message: { text: escapeSarifText(`File not analysed: ${s.reason}`) },
            locations: [
              { physicalLocation: { artifactLocation: { uri: pathToUri(s.path), uriBaseId: SRCROOT } } },
            ],
          })),
          ...(leftOut > 0
            ? [
                {
                  level: 'warning',
                  message: { text: `${leftOut} less severe findings left out; all are in report.json` },
                },
              ]
            : []),
        ],
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: findings.map((f) => result(f, indexOf.get(f.rule_id)!)),
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] }, null, 2)}\n`;
}
