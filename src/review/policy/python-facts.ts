/**
 * The policy view of what the semantic layer learned about a Python file: its imports as they
 * are, calls of builtins by name, and every other resolved call or qualified access by its
 * qualified name. Aliases, from-imports and shadowing are already resolved there, so a local
 * `def eval` never shows up as the builtin.
 */
import type { PythonFacts } from '../../model/python-facts.js';
import type { PolicyFacts } from './facts.js';

const BUILTINS_PREFIX = 'builtins.';

/** The PolicyFacts of one analysed file; facts without a resolved name are left out. */
export function policyFactsOf(facts: PythonFacts): PolicyFacts {
  const result: PolicyFacts = { imports: [...facts.imports], builtinCalls: [], qualifiedUses: [] };
  for (const call of facts.calls) {
    const { callee } = call.site;
    if (!callee) continue;
    const builtin = callee.startsWith(BUILTINS_PREFIX) ? callee.slice(BUILTINS_PREFIX.length) : undefined;
    // `builtins.str.join` is a method of a builtin type, not a builtin function.
    if (builtin !== undefined && !builtin.includes('.')) result.builtinCalls.push({ ...call, name: builtin });
    else result.qualifiedUses.push({ ...call, name: callee });
  }
  for (const access of facts.accesses) result.qualifiedUses.push(access);
  return result;
}
