// Covers src/model/finding-order.ts: the one report order of findings.
import { compareFindings } from '../../src/model/finding-order.js';
import { finding } from '../review/helpers.js';

describe('compareFindings', () => {
  test('orders by file, line, column, rule, then end position and fingerprint', () => {
    const ordered = [
      finding({ file: 'a.py', line: 1, column: 1, rule_id: 'NET001' }),
      finding({ file: 'a.py', line: 1, column: 1, rule_id: 'PEX003', end_line: 1 }),
      finding({ file: 'a.py', line: 1, column: 1, rule_id: 'PEX003', end_line: 2, fingerprint: 'a' }),
      finding({ file: 'a.py', line: 1, column: 1, rule_id: 'PEX003', end_line: 2, fingerprint: 'b' }),
      finding({ file: 'a.py', line: 1, column: 7, rule_id: 'DEX001' }),
      finding({ file: 'a.py', line: 10, column: 1, rule_id: 'DEX001' }),
      finding({ file: 'b.py', line: 1, column: 1, rule_id: 'DEX001' }),
      finding({ file: 'b/a.py', line: 1, column: 1, rule_id: 'DEX001' }),
      finding({ file: 'c.py' }),
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareFindings)).toEqual(ordered);
  });

  test('compares paths by code unit, not by locale', () => {
    const sorted = [finding({ file: 'a.py' }), finding({ file: 'B.py' })].sort(compareFindings);
    expect(sorted.map((f) => f.file)).toEqual(['B.py', 'a.py']);
  });
});
