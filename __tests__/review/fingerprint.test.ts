// Covers src/review/fingerprint.ts: finding identity independent of position, occurrence numbering.
import type { RawFinding } from '../../src/model/finding.js';
import { assignOccurrences, fingerprint } from '../../src/review/fingerprint.js';

function raw(overrides: Partial<RawFinding> = {}): RawFinding {
  return {
    ruleId: 'PEX003',
    confidence: 'high',
    evidence: 'subprocess.run(["echo", "hi"])',
    details: { command: 'echo hi' },
    subject: 'echo hi',
    statement: 'subprocess.run(["echo", "hi"])',
    scope: 'module',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 31,
    ...overrides,
  };
}

describe('fingerprint', () => {
  const base = fingerprint(raw(), 0);

  test('is 32 lowercase hex digits', () => {
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });

  test.each<[string, Partial<RawFinding>, number]>([
    ['a moved statement keeps its identity', { line: 90, column: 5, endLine: 91, endColumn: 2 }, 0],
    [
      'reformatting whitespace keeps its identity',
      { statement: '  subprocess.run(["echo",\n   "hi"])  ' },
      0,
    ],
    ['evidence and details do not count', { evidence: 'x', details: {} }, 0],
    ['spaces inside brackets do not count', { statement: 'subprocess.run( [ "echo" , "hi" ] )' }, 0],
    [
      'a call split over lines with a trailing comma, as formatters write it, keeps its identity',
      { statement: 'subprocess.run(\n    [\n        "echo",\n        "hi",\n    ],\n)' },
      0,
    ],
    ['a backslash line continuation does not count', { statement: 'subprocess.run(["echo", \\\n "hi"])' }, 0],
  ])('%s', (_title, change, occurrence) => {
    expect(fingerprint(raw(change), occurrence)).toBe(base);
  });

  test.each<[string, Partial<RawFinding>, number]>([
    ['another rule is another finding', { ruleId: 'PEX001' }, 0],
    ['a changed payload is a new finding', { subject: 'echo bye' }, 0],
    ['a changed statement is a new finding', { statement: 'subprocess.run(["echo", "bye"])' }, 0],
    ['another scope is another finding', { scope: 'main' }, 0],
    ['a second copy is another finding', {}, 1],
    [
      'fields do not run into each other',
      { subject: 'echo h', statement: 'isubprocess.run(["echo", "hi"])' },
      0,
    ],
  ])('%s', (_title, change, occurrence) => {
    expect(fingerprint(raw(change), occurrence)).not.toBe(base);
  });
});

describe('assignOccurrences', () => {
  test('numbers identical findings in source order, aligned with the input', () => {
    const raws = [
      raw({ line: 20 }),
      raw({ line: 5 }),
      raw({ line: 7, subject: 'ls' }),
      raw({ line: 5, column: 40 }),
      raw({ line: 9, scope: 'f' }),
    ];
    expect(assignOccurrences(raws)).toEqual([2, 0, 0, 1, 0]);
  });

  test('statements differing only in whitespace are the same key', () => {
    expect(
      assignOccurrences([raw({ line: 1 }), raw({ line: 2, statement: 'subprocess.run(["echo",  "hi"])' })]),
    ).toEqual([0, 1]);
  });

  test('an empty list gives no occurrences', () => {
    expect(assignOccurrences([])).toEqual([]);
  });
});

test('words separated by a space are not joined by the normalisation', () => {
  expect(fingerprint(raw({ statement: 'not x' }), 0)).not.toBe(fingerprint(raw({ statement: 'notx' }), 0));
});
