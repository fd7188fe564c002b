/** The gate's verdict (SPEC 8): what the active findings and audit completeness decide. */
import type { Category, Disposition, Finding, Severity } from '../model/finding.js';
import { EXIT } from '../model/errors.js';
import type { Decision, Report } from '../model/report.js';

// Literal objects typed as full records: the compiler fails when a key is added to a union
// and not here, and the literal order is the key order in report.json.
const zeroSeverities = (): Record<Severity, number> => ({ blocker: 0, high: 0, medium: 0, low: 0, info: 0 });
const zeroCategories = (): Record<Category, number> => ({
  network: 0,
  persistence: 0,
  dynamic_exec: 0,
  deserialization: 0,
  process_exec: 0,
  obfuscation: 0,
  policy: 0,
  other: 0,
});
const zeroDispositions = (): Record<Disposition, number> => ({
  active: 0,
  allowlisted: 0,
  waived: 0,
  allowed_by_policy: 0,
  baseline: 0,
  excluded: 0,
});

const EXIT_CODES: Record<Decision, number> = {
  PASS: EXIT.pass,
  CONDITIONAL_PASS: EXIT.conditional,
  FAIL: EXIT.fail,
};

/**
 * The report summary. `FAIL` when any active finding is a blocker; else `CONDITIONAL_PASS`
 * when any active finding is high or the audit is incomplete (a skipped file means the
 * decision cannot be PASS); else `PASS`. Exit codes 1, 2, 0. Severity and category totals
 * count active findings only (what decides); disposition totals count every finding. Every
 * key is present, zero when nothing counts, in a fixed order.
 */
export function decide(findings: readonly Finding[], auditComplete: boolean): Report['summary'] {
  const bySeverity = zeroSeverities();
  const byCategory = zeroCategories();
  const byDisposition = zeroDispositions();
  for (const finding of findings) {
    byDisposition[finding.disposition]++;
    if (finding.disposition !== 'active') continue;
    bySeverity[finding.severity]++;
    byCategory[finding.category]++;
  }
  const decision: Decision =
    bySeverity.blocker > 0 ? 'FAIL' : bySeverity.high > 0 || !auditComplete ? 'CONDITIONAL_PASS' : 'PASS';
  return {
    decision,
    exit_code: EXIT_CODES[decision],
    audit_complete: auditComplete,
    totals_by_severity: bySeverity,
    totals_by_category: byCategory,
    totals_by_disposition: byDisposition,
  };
}
