// Covers src/decide/decision.ts: the decision, its exit code and the summary totals.
import { decide } from '../../src/decide/decision.js';
import type { Finding } from '../../src/model/finding.js';
import { finding } from '../review/helpers.js';

const active = (severity: Finding['severity']): Finding => finding({ severity });
const suppressed = (severity: Finding['severity'], disposition: Finding['disposition']): Finding =>
  finding({ severity, disposition, justification: 'reviewed' });

describe('decide', () => {
  test.each<[string, Finding[], boolean, string, number]>([
    ['no findings, complete audit', [], true, 'PASS', 0],
    ['only medium, low and info', [active('medium'), active('low'), active('info')], true, 'PASS', 0],
    ['an active high', [active('high'), active('low')], true, 'CONDITIONAL_PASS', 2],
    ['an active blocker', [active('blocker')], true, 'FAIL', 1],
    ['a blocker beside a high', [active('high'), active('blocker')], true, 'FAIL', 1],
    ['an incomplete audit without findings', [], false, 'CONDITIONAL_PASS', 2],
    ['an incomplete audit with a blocker', [active('blocker')], false, 'FAIL', 1],
    ['an allowlisted high', [suppressed('high', 'allowlisted')], true, 'PASS', 0],
    ['a waived high', [suppressed('high', 'waived')], true, 'PASS', 0],
    ['a baselined blocker', [suppressed('blocker', 'baseline')], true, 'PASS', 0],
    ['an excluded blocker', [suppressed('blocker', 'excluded')], true, 'PASS', 0],
    [
      'a policy-allowed high beside an active blocker',
      [suppressed('high', 'allowed_by_policy'), active('blocker')],
      true,
      'FAIL',
      1,
    ],
  ])('%s', (_title, findings, complete, decision, exitCode) => {
    const summary = decide(findings, complete);
    expect(summary.decision).toBe(decision);
    expect(summary.exit_code).toBe(exitCode);
    expect(summary.audit_complete).toBe(complete);
  });

  test('totals count active findings by severity and category, every finding by disposition', () => {
    const summary = decide(
      [
        finding({ severity: 'blocker', category: 'network' }),
        finding({ severity: 'high', category: 'process_exec' }),
        finding({ severity: 'high', category: 'process_exec', disposition: 'allowlisted' }),
        finding({ severity: 'blocker', category: 'dynamic_exec', disposition: 'excluded' }),
        finding({ severity: 'info', category: 'network', disposition: 'waived' }),
      ],
      true,
    );
    expect(summary.totals_by_severity).toEqual({ blocker: 1, high: 1, medium: 0, low: 0, info: 0 });
    expect(summary.totals_by_category).toEqual({
      network: 1,
      persistence: 0,
      dynamic_exec: 0,
      deserialization: 0,
      process_exec: 1,
      obfuscation: 0,
      policy: 0,
      other: 0,
    });
    expect(summary.totals_by_disposition).toEqual({
      active: 2,
      allowlisted: 1,
      waived: 1,
      allowed_by_policy: 0,
      baseline: 0,
      excluded: 1,
    });
  });

  test('totals list every key in a fixed order even when empty', () => {
    const summary = decide([], true);
    expect(Object.keys(summary.totals_by_severity)).toEqual(['blocker', 'high', 'medium', 'low', 'info']);
    expect(Object.values(summary.totals_by_category).every((n) => n === 0)).toBe(true);
    expect(Object.keys(summary.totals_by_disposition)).toEqual([
      'active',
      'allowlisted',
      'waived',
      'allowed_by_policy',
      'baseline',
      'excluded',
    ]);
    expect(JSON.stringify(decide([], true))).toBe(JSON.stringify(summary));
  });
});
