// Hand-made findings and reports for the publishing and action tests.
import type { Finding, Severity } from '../../../../src/model/finding.js';
import type { Decision, Report } from '../../../../src/model/report.js';

/** A finding with plausible defaults; override what the test is about. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule_id: 'DEX001',
    title: 'Builtin eval/exec/compile',
    category: 'dynamic_exec',
    severity: 'blocker',
    confidence: 'high',
    file: 'src/app.py',
    line: 3,
    column: 5,
    end_line: 3,
    end_column: 12,
    evidence: 'eval(data)',
    why_it_matters: 'Runs arbitrary code.',
    remediation: 'Parse the data instead.',
    fingerprint: 'fp-0',
    details: { qualified_name: 'builtins.eval' },
    disposition: 'active',
    ...overrides,
  };
}

const DECISION_EXIT: Record<Decision, number> = { PASS: 0, FAIL: 1, CONDITIONAL_PASS: 2 };

/** A report over `findings`, with totals and the decision computed the way SPEC 8 says. */
export function makeReport(findings: Finding[], overrides: Partial<Report> = {}): Report {
  const active = findings.filter((f) => f.disposition === 'active');
  const bySeverity = { blocker: 0, high: 0, medium: 0, low: 0, info: 0 } as Record<Severity, number>;
  const byCategory: Report['summary']['totals_by_category'] = {};
  for (const f of active) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  const byDisposition = {
    active: 0,
    allowlisted: 0,
    waived: 0,
    allowed_by_policy: 0,
    baseline: 0,
    excluded: 0,
  };
  for (const f of findings) byDisposition[f.disposition]++;
  const decision: Decision = bySeverity.blocker ? 'FAIL' : bySeverity.high ? 'CONDITIONAL_PASS' : 'PASS';
  return {
    tool: { name: 'GateKeeper6', version: '0.1.0', profile: 'mcen_practical', rulepack_hash: 'h' },
    run: {
      started_at: '2026-01-01T00:00:00Z',
      finished_at: '2026-01-01T00:00:01Z',
      duration_ms: 1000,
      hostname: 'h',
      os: 'linux',
      node_version: 'v24',
      cwd: '/w',
    },
    target: { root_path: '/w', git: { is_repo: true, head_commit: 'abc', dirty: false } },
    summary: {
      decision,
      exit_code: DECISION_EXIT[decision],
      audit_complete: true,
      totals_by_severity: bySeverity,
      totals_by_category: byCategory,
      totals_by_disposition: byDisposition,
    },
    findings,
    inventory: {
      file_counts_by_type: { python: 1 },
      scanned_files: [],
      skipped_files: [],
      third_party_artifacts: [],
    },
    allowlist: { source: null, entries: [] },
    waivers: [],
    policy: null,
    ...overrides,
  };
}

/** `count` active blockers, one per line of `file`, lines 1..count. */
export function manyFindings(count: number, file = 'src/many.py'): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({ file, line: i + 1, end_line: i + 1, fingerprint: `fp-${i}` }),
  );
}
