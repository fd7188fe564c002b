/** `report.json`: the Report with a fixed key order, so the same scan gives the same bytes. */
import type { Finding } from '../model/finding.js';
import { compareBaselineFindings, compareFindings, compareText } from '../model/finding-order.js';
import { CATEGORIES, DISPOSITIONS, SEVERITIES } from '../model/finding.js';
import type { BaselineSummary, LedgerEntry, Report } from '../model/report.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Rebuilds a plain JSON value with every object's keys in code-unit order; `undefined` members vanish as in JSON. */
export function sortKeysDeep(value: unknown): Json {
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort(compareText)) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeysDeep(member);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Copies the keys of `order` that `record` has, in that order, then any others in code-unit order. */
function ordered<K extends string>(
  record: Partial<Record<K, number>>,
  order: readonly K[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of order) {
    const count = record[key];
    if (count !== undefined) out[key] = count;
  }
  for (const key of (Object.keys(record) as K[]).sort(compareText)) {
    const count = record[key];
    if (!(key in out) && count !== undefined) out[key] = count;
  }
  return out;
}

/** Findings in report order with each one's keys as `Finding` declares them. */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings).map((f) => ({
    rule_id: f.rule_id,
    title: f.title,
    category: f.category,
    severity: f.severity,
    confidence: f.confidence,
    file: f.file,
    line: f.line,
    column: f.column,
    end_line: f.end_line,
    end_column: f.end_column,
    evidence: f.evidence,
    why_it_matters: f.why_it_matters,
    remediation: f.remediation,
    fingerprint: f.fingerprint,
    details: sortKeysDeep(f.details) as Finding['details'],
    disposition: f.disposition,
    justification: f.justification,
  }));
}

function byPath<T extends { path: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareText(a.path, b.path));
}

function orderedLedger(entry: LedgerEntry): LedgerEntry {
  return {
    source: entry.source,
    location: entry.location,
    rules: [...entry.rules].sort(compareText),
    justification: entry.justification,
    approved_by: entry.approved_by,
    approved_on: entry.approved_on,
    covered: [...entry.covered].sort(compareText),
    stale: entry.stale,
    not_honoured: entry.not_honoured,
  };
}

function orderedBaseline(baseline: BaselineSummary): BaselineSummary {
  return {
    source: baseline.source,
    sha256: baseline.sha256,
    entries: baseline.entries,
    matched: baseline.matched,
    fixed: [...baseline.fixed]
      .sort(compareBaselineFindings)
      .map((f) => ({ fingerprint: f.fingerprint, rule_id: f.rule_id, file: f.file, line: f.line })),
  };
}

/**
 * A copy of the report with every key in the order `Report` lists them, findings sorted by file,
 * line, column and rule, inventory lists sorted by path, and free-form objects (finding details,
 * runtime evidence) with sorted keys. Ledger entries keep the caller's order, which is the order
 * they were declared in.
 */
export function orderedReport(report: Report): Report {
  const { tool, run, target, summary, inventory } = report;
  return {
    tool: {
      name: tool.name,
      version: tool.version,
      profile: tool.profile,
      rulepack_hash: tool.rulepack_hash,
    },
    run: {
      started_at: run.started_at,
      finished_at: run.finished_at,
      duration_ms: run.duration_ms,
      hostname: run.hostname,
      os: run.os,
      node_version: run.node_version,
      cwd: run.cwd,
      jobs: run.jobs,
      stages_ms: {
        discover: run.stages_ms.discover,
        analyze_wall: run.stages_ms.analyze_wall,
        read: run.stages_ms.read,
        parse: run.stages_ms.parse,
        resolve_and_match: run.stages_ms.resolve_and_match,
        review_and_decide: run.stages_ms.review_and_decide,
      },
      prefilter: {
        files_not_analysed: run.prefilter.files_not_analysed,
        bytes_not_analysed: run.prefilter.bytes_not_analysed,
      },
    },
    target: {
      root_path: target.root_path,
      git: { is_repo: target.git.is_repo, head_commit: target.git.head_commit, dirty: target.git.dirty },
    },
    shard:
      report.shard == null
        ? null
        : {
            index: report.shard.index,
            count: report.shard.count,
            file_set_sha256: report.shard.file_set_sha256,
          },
    summary: {
      decision: summary.decision,
      exit_code: summary.exit_code,
      audit_complete: summary.audit_complete,
      totals_by_severity: ordered(summary.totals_by_severity, SEVERITIES),
      totals_by_category: ordered(summary.totals_by_category, CATEGORIES),
      totals_by_disposition: ordered(summary.totals_by_disposition, DISPOSITIONS),
    },
    findings: orderedFindings(report.findings),
    inventory: {
      file_counts_by_type: ordered(inventory.file_counts_by_type, []),
      scanned_files: byPath(inventory.scanned_files).map((f) => ({
        path: f.path,
        sha256: f.sha256,
        size: f.size,
        language: f.language,
        excluded: f.excluded,
      })),
      skipped_files: byPath(inventory.skipped_files).map((f) => ({ path: f.path, reason: f.reason })),
      third_party_artifacts: byPath(inventory.third_party_artifacts).map((a) => ({
        path: a.path,
        kind: a.kind,
        size: a.size,
        sha256: a.sha256,
      })),
    },
    allowlist: { source: report.allowlist.source, entries: report.allowlist.entries.map(orderedLedger) },
    waivers: report.waivers.map(orderedLedger),
    policy:
      report.policy === null
        ? null
        : { source: report.policy.source, rule_count: report.policy.rule_count, hash: report.policy.hash },
    baseline: report.baseline === null ? null : orderedBaseline(report.baseline),
    runtime_egress:
      report.runtime_egress === undefined
        ? undefined
        : (sortKeysDeep(report.runtime_egress) as Record<string, unknown>),
  };
}

/**
 * `report.json` text: the ordered report (see {@link orderedReport}) with 2-space indent and a
 * trailing newline. Pure: the same report always gives the same bytes, whatever order the caller
 * built its arrays and objects in.
 */
export function renderReportJson(report: Report): string {
  return `${JSON.stringify(orderedReport(report), null, 2)}\n`;
}
