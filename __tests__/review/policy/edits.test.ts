// Covers src/review/policy/edits.ts: the rule-list changes behind the policy commands.
import { describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../../src/model/errors.js';
import {
  addRule,
  filterRules,
  mergeRules,
  nextId,
  removeRule,
  setActive,
} from '../../../src/review/policy/edits.js';
import type { PolicyRule } from '../../../src/review/policy/model.js';

const r = (
  id: number,
  rule_type: PolicyRule['rule_type'],
  category: PolicyRule['category'],
  pattern: string,
  is_active = true,
): PolicyRule => ({
  id,
  rule_type,
  category,
  pattern,
  description: null,
  is_active,
});

const rules = [
  r(3, 'deny', 'attribute', 'os.system'),
  r(1, 'deny', 'module', 'subprocess'),
  r(2, 'allow', 'module', 'requests', false),
];

describe('filterRules', () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ type: 'deny' as const }, [1, 3]],
    [{ category: 'module' as const }, [1, 2]],
    [{ pattern: 'requests' }, [2]],
    [{ pattern: 'req' }, []],
    [{ pattern: 'os.*' }, [3]],
    [{ active: true }, [1, 3]],
    [{ active: false }, [2]],
    [{ type: 'deny' as const, category: 'module' as const, active: true }, [1]],
  ])('%j keeps ids %j', (filter, ids) => {
    expect(filterRules(rules, filter).map((rule) => rule.id)).toEqual(ids);
  });
});

describe('single-rule edits', () => {
  it('gives the next id past the largest', () => {
    expect(nextId(rules)).toBe(4);
    expect(nextId([])).toBe(1);
  });

  it('adds, refusing a taken id', () => {
    expect(addRule(rules, r(4, 'deny', 'function', 'eval'), 's').map((rule) => rule.id)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(() => addRule(rules, r(3, 'deny', 'function', 'eval'), 's.db')).toThrow(
      new ConfigError('s.db: id 3 is already used'),
    );
  });

  it('switches and removes by id, naming the store for an unknown id', () => {
    expect(setActive(rules, 2, true, 's').find((rule) => rule.id === 2)?.is_active).toBe(true);
    expect(removeRule(rules, 3, 's').map((rule) => rule.id)).toEqual([1, 2]);
    expect(() => setActive(rules, 9, false, 's.db')).toThrow(new ConfigError('s.db: no rule with id 9'));
    expect(() => removeRule(rules, 9, 's.db')).toThrow(new ConfigError('s.db: no rule with id 9'));
  });
});

describe('mergeRules', () => {
  it('keeps free ids, skips identical rules and renumbers conflicting ones with a note', () => {
    const incoming = [
      r(1, 'deny', 'module', 'subprocess'),
      r(3, 'deny', 'function', 'eval'),
      r(7, 'deny', 'module', 'pickle'),
    ];
    const result = mergeRules(rules, incoming);
    expect(result.added).toBe(2);
    expect(result.rules.map((rule) => `${rule.id}:${rule.pattern}`)).toEqual([
      '1:subprocess',
      '2:requests',
      '3:os.system',
      '7:pickle',
      '8:eval',
    ]);
    expect(result.notes).toEqual([
      'rule 1 is already present; skipped',
      'rule 3 imported as 8 (id 3 holds a different rule)',
    ]);
  });
});
