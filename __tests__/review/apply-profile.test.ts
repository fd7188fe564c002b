// Covers src/review/apply-profile.ts: severity by profile and variant, metadata, dispositions, order.
import type { Finding, Profile, RawFinding, Severity } from '../../src/model/finding.js';
import type { RuleMeta } from '../../src/model/rulepack.js';
import { EXCLUDED_JUSTIFICATION, toFindings } from '../../src/review/apply-profile.js';
import { assignOccurrences, fingerprint } from '../../src/review/fingerprint.js';
import { ruleMeta } from './helpers.js';

const rules = new Map<string, RuleMeta>(
  [
    ruleMeta({
      id: 'NET002',
      category: 'network',
      variants: {
        import_only: {
          description: 'network module imported without a call',
          severity: { mcen_practical: 'info', mcen_strict: 'high' },
        },
      },
    }),
    ruleMeta({ id: 'PEX003' }),
    ruleMeta({
      id: 'DEX001',
      category: 'dynamic_exec',
      severity: { mcen_practical: 'blocker', mcen_strict: 'blocker' },
      suppressible: false,
    }),
  ].map((rule) => [rule.id, rule]),
);

function raw(ruleId: string, line: number, overrides: Partial<RawFinding> = {}): RawFinding {
  return {
    ruleId,
    confidence: 'medium',
    evidence: `evidence ${line}`,
    details: { qualified_name: 'x.y' },
    subject: 'x.y',
    statement: `stmt ${line}`,
    scope: 'module',
    line,
    column: 1,
    endLine: line,
    endColumn: 9,
    ...overrides,
  };
}

describe('toFindings', () => {
  test.each<[string, string | undefined, Profile, Severity]>([
    ['NET002', undefined, 'mcen_practical', 'high'],
    ['NET002', undefined, 'mcen_strict', 'blocker'],
    ['NET002', 'import_only', 'mcen_practical', 'info'],
    ['NET002', 'import_only', 'mcen_strict', 'high'],
    ['PEX003', undefined, 'mcen_practical', 'high'],
    ['PEX003', undefined, 'mcen_strict', 'blocker'],
  ])('%s variant %s under %s is %s', (ruleId, variant, profile, severity) => {
    const [only] = toFindings([raw(ruleId, 1, variant ? { variant } : {})], 'a.py', rules, profile, false);
    expect(only!.severity).toBe(severity);
  });

  test('copies rule metadata and the raw finding into the reported shape', () => {
    const input = raw('PEX003', 4, { details: { command: 'echo hi' }, column: 3, endLine: 5, endColumn: 2 });
    const [only] = toFindings([input], 'pkg/a.py', rules, 'mcen_practical', false);
    expect(only).toEqual<Finding>({
      rule_id: 'PEX003',
      title: 'PEX003 title',
      category: 'process_exec',
      severity: 'high',
      confidence: 'medium',
      file: 'pkg/a.py',
      line: 4,
      column: 3,
      end_line: 5,
      end_column: 2,
      evidence: 'evidence 4',
      why_it_matters: 'PEX003 why',
      remediation: 'PEX003 fix',
      fingerprint: fingerprint(input, 0),
      details: { command: 'echo hi' },
      disposition: 'active',
    });
    expect(only!.details).not.toBe(input.details);
  });

  test('identical findings get distinct fingerprints by occurrence', () => {
    const raws = [raw('PEX003', 9, { statement: 's' }), raw('PEX003', 2, { statement: 's' })];
    const occurrences = assignOccurrences(raws);
    const found = toFindings(raws, 'a.py', rules, 'mcen_practical', false);
    expect(found.map((f) => f.line)).toEqual([2, 9]);
    expect(found.map((f) => f.fingerprint)).toEqual([
      fingerprint(raws[1]!, occurrences[1]!),
      fingerprint(raws[0]!, occurrences[0]!),
    ]);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  test.each<[string, Profile, Finding['disposition']]>([
    ['DEX001', 'mcen_practical', 'excluded'],
    ['DEX001', 'mcen_strict', 'active'],
    ['PEX003', 'mcen_practical', 'excluded'],
    ['PEX003', 'mcen_strict', 'excluded'],
  ])('in an excluded file %s under %s is %s', (ruleId, profile, disposition) => {
    const [only] = toFindings([raw(ruleId, 1)], 'build/x.py', rules, profile, true);
    expect(only!.disposition).toBe(disposition);
    expect(only!.justification).toBe(disposition === 'excluded' ? EXCLUDED_JUSTIFICATION : undefined);
  });

  test('findings in a scanned file are active', () => {
    const found = toFindings([raw('DEX001', 1), raw('PEX003', 2)], 'a.py', rules, 'mcen_practical', false);
    expect(found.map((f) => f.disposition)).toEqual(['active', 'active']);
    expect(found.every((f) => f.justification === undefined)).toBe(true);
  });

  test('returns the findings in report order', () => {
    const found = toFindings(
      [raw('PEX003', 7), raw('PEX003', 2, { column: 9 }), raw('DEX001', 2, { column: 9 }), raw('NET002', 2)],
      'a.py',
      rules,
      'mcen_practical',
      false,
    );
    expect(found.map((f) => `${f.line}:${f.column}:${f.rule_id}`)).toEqual([
      '2:1:NET002',
      '2:9:DEX001',
      '2:9:PEX003',
      '7:1:PEX003',
    ]);
  });

  test('an unknown rule id or variant is a bug and throws', () => {
    expect(() => toFindings([raw('NOPE001', 1)], 'a.py', rules, 'mcen_practical', false)).toThrow(/NOPE001/);
    expect(() =>
      toFindings([raw('PEX003', 1, { variant: 'nope' })], 'a.py', rules, 'mcen_practical', false),
    ).toThrow(/variant "nope"/);
  });
});
