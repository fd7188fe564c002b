/**
 * Policy facts of a Python source through the full semantic layer, for `mcen-scan policy check`
 * and the library's `validateCode` (SPEC 2.3), which mirrors the seed's `validate_code_structure`.
 */
import type { Parser } from 'web-tree-sitter';

import { loadRulepack } from '../match/rulepack-loader.js';
import { createParser } from '../parse/tree-sitter-runtime.js';
import type { PolicyFacts } from '../review/policy/facts.js';
import { findViolations as violationsIn, validateFacts } from '../review/policy/matching.js';
import type { PolicyRule } from '../review/policy/model.js';
import { policyFactsOf } from '../review/policy/python-facts.js';
import type { PolicyViolation } from '../review/policy/security-error.js';
import { pythonFacts } from './analyze-python.js';

let parser: Promise<Parser> | undefined;

/** The policy facts of `source` (imports, builtin calls, qualified uses), aliases and shadowing resolved. */
export async function policyFactsFor(source: string): Promise<PolicyFacts> {
  parser ??= createParser('python');
  const analysed = pythonFacts(source, await parser, loadRulepack(), true);
  return analysed ? policyFactsOf(analysed.facts) : { imports: [], builtinCalls: [], qualifiedUses: [] };
}

export interface ValidateOptions {
  /** The rules to apply; undefined applies the seed's defaults, an empty list allows everything. */
  policies?: readonly PolicyRule[];
}

/** Rejects with `SecurityError` naming the first violation of `source`; resolves when there is none. */
export async function validateCode(source: string, options: ValidateOptions = {}): Promise<void> {
  validateFacts(await policyFactsFor(source), options.policies);
}

/** Every violation of `source`, in source order. */
export async function findViolations(
  source: string,
  options: ValidateOptions = {},
): Promise<PolicyViolation[]> {
  return violationsIn(await policyFactsFor(source), options.policies);
}
