// Hand-made findings and reports for the publishing and action tests, on the shared builders.
import { decide } from '../../../../src/decide/decision.js';
import type { Finding } from '../../../../src/model/finding.js';
import type { Report } from '../../../../src/model/report.js';
import { finding } from '../../../review/helpers.js';

/** An active DEX001 blocker on one line of `src/app.py`; override what the test is about. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return finding({
    rule_id: 'DEX001',
    title: 'Builtin eval/exec/compile',
    category: 'dynamic_exec',
    severity: 'blocker',
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
    ...overrides,
  });
}

/** A complete report over `findings`, summarised by the real decision code. */
export function makeReport(findings: Finding[], overrides: Partial<Report> = {}): Report {
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
      jobs: 2,
      stages_ms: {
        discover: 1,
        analyze_wall: 2,
        read: 1,
        parse: 1,
        resolve_and_match: 1,
        review_and_decide: 1,
      },
      prefilter: { files_not_analysed: 0, bytes_not_analysed: 0 },
    },
    target: { root_path: '/w', git: { is_repo: true, head_commit: 'abc', dirty: false } },
    summary: decide(findings, true),
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
    baseline: null,
    ...overrides,
  };
}

/** `count` active blockers, one per line of `file`, lines 1..count. */
export function manyFindings(count: number, file = 'src/many.py'): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({ file, line: i + 1, end_line: i + 1, fingerprint: `fp-${i}` }),
  );
}
