// Covers src/review/policy/matching.ts: policy semantics (SPEC 7.3) per category and precedence.
import { describe, expect, it } from '@jest/globals';

import type { PolicyFacts } from '../../../src/review/policy/facts.js';
import { findViolations, policyFindings, validateFacts } from '../../../src/review/policy/matching.js';
import type { PolicyRule } from '../../../src/review/policy/model.js';
import { SecurityError } from '../../../src/review/policy/security-error.js';
import { at, facts, rule } from './helpers.js';

interface Row {
  title: string;
  rules: PolicyRule[];
  facts: PolicyFacts;
  /** Expected violations as `line:column subject #ruleIndex`; empty means none. */
  expected: string[];
}

const denyOs = rule('deny', 'module', 'os');
const denyOsPath = rule('deny', 'module', 'os.path');
const denySubprocess = rule('deny', 'module', 'subprocess');
const allowSubprocess = rule('allow', 'module', 'subprocess');
const denyEval = rule('deny', 'function', 'eval');
const allowEval = rule('allow', 'function', 'eval');
const denySystem = rule('deny', 'attribute', 'os.system');
const denySpawn = rule('deny', 'attribute', 'os.spawn*');
const denySubprocessAll = rule('deny', 'attribute', 'subprocess.*');
const inactiveDenyEval = rule('deny', 'function', 'eval', { is_active: false });
const allowSystem = rule('allow', 'attribute', 'os.system');

const rows: Row[] = [
  // module
  {
    title: 'a denied module is a violation at its import',
    rules: [denySubprocess],
    facts: facts({ imports: [{ module: 'subprocess', ...at(1) }] }),
    expected: ['1:1 subprocess'],
  },
  {
    title: 'a submodule import is covered by its parent module rule',
    rules: [denyOs],
    facts: facts({ imports: [{ module: 'os.path', ...at(2, 8) }] }),
    expected: ['2:8 os.path'],
  },
  {
    title: 'a module sharing only a name prefix is not covered',
    rules: [denyOs],
    facts: facts({
      imports: [
        { module: 'osx', ...at(1) },
        { module: 'os_utils', ...at(2) },
      ],
    }),
    expected: [],
  },
  {
    title: 'a submodule rule does not cover its parent package',
    rules: [denyOsPath],
    facts: facts({ imports: [{ module: 'os', ...at(1) }] }),
    expected: [],
  },
  {
    title: 'from os import path is covered by a rule on the submodule os.path',
    rules: [denyOsPath],
    facts: facts({ imports: [{ module: 'os', names: ['path', 'sep'], ...at(3) }] }),
    expected: ['3:1 os.path'],
  },
  {
    title: 'a from-import of several names under a denied module is one violation per rule and statement',
    rules: [denyOs],
    facts: facts({ imports: [{ module: 'os', names: ['path', 'system'], ...at(4) }] }),
    expected: ['4:1 os'],
  },
  {
    title: 'a literal importlib.import_module target reported as an import is covered',
    rules: [denySubprocess],
    facts: facts({
      imports: [{ module: 'subprocess', ...at(5, 5, "m = importlib.import_module('subprocess')") }],
    }),
    expected: ['5:5 subprocess'],
  },
  {
    title: 'a relative import matches no module rule',
    rules: [denyOs],
    facts: facts({ imports: [{ module: '.os', ...at(1) }] }),
    expected: [],
  },
  {
    title: 'module rules do not fire on uses, only on imports',
    rules: [denySubprocess],
    facts: facts({ qualifiedUses: [{ name: 'subprocess.run', ...at(7) }] }),
    expected: [],
  },
  // function
  {
    title: 'a builtin call is covered by its function rule',
    rules: [denyEval],
    facts: facts({ builtinCalls: [{ name: 'eval', ...at(3, 5) }] }),
    expected: ['3:5 eval'],
  },
  {
    title: 'builtins.eval reached as a qualified use is covered by the function rule',
    rules: [denyEval],
    facts: facts({ qualifiedUses: [{ name: 'builtins.eval', ...at(4) }] }),
    expected: ['4:1 builtins.eval'],
  },
  {
    title: 'a method or local called eval is not the builtin and is not covered',
    rules: [denyEval],
    facts: facts({
      qualifiedUses: [
        { name: 'mylib.Evaluator.eval', ...at(2) },
        { name: 'app.eval', ...at(3) },
      ],
    }),
    expected: [],
  },
  {
    title: 'an attribute rule on builtins.* covers a builtin call',
    rules: [rule('deny', 'attribute', 'builtins.ex*')],
    facts: facts({
      builtinCalls: [
        { name: 'exec', ...at(1) },
        { name: 'eval', ...at(2) },
      ],
    }),
    expected: ['1:1 exec'],
  },
  // attribute
  {
    title: 'a resolved alias (import os as o; o.system) is covered by os.system',
    rules: [denySystem],
    facts: facts({ qualifiedUses: [{ name: 'os.system', ...at(2, 1, "o.system('ls')") }] }),
    expected: ['2:1 os.system'],
  },
  {
    title: 'a glob covers every name it spells (os.spawn*)',
    rules: [denySpawn],
    facts: facts({
      qualifiedUses: [
        { name: 'os.spawnl', ...at(1) },
        { name: 'os.spawnvpe', ...at(2) },
        { name: 'os.spawn', ...at(3) },
        { name: 'os.system', ...at(4) },
      ],
    }),
    expected: ['1:1 os.spawnl', '2:1 os.spawnvpe', '3:1 os.spawn'],
  },
  {
    title: 'subprocess.* covers methods resolved through an instance',
    rules: [denySubprocessAll],
    facts: facts({
      qualifiedUses: [
        { name: 'subprocess.run', ...at(1) },
        { name: 'subprocess.Popen.communicate', ...at(2) },
        { name: 'subprocess', ...at(3) },
      ],
    }),
    expected: ['1:1 subprocess.run', '2:1 subprocess.Popen.communicate'],
  },
  {
    title: 'glob metacharacters other than * are literal',
    rules: [rule('deny', 'attribute', 'os.sys*m')],
    facts: facts({
      qualifiedUses: [
        { name: 'os.system', ...at(1) },
        { name: 'osXsystem', ...at(2) },
      ],
    }),
    expected: ['1:1 os.system'],
  },
  // precedence
  {
    title: 'deny wins over allow for the same module',
    rules: [allowSubprocess, denySubprocess],
    facts: facts({ imports: [{ module: 'subprocess', ...at(1) }] }),
    expected: ['1:1 subprocess'],
  },
  {
    title: 'deny wins over allow for the same function',
    rules: [allowEval, denyEval],
    facts: facts({ builtinCalls: [{ name: 'eval', ...at(1) }] }),
    expected: ['1:1 eval'],
  },
  {
    title: 'deny wins over allow for the same attribute',
    rules: [allowSystem, denySystem],
    facts: facts({ qualifiedUses: [{ name: 'os.system', ...at(1) }] }),
    expected: ['1:1 os.system'],
  },
  {
    title: 'an inactive deny rule counts for nothing',
    rules: [inactiveDenyEval],
    facts: facts({ builtinCalls: [{ name: 'eval', ...at(1) }] }),
    expected: [],
  },
  {
    title: 'an allow rule alone reports nothing',
    rules: [allowSubprocess, allowEval],
    facts: facts({
      imports: [{ module: 'subprocess', ...at(1) }],
      builtinCalls: [{ name: 'eval', ...at(2) }],
    }),
    expected: [],
  },
  {
    title: 'an empty policy list allows everything',
    rules: [],
    facts: facts({
      imports: [{ module: 'subprocess', ...at(1) }],
      builtinCalls: [{ name: 'eval', ...at(2) }],
    }),
    expected: [],
  },
];

function describeViolations(rules: PolicyRule[], input: PolicyFacts): string[] {
  return findViolations(input, rules).map((v) => `${v.site.range.line}:${v.site.range.column} ${v.subject}`);
}

describe('findViolations', () => {
  it('has no duplicate rows', () => {
    const titles = rows.map((row) => row.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(rows)('$title', ({ rules, facts: input, expected }) => {
    expect(describeViolations(rules, input)).toEqual(expected);
  });

  it('names the deny rule with the lowest id when several cover a subject', () => {
    const late = { ...denySubprocessAll, id: 900 };
    const early = { ...rule('deny', 'attribute', 'subprocess.run'), id: 5 };
    const [violation] = findViolations(facts({ qualifiedUses: [{ name: 'subprocess.run', ...at(1) }] }), [
      late,
      early,
    ]);
    expect(violation?.rule.id).toBe(5);
  });

  it('sorts violations by line, then column', () => {
    const input = facts({
      builtinCalls: [{ name: 'eval', ...at(9, 2) }],
      imports: [{ module: 'subprocess', ...at(1) }],
      qualifiedUses: [{ name: 'os.system', ...at(9, 1) }],
    });
    expect(describeViolations([denyEval, denySubprocess, denySystem], input)).toEqual([
      '1:1 subprocess',
      '9:1 os.system',
      '9:2 eval',
    ]);
  });
});

describe('the seed defaults (policies undefined)', () => {
  const input = facts({
    imports: [
      { module: 'pickle', ...at(1) },
      { module: 'requests', ...at(2) },
      { module: 'importlib.util', ...at(3) },
    ],
    builtinCalls: [
      { name: '__import__', ...at(4) },
      { name: 'print', ...at(5) },
      { name: 'open', ...at(6) },
    ],
    qualifiedUses: [
      { name: 'os.execv', ...at(7) },
      { name: 'os.path.join', ...at(8) },
      { name: 'os.fork', ...at(9) },
      { name: 'subprocess.check_output', ...at(10) },
    ],
  });

  it('deny the seed banned modules, functions and legacy attributes', () => {
    expect(findViolations(input).map((v) => v.subject)).toEqual([
      'pickle',
      'importlib.util',
      '__import__',
      'open',
      'os.execv',
      'os.fork',
      'subprocess.check_output',
    ]);
  });

  it('are replaced entirely by an explicit empty list', () => {
    expect(findViolations(input, [])).toEqual([]);
  });
});

describe('policyFindings', () => {
  it('gives a POL001 finding whose evidence names rule id, pattern and description', () => {
    const denied = {
      ...rule('deny', 'module', 'subprocess'),
      id: 42,
      description: 'Subprocess module can execute system commands',
    };
    const [finding] = policyFindings(
      facts({ imports: [{ module: 'subprocess', ...at(3, 1, 'import subprocess') }] }),
      [denied],
    );
    expect(finding).toMatchObject({
      ruleId: 'POL001',
      line: 3,
      column: 1,
      subject: 'subprocess',
      statement: 'import subprocess',
      scope: 'module',
      details: { policy_rule_id: 42, policy_pattern: 'subprocess', policy_category: 'module' },
    });
    expect(finding?.evidence).toContain('rule 42');
    expect(finding?.evidence).toContain("'subprocess'");
    expect(finding?.evidence).toContain('Subprocess module can execute system commands');
  });

  it('names a builtin by its qualified name and keeps long descriptions short', () => {
    const denied = { ...denyEval, description: 'x'.repeat(500) };
    const [finding] = policyFindings(facts({ builtinCalls: [{ name: 'eval', ...at(1) }] }), [denied]);
    expect(finding?.subject).toBe('builtins.eval');
    expect(finding?.evidence.length).toBeLessThan(300);
  });

  it('adds nothing for an empty policy list', () => {
    expect(policyFindings(facts({ builtinCalls: [{ name: 'eval', ...at(1) }] }), [])).toEqual([]);
  });
});

describe('validateFacts', () => {
  it('throws SecurityError naming the first violation and its line', () => {
    const input = facts({
      imports: [{ module: 'subprocess', ...at(2) }],
      builtinCalls: [{ name: 'eval', ...at(7) }],
    });
    expect(() => validateFacts(input, [denyEval, denySubprocess])).toThrow(SecurityError);
    expect(() => validateFacts(input, [denyEval, denySubprocess])).toThrow(
      /^line 2: Import of forbidden module 'subprocess'/,
    );
  });

  it('returns quietly when nothing is denied', () => {
    expect(() => validateFacts(facts({ imports: [{ module: 'requests', ...at(1) }] }))).not.toThrow();
  });
});
