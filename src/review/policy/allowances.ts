/**
 * Allow rules in the review stage (SPEC 7.3): a review-level finding whose subject an active
 * allow rule covers, and no active deny rule covers, becomes `allowed_by_policy` with the rule's
 * description as justification. Blockers, never-suppressible rules and POL001 itself stay active.
 */
import type { Finding } from '../../model/finding.js';
import { isReviewLevel } from '../review-level.js';
import { coversName } from './matching.js';
import type { PolicyRule } from './model.js';

/** The active allow rule covering a qualified name, or undefined (no allow rule, or a deny rule covers it too). */
export type PolicyAllowance = (qualifiedName: string) => PolicyRule | undefined;

/**
 * A lookup over `policies`' active rules. Among several covering allow rules the lowest id
 * answers, so the justification shown does not depend on store order.
 */
export function allowedSubjects(policies: readonly PolicyRule[]): PolicyAllowance {
  const active = policies.filter((rule) => rule.is_active).sort((a, b) => a.id - b.id);
  const denies = active.filter((rule) => rule.rule_type === 'deny');
  const allows = active.filter((rule) => rule.rule_type === 'allow');
  return (name) => {
    if (allows.length === 0 || denies.some((rule) => coversName(rule, name))) return undefined;
    return allows.find((rule) => coversName(rule, name));
  };
}

/** The justification a policy-allowed finding carries in every report. */
export function allowJustification(rule: PolicyRule): string {
  return `${rule.description ?? 'allowed by security policy'} (policy rule ${rule.id}: allow ${rule.category} '${rule.pattern}')`;
}

/**
 * Returns `findings` with each active, non-blocker finding of a suppressible rule whose
 * `details.qualified_name` an allow rule covers marked `allowed_by_policy`. Other findings are
 * returned unchanged (same objects); `isSuppressible` answers from the rulepack.
 */
export function markAllowedByPolicy(
  findings: readonly Finding[],
  policies: readonly PolicyRule[],
  isSuppressible: (ruleId: string) => boolean,
): Finding[] {
  const allowance = allowedSubjects(policies);
  return findings.map((finding) => {
    const name = finding.details.qualified_name;
    if (name === undefined || !isReviewLevel(finding, isSuppressible)) return finding;
    const rule = allowance(name);
    return rule
      ? { ...finding, disposition: 'allowed_by_policy', justification: allowJustification(rule) }
      : finding;
  });
}
