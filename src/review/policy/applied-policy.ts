/** What the report records about the policy a scan applied (SPEC 7 scan integration, `report.json` `policy`). */
import { createHash } from 'node:crypto';

import type { Report } from '../../model/report.js';
import type { PolicyRule } from './model.js';
import { sortRules } from './model.js';

/**
 * The `policy` block of a report: the store as given, the number of active rules and a SHA-256
 * over them in canonical form (sorted by id, fixed field order), so two stores holding the same
 * active rules report the same hash whatever their format.
 */
export function appliedPolicy(source: string, rules: readonly PolicyRule[]): NonNullable<Report['policy']> {
  const active = sortRules(rules.filter((rule) => rule.is_active));
  const canonical = active.map((r) => [r.id, r.rule_type, r.category, r.pattern, r.description]);
  return {
    source,
    rule_count: active.length,
    hash: createHash('sha256').update(JSON.stringify(canonical)).digest('hex'),
  };
}
