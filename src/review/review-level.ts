/**
 * Which findings a review control may suppress (SPEC 6, 7.3): an inline waiver or an allow policy
 * turns only review-level findings into `waived` / `allowed_by_policy`.
 */
import type { Finding } from '../model/finding.js';

/**
 * True when `finding` is still active, is not a blocker under the profile it was rated for, and
 * its rule is suppressible (`isSuppressible` answers from the rulepack; POL001 never is).
 */
export function isReviewLevel(finding: Finding, isSuppressible: (ruleId: string) => boolean): boolean {
  return (
    finding.disposition === 'active' &&
    finding.severity !== 'blocker' &&
    finding.rule_id !== 'POL001' &&
    isSuppressible(finding.rule_id)
  );
}
