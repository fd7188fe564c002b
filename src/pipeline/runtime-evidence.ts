/** Folds the runtime egress harness's evidence (SPEC 9) into a static report: EGR findings decide too. */
import { decide } from '../decide/decision.js';
import type { RuntimeEgress } from '../egress/runtime-evidence.js';
import { loadRulepack } from '../match/rulepack-loader.js';
import { compareFindings } from '../model/finding-order.js';
import type { RawFinding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { toFindings } from '../review/apply-profile.js';

/** The report with `runtime_egress` set, EGR001/EGR002 findings added and the decision taken again. */
export function withRuntimeEvidence(report: Report, runtime: RuntimeEgress, rulepackDir?: string): Report {
  const rules = loadRulepack(rulepackDir).rules;
  const byFile = new Map<string, RawFinding[]>();
  for (const { file, finding } of runtime.findings) byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  const added = [...byFile].flatMap(([file, raws]) =>
    toFindings(raws, file, rules, report.tool.profile, false),
  );
  const findings = [...report.findings, ...added].sort(compareFindings);
  return {
    ...report,
    findings,
    summary: decide(findings, report.summary.audit_complete),
    runtime_egress: runtime.summary,
  };
}
