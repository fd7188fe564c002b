/**
 * Policy semantics (SPEC 7.3): which subjects of a file active deny rules cover, as
 * violations, POL001 findings or a thrown SecurityError. Only active rules count and a deny
 * always wins, so an allow rule never hides a violation; allow rules act in the review stage
 * (`allowances.ts`).
 */
import type { RawFinding } from '../../model/finding.js';
import { BUILTIN_POLICIES, DEFAULT_POLICY_NAME } from './defaults.js';
import type { PolicyFacts, PolicySite } from './facts.js';
import type { PolicyRule } from './model.js';
import { ruleLabel } from './model.js';
import type { PolicyViolation } from './security-error.js';
import { SecurityError } from './security-error.js';

/** What a fact asks the rules about. */
interface Subject {
  kind: PolicyViolation['kind'];
  name: string;
  site: PolicySite;
}

/**
 * Whether `name` matches `pattern`, where `*` matches any run of characters, dots included (as
 * Python's fnmatch), so `subprocess.*` covers `subprocess.Popen.wait`. Matched without a regular
 * expression: `a*a*a*a*b` as a backtracking regex takes time exponential in its stars on a long
 * name from the scanned code; this walk backs up only to the last star, so it is at most
 * pattern length times name length.
 */
export function globMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** A module pattern covers the module itself and every submodule, never a sibling that shares a prefix (`os` vs `osx`). */
export function withinModule(name: string, module: string): boolean {
  return name === module || name.startsWith(`${module}.`);
}

/** Whether a function or attribute rule covers a resolved qualified name; builtins live under `builtins.`. */
function coversQualified(rule: PolicyRule, name: string): boolean {
  if (rule.category === 'function') return name === `builtins.${rule.pattern}`;
  if (rule.category === 'attribute') return globMatches(rule.pattern, name);
  return false;
}

/**
 * Whether `rule` covers a resolved qualified name as the review stage sees it: module rules
 * cover everything inside the module, function rules `builtins.NAME`, attribute rules by glob.
 * Ignores `is_active`; callers filter.
 */
export function coversName(rule: PolicyRule, name: string): boolean {
  return rule.category === 'module' ? withinModule(name, rule.pattern) : coversQualified(rule, name);
}

/** Whether `rule` covers one subject of a file. Module rules speak about imports only. */
function coversSubject(rule: PolicyRule, subject: Subject): boolean {
  switch (subject.kind) {
    case 'import':
      return rule.category === 'module' && withinModule(subject.name, rule.pattern);
    case 'builtin':
      return coversQualified(rule, `builtins.${subject.name}`);
    case 'use':
      return coversQualified(rule, subject.name);
  }
}

function subjectsOf(facts: PolicyFacts): Subject[] {
  const subjects: Subject[] = [];
  for (const fact of facts.imports) {
    subjects.push({ kind: 'import', name: fact.module, site: fact });
    // `from os import path` may import the submodule os.path: a rule on os.path must see it.
    for (const name of fact.names ?? []) {
      if (name !== '*') subjects.push({ kind: 'import', name: `${fact.module}.${name}`, site: fact });
    }
  }
  for (const fact of facts.builtinCalls) subjects.push({ kind: 'builtin', name: fact.name, site: fact });
  for (const fact of facts.qualifiedUses) subjects.push({ kind: 'use', name: fact.name, site: fact });
  return subjects;
}

function sentence(subject: Subject, rule: PolicyRule): string {
  const what =
    subject.kind === 'import'
      ? `Import of forbidden module '${subject.name}'`
      : subject.kind === 'builtin'
        ? `Call to forbidden function '${subject.name}()'`
        : `Use of forbidden attribute '${subject.name}'`;
  return `${what} is blocked by policy ${ruleLabel(rule)}`;
}

/** The rules that apply when the caller gives none: the seed's defaults, as its `policies=None`. */
function effective(policies: readonly PolicyRule[] | undefined): readonly PolicyRule[] {
  return policies ?? BUILTIN_POLICIES[DEFAULT_POLICY_NAME] ?? [];
}

/**
 * Every subject of `facts` that an active deny rule covers, one per statement position and
 * rule, sorted by line, column and rule id. `policies` undefined applies the seed's defaults;
 * an empty list allows everything. Allow rules never remove a violation (deny wins).
 */
export function findViolations(facts: PolicyFacts, policies?: readonly PolicyRule[]): PolicyViolation[] {
  const denies = effective(policies)
    .filter((rule) => rule.is_active && rule.rule_type === 'deny')
    .sort((a, b) => a.id - b.id);
  if (denies.length === 0) return [];
  const seen = new Set<string>();
  const violations: PolicyViolation[] = [];
  for (const subject of subjectsOf(facts)) {
    const rule = denies.find((candidate) => coversSubject(candidate, subject));
    if (!rule) continue;
    const { line, column } = subject.site.range;
    const key = `${rule.id}:${line}:${column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push({
      rule,
      subject: subject.name,
      kind: subject.kind,
      site: subject.site,
      message: sentence(subject, rule),
    });
  }
  return violations.sort(
    (a, b) =>
      a.site.range.line - b.site.range.line ||
      a.site.range.column - b.site.range.column ||
      a.rule.id - b.rule.id,
  );
}

/** Throws SecurityError naming the first violation (the seed's `validate_code_structure`); returns when there is none. */
export function validateFacts(facts: PolicyFacts, policies?: readonly PolicyRule[]): void {
  const [first] = findViolations(facts, policies);
  if (first) throw new SecurityError(first);
}

const MAX_DESCRIPTION = 160;

/** The POL001 finding for one violation; its evidence names the rule id, pattern and description. */
export function violationFinding(violation: PolicyViolation): RawFinding {
  const { rule, site } = violation;
  const description =
    rule.description && rule.description.length > MAX_DESCRIPTION
      ? `${rule.description.slice(0, MAX_DESCRIPTION - 1)}…`
      : rule.description;
  const qualified = violation.kind === 'builtin' ? `builtins.${violation.subject}` : violation.subject;
  return {
    ruleId: 'POL001',
    confidence: 'high',
    ...site.range,
    evidence: description ? `${violation.message}: ${description}` : violation.message,
    details: {
      qualified_name: qualified,
      policy_rule_id: rule.id,
      policy_category: rule.category,
      policy_pattern: rule.pattern,
      policy_description: rule.description ?? undefined,
      chain: site.chain,
    },
    subject: qualified,
    statement: site.statement,
    scope: site.scope,
  };
}

/** POL001 findings for a file: one per violation. An empty policy list adds nothing. */
export function policyFindings(facts: PolicyFacts, policies?: readonly PolicyRule[]): RawFinding[] {
  return findViolations(facts, policies).map(violationFinding);
}
