// Covers src/review/baseline/apply.ts: multiset matching, same-file preference, dispositions kept, the fixed list.
import type { Disposition, Finding } from '../../../src/model/finding.js';
import type { BaselineFinding } from '../../../src/model/report.js';
import { applyBaseline } from '../../../src/review/baseline/apply.js';
import type { Baseline } from '../../../src/review/baseline/load.js';
import { finding } from '../helpers.js';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);

/** A current finding: fingerprint, file, line and disposition. */
const current = (
  fingerprint: string,
  file: string,
  line: number,
  disposition: Disposition = 'active',
): Finding => finding({ fingerprint, file, line, end_line: line, disposition });

/** A recorded baseline entry. */
const recorded = (fingerprint: string, file: string, line: number, rule_id = 'PEX003'): BaselineFinding => ({
  fingerprint,
  rule_id,
  file,
  line,
});

const baselineOf = (entries: BaselineFinding[]): Baseline => ({
  source: 'base.json',
  sha256: '0'.repeat(64),
  entries,
});

/** `file:line disposition` for each finding, in report order. */
const outcome = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.file}:${f.line} ${f.disposition}`);

test.each<[string, Finding[], BaselineFinding[], string[], string[]]>([
  [
    'a finding in the baseline stops deciding; a new one stays active',
    [current(A, 'a.py', 2), current(B, 'a.py', 5)],
    [recorded(A, 'a.py', 1)],
    ['a.py:2 baseline', 'a.py:5 active'],
    [],
  ],
  [
    'each entry matches one finding: two copies of a recorded pattern, one is new',
    [current(A, 'a.py', 2), current(A, 'b.py', 2)],
    [recorded(A, 'b.py', 2)],
    ['a.py:2 active', 'b.py:2 baseline'],
    [],
  ],
  [
    'an entry recorded in the same file is matched first, so the other one is fixed',
    [current(A, 'a.py', 2)],
    [recorded(A, 'z.py', 9), recorded(A, 'a.py', 2)],
    ['a.py:2 baseline'],
    [`z.py:9 PEX003 ${A}`],
  ],
  [
    'a moved file matches entries recorded under its old path',
    [current(A, 'new/place.py', 30)],
    [recorded(A, 'old/place.py', 3)],
    ['new/place.py:30 baseline'],
    [],
  ],
  [
    'entries nothing matched are fixed, sorted by file, line, rule, fingerprint',
    [current(A, 'a.py', 2)],
    [
      recorded(C, 'b.py', 7, 'NET001'),
      recorded(A, 'a.py', 2),
      recorded(B, 'b.py', 7, 'DEX001'),
      recorded(B, 'a.py', 9),
    ],
    ['a.py:2 baseline'],
    [`a.py:9 PEX003 ${B}`, `b.py:7 DEX001 ${B}`, `b.py:7 NET001 ${C}`],
  ],
  [
    'a finding another control took out keeps its disposition but uses up its entry',
    [
      current(A, 'a.py', 2, 'waived'),
      current(A, 'b.py', 2, 'allowlisted'),
      current(B, 'c.py', 1, 'excluded'),
    ],
    [recorded(A, 'a.py', 2), recorded(B, 'c.py', 1)],
    ['a.py:2 waived', 'b.py:2 allowlisted', 'c.py:1 excluded'],
    [],
  ],
  [
    'entries left over from other files are used in file and line order',
    [current(A, 'new.py', 1), current(A, 'other.py', 1)],
    [
      recorded(A, 'old2.py', 1),
      recorded(A, 'old1.py', 8),
      recorded(A, 'old1.py', 3),
      recorded(A, 'other.py', 1),
    ],
    ['new.py:1 baseline', 'other.py:1 baseline'],
    [`old1.py:8 PEX003 ${A}`, `old2.py:1 PEX003 ${A}`],
  ],
  ['an empty baseline leaves everything active', [current(A, 'a.py', 2)], [], ['a.py:2 active'], []],
])('%s', (_name, findings, entries, expected, fixed) => {
  const result = applyBaseline(findings, baselineOf(entries));
  expect(outcome(result.findings)).toEqual(expected);
  expect(result.summary!.fixed.map((f) => `${f.file}:${f.line} ${f.rule_id} ${f.fingerprint}`)).toEqual(
    fixed,
  );
  expect(result.summary!.entries).toBe(entries.length);
  expect(result.summary!.matched).toBe(entries.length - fixed.length);
});

test('a baselined finding carries the justification every output shows', () => {
  const [f] = applyBaseline([current(A, 'a.py', 2)], baselineOf([recorded(A, 'a.py', 2)])).findings;
  expect(f).toMatchObject({ disposition: 'baseline', justification: 'present in the baseline base.json' });
});

test('never-suppressible rules are covered too: the baseline records what predates the gate', () => {
  const blocker = finding({ rule_id: 'NET001', severity: 'blocker', fingerprint: A });
  expect(
    applyBaseline([blocker], baselineOf([recorded(A, 'a.py', 2, 'NET001')])).findings[0]!.disposition,
  ).toBe('baseline');
});

test('without a baseline nothing changes and the summary is null', () => {
  const findings = [current(B, 'b.py', 1), current(A, 'a.py', 2)];
  const result = applyBaseline(findings, undefined);
  expect(result.summary).toBeNull();
  expect(outcome(result.findings)).toEqual(['a.py:2 active', 'b.py:1 active']);
});

test('the input is not changed', () => {
  const findings = [current(A, 'a.py', 2)];
  applyBaseline(findings, baselineOf([recorded(A, 'a.py', 2)]));
  expect(findings[0]!.disposition).toBe('active');
});
