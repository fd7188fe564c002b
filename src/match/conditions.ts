/** Evaluates catalog conditions (`when`/`unless`) on a resolved call's arguments. */
import type { ArgCondition } from '../model/rulepack.js';
import { argumentValue, type CallSite } from '../model/value.js';
import { isConstant, knownText, truthiness } from '../resolve/python/values.js';

/**
 * True when the condition holds for this call. An argument that may arrive through
 * `**kwargs`/`*args` is not known to be missing, so `missing` and `falsy` do not hold for it.
 */
export function conditionHolds(site: CallSite, condition: ArgCondition): boolean {
  const value = argumentValue(site, condition.arg);
  const maybeForwarded =
    value === undefined &&
    ((condition.arg.kw !== undefined && site.hasStarKwargs) ||
      (condition.arg.pos !== undefined && site.hasStarArgs));
  if (condition.is) {
    switch (condition.is) {
      case 'present':
        if (value === undefined) return false;
        break;
      case 'missing':
        if (value !== undefined || maybeForwarded) return false;
        break;
      case 'dynamic':
        if (value === undefined || isConstant(value)) return false;
        break;
      case 'literal':
        if (value === undefined || !isConstant(value)) return false;
        break;
      case 'truthy':
        if (value === undefined || truthiness(value) !== true) return false;
        break;
      case 'falsy':
        if (maybeForwarded || (value !== undefined && truthiness(value) !== false)) return false;
        break;
    }
  }
  if (condition.in) {
    if (value === undefined) return false;
    const name = value.kind === 'qualname' || value.kind === 'module' ? value.name : knownText(value);
    if (name === undefined || !condition.in.includes(name)) return false;
  }
  return true;
}
