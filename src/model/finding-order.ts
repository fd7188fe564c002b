/** The one order findings are reported in (SPEC 8: file, line, column, rule), shared by every stage. */
import type { Finding } from './finding.js';
import type { BaselineFinding } from './report.js';

/**
 * Compares strings by UTF-16 code units, never by locale, so the order is the same on every
 * machine and in every language setting.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders findings by file, line, column and rule id, then by end position and fingerprint so
 * that the order is total and two runs over the same tree sort identically.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule_id, b.rule_id) ||
    a.end_line - b.end_line ||
    a.end_column - b.end_column ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Orders recorded baseline findings (the fixed list) by file, line, rule id and fingerprint. */
export function compareBaselineFindings(a: BaselineFinding, b: BaselineFinding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.rule_id, b.rule_id) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
