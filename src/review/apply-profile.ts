/**
 * Turns profile-independent raw findings into reported findings: rule metadata attached,
 * severity chosen for the profile, fingerprint computed and the exclusion disposition set.
 */
import type { Finding, Profile, RawFinding, Severity } from '../model/finding.js';
import { compareFindings } from '../model/finding-order.js';
import type { RuleMeta } from '../model/rulepack.js';
import { assignOccurrences, fingerprint } from './fingerprint.js';

/** The justification every finding in an excluded file carries. */
export const EXCLUDED_JUSTIFICATION = 'the file matches an exclude pattern';

function severityOf(rule: RuleMeta, variant: string | undefined, profile: Profile): Severity {
  if (variant === undefined) return rule.severity[profile];
  const chosen = rule.variants?.[variant];
  if (!chosen) throw new Error(`rule ${rule.id} has no variant "${variant}"`);
  return chosen.severity[profile];
}

/**
 * The findings of one file (`file` repo-relative POSIX), in report order (`compareFindings`).
 * Severity comes from the rule (or the raw finding's variant) under `profile`; title,
 * category, why and remediation from the rule's docs. In an excluded file (SPEC 3) a finding
 * is `excluded` (visible, not gating) when its rule is suppressible or the profile is
 * practical; never-suppressible rules gate as usual under strict. Everything else is `active`.
 * An unknown rule id or variant is a bug in the engine or rulepack and throws.
 */
export function toFindings(
  raws: readonly RawFinding[],
  file: string,
  rules: ReadonlyMap<string, RuleMeta>,
  profile: Profile,
  excluded: boolean,
): Finding[] {
  const occurrences = assignOccurrences(raws);
  const findings = raws.map((raw, index): Finding => {
    const rule = rules.get(raw.ruleId);
    if (!rule) throw new Error(`no rule metadata for ${raw.ruleId} (finding in ${file}:${raw.line})`);
    const isExcluded = excluded && (rule.suppressible || profile === 'mcen_practical');
    return {
      rule_id: rule.id,
      title: rule.title,
      category: rule.category,
      severity: severityOf(rule, raw.variant, profile),
      confidence: raw.confidence,
      file,
      line: raw.line,
      column: raw.column,
      end_line: raw.endLine,
      end_column: raw.endColumn,
      evidence: raw.evidence,
      why_it_matters: rule.docs.why,
      remediation: rule.docs.fix,
      fingerprint: fingerprint(raw, occurrences[index]!),
      details: { ...raw.details },
      ...(isExcluded
        ? { disposition: 'excluded' as const, justification: EXCLUDED_JUSTIFICATION }
        : { disposition: 'active' as const }),
    };
  });
  return findings.sort(compareFindings);
}

/** The report order, re-exported for the pipeline that merges files (defined once in the model). */
export { compareFindings };
