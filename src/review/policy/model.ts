/**
 * The security policy rule (SPEC 7.1): the seed's `SecurityPolicy` row, field for field, and
 * the one validator every store and command goes through, so a rule that cannot mean what its
 * author intended never reaches matching.
 */
import { ConfigError } from '../../model/errors.js';

export type RuleType = 'allow' | 'deny';
export type PolicyCategory = 'module' | 'function' | 'attribute';

export const RULE_TYPES: readonly RuleType[] = ['allow', 'deny'];
export const POLICY_CATEGORIES: readonly PolicyCategory[] = ['module', 'function', 'attribute'];

/** One rule, with the seed's names (`rule_type`, `is_active`) so files and databases read alike. */
export interface PolicyRule {
  /** Positive integer, unique within a store (the SQLite primary key). */
  id: number;
  rule_type: RuleType;
  category: PolicyCategory;
  /** Module name, builtin function name, or qualified attribute name with `*` globs. */
  pattern: string;
  description: string | null;
  is_active: boolean;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
// An attribute pattern is a dotted name whose segments may hold `*` (e.g. `os.spawn*`, `subprocess.*`).
const GLOB_SEGMENT = /^[A-Za-z0-9_*]+$/;

/** Why `pattern` cannot be a pattern of `category`, or undefined when it can. */
function patternProblem(category: PolicyCategory, pattern: string): string | undefined {
  switch (category) {
    case 'module':
      return DOTTED.test(pattern) ? undefined : 'a module pattern is a dotted module name such as os.path';
    case 'function':
      if (IDENTIFIER.test(pattern)) return undefined;
      return pattern.includes('.')
        ? 'a function pattern is a builtin name; use category attribute for a qualified name'
        : 'a function pattern is a builtin name such as eval';
    case 'attribute': {
      const segments = pattern.split('.');
      if (segments.length < 2 || !segments.every((s) => GLOB_SEGMENT.test(s))) {
        return 'an attribute pattern is a qualified name such as os.system, optionally with * globs';
      }
      return undefined;
    }
  }
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Raw fields of a rule as found in a file, a database row or command-line options. */
export interface RawRule {
  id?: unknown;
  rule_type?: unknown;
  category?: unknown;
  pattern?: unknown;
  description?: unknown;
  is_active?: unknown;
}

/**
 * Checks one raw rule and returns it typed. `where` names the file and entry for messages
 * (`policy.yml: policies[2]`). `id` may be absent only when `fallbackId` is given (files may
 * leave ids out); `is_active` defaults to true and `description` to null, as in the seed's model.
 * Throws ConfigError naming `where` and the field for anything else that is wrong.
 */
export function parseRule(raw: RawRule, where: string, fallbackId?: number): PolicyRule {
  const fail: (problem: string) => never = (problem) => {
    throw new ConfigError(`${where}: ${problem}`);
  };
  const id = raw.id ?? fallbackId;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    fail(id === undefined ? 'missing id' : `id ${JSON.stringify(id)} is not a positive integer`);
  }
  if (!isOneOf(RULE_TYPES, raw.rule_type)) {
    fail(
      raw.rule_type === undefined
        ? 'missing rule_type (allow or deny)'
        : `unknown rule_type ${JSON.stringify(raw.rule_type)} (expected allow or deny)`,
    );
  }
  if (!isOneOf(POLICY_CATEGORIES, raw.category)) {
    fail(
      raw.category === undefined
        ? 'missing category (module, function or attribute)'
        : `unknown category ${JSON.stringify(raw.category)} (expected module, function or attribute)`,
    );
  }
  const { category, pattern } = raw;
  if (pattern === undefined || pattern === null || pattern === '') return fail('missing pattern');
  if (typeof pattern !== 'string') return fail(`pattern ${JSON.stringify(pattern)} is not a string`);
  const problem = patternProblem(category, pattern);
  if (problem) fail(`pattern ${JSON.stringify(pattern)}: ${problem}`);
  const description = raw.description ?? null;
  if (description !== null && typeof description !== 'string') {
    fail(`description ${JSON.stringify(description)} is not a string`);
  }
  const isActive = raw.is_active ?? true;
  if (typeof isActive !== 'boolean') fail(`is_active ${JSON.stringify(isActive)} is not true or false`);
  return { id, rule_type: raw.rule_type, category, pattern, description, is_active: isActive };
}

/**
 * Throws ConfigError naming `source` and both entries when two rules share an id;
 * `entryName(i)` says how the i-th rule is named in messages.
 */
export function assertUniqueIds(
  rules: readonly PolicyRule[],
  source: string,
  entryName: (i: number) => string,
): void {
  const seen = new Map<number, number>();
  rules.forEach((rule, i) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      throw new ConfigError(
        `${source}: ${entryName(i)}: duplicate id ${rule.id} (also used by ${entryName(first)})`,
      );
    }
    seen.set(rule.id, i);
  });
}

/** Rules ordered by id, the order every store writes and every listing shows. */
export function sortRules(rules: readonly PolicyRule[]): PolicyRule[] {
  return [...rules].sort((a, b) => a.id - b.id);
}

/** A short human name for a rule: `rule 3 (deny module 'subprocess')`. */
export function ruleLabel(rule: PolicyRule): string {
  return `rule ${rule.id} (${rule.rule_type} ${rule.category} '${rule.pattern}')`;
}
