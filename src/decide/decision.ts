/** The gate's verdict (SPEC 8): what the active findings and audit completeness decide. */
import type { Finding } from '../model/finding.js';
import { CATEGORIES, DISPOSITIONS, SEVERITIES } from '../model/finding.js';
import { EXIT } from '../model/errors.js';
import type { Decision, Report } from '../model/report.js';

/** A zero count for every key, in the list's order (the key order in report.json). */
function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

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
  const bySeverity = zeroCounts(SEVERITIES);
  const byCategory = zeroCounts(CATEGORIES);
  const byDisposition = zeroCounts(DISPOSITIONS);
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
