/**
 * The baseline file `mcen-scan baseline create` writes (SPEC 6): the report's findings trimmed to
 * what a baseline matches on and names, in the `findings` shape of report.json so that a
 * report.json and a baseline file are read the same way.
 */
import type { Report } from '../model/report.js';
import { orderedReport } from './report-json.js';

/** The default baseline file name, at the working directory. */
export const DEFAULT_BASELINE_FILE = '.mcen-baseline.json';

/**
 * The baseline file text for `report`: the tool block, the commit scanned (null outside git), and
 * every finding whatever its disposition (a baseline records what existed) as `fingerprint`,
 * `rule_id`, `file`, `line`, in report order. No times or hosts: the same tree gives the same
 * bytes, so a regenerated baseline diffs cleanly in review. 2-space indent, trailing newline.
 */
export function renderBaselineFile(report: Report): string {
  const { tool, target, findings } = orderedReport(report);
  return `${JSON.stringify(
    {
      tool,
      head_commit: target.git.head_commit,
      findings: findings.map((f) => ({
        fingerprint: f.fingerprint,
        rule_id: f.rule_id,
        file: f.file,
        line: f.line,
      })),
    },
    null,
    2,
  )}\n`;
}
