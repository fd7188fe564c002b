/**
 * The changes the `policy` commands make to a rule list, as pure functions: stores persist
 * whatever these return, so every command behaves the same on a file and on a database.
 */
import { ConfigError } from '../../model/errors.js';
import { globMatches } from './matching.js';
import type { PolicyCategory, PolicyRule, RuleType } from './model.js';
import { sortRules } from './model.js';

/** `list` filters; absent fields do not filter. `pattern` is exact unless it holds a `*` glob. */
export interface RuleFilter {
  type?: RuleType;
  category?: PolicyCategory;
  pattern?: string;
  active?: boolean;
}

/** The rules that pass every given filter, in id order. */
export function filterRules(rules: readonly PolicyRule[], filter: RuleFilter): PolicyRule[] {
  return sortRules(rules).filter(
    (rule) =>
      (filter.type === undefined || rule.rule_type === filter.type) &&
      (filter.category === undefined || rule.category === filter.category) &&
      (filter.pattern === undefined || globMatches(filter.pattern, rule.pattern)) &&
      (filter.active === undefined || rule.is_active === filter.active),
  );
}

/** The id the next new rule gets: one past the largest, as SQLite's rowid would choose. */
export function nextId(rules: readonly PolicyRule[]): number {
  return rules.reduce((max, rule) => Math.max(max, rule.id), 0) + 1;
}

/** `rules` plus `rule`; throws ConfigError naming `source` when its id is taken. */
export function addRule(rules: readonly PolicyRule[], rule: PolicyRule, source: string): PolicyRule[] {
  if (rules.some((existing) => existing.id === rule.id))
    throw new ConfigError(`${source}: id ${rule.id} is already used`);
  return sortRules([...rules, rule]);
}

function requireRule(rules: readonly PolicyRule[], id: number, source: string): void {
  if (!rules.some((rule) => rule.id === id)) throw new ConfigError(`${source}: no rule with id ${id}`);
}

/** `rules` with rule `id` switched on or off; throws ConfigError naming `source` for an unknown id. */
export function setActive(
  rules: readonly PolicyRule[],
  id: number,
  active: boolean,
  source: string,
): PolicyRule[] {
  requireRule(rules, id, source);
  return rules.map((rule) => (rule.id === id ? { ...rule, is_active: active } : rule));
}

/** `rules` without rule `id`; throws ConfigError naming `source` for an unknown id. */
export function removeRule(rules: readonly PolicyRule[], id: number, source: string): PolicyRule[] {
  requireRule(rules, id, source);
  return rules.filter((rule) => rule.id !== id);
}

function sameContent(a: PolicyRule, b: PolicyRule): boolean {
  return (
    a.rule_type === b.rule_type &&
    a.category === b.category &&
    a.pattern === b.pattern &&
    a.description === b.description &&
    a.is_active === b.is_active
  );
}

/** What an import did: the merged rules, and one note per imported rule that was skipped or renumbered. */
export interface MergeResult {
  rules: PolicyRule[];
  added: number;
  notes: string[];
}

/**
 * Adds `incoming` to `existing` without losing either: a rule keeps its id when it is free;
 * a rule identical to one already present under the same id is skipped (re-importing is
 * harmless); a rule whose id is taken by a different rule gets the next free id, with a note.
 */
export function mergeRules(existing: readonly PolicyRule[], incoming: readonly PolicyRule[]): MergeResult {
  const merged = [...existing];
  const notes: string[] = [];
  let added = 0;
  for (const rule of sortRules(incoming)) {
    const holder = merged.find((candidate) => candidate.id === rule.id);
    if (holder && sameContent(holder, rule)) {
      notes.push(`rule ${rule.id} is already present; skipped`);
      continue;
    }
    const id = holder ? nextId([...merged, ...incoming]) : rule.id;
    if (holder) notes.push(`rule ${rule.id} imported as ${id} (id ${rule.id} holds a different rule)`);
    merged.push({ ...rule, id });
    added += 1;
  }
  return { rules: sortRules(merged), added, notes };
}
