// Covers src/publish/github/annotations.ts: levels, limits, columns, paths, ordering.
import type { Disposition, Severity } from '../../../src/model/finding.js';
import { annotationLevel, mostSevereFirst, toAnnotation } from '../../../src/publish/github/annotations.js';
import { makeFinding } from './helpers/report-fixture.js';

describe('annotationLevel', () => {
  const table: [Severity, Disposition, string][] = [
    ['blocker', 'active', 'failure'],
    ['high', 'active', 'warning'],
    ['medium', 'active', 'notice'],
    ['low', 'active', 'notice'],
    ['info', 'active', 'notice'],
    ['blocker', 'excluded', 'notice'],
    ['high', 'waived', 'notice'],
    ['high', 'baseline', 'notice'],
  ];
  test.each(table)('%s %s -> %s', (severity, disposition, level) => {
    expect(annotationLevel(makeFinding({ severity, disposition }))).toBe(level);
  });
});

describe('toAnnotation', () => {
  test('one-line finding keeps columns; title names rule and severity', () => {
    expect(toAnnotation(makeFinding())).toEqual({
      path: 'src/app.py',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 12,
      annotation_level: 'failure',
      title: 'DEX001 Builtin eval/exec/compile [blocker]',
      message: 'eval(data)\n\nWhy it matters: Runs arbitrary code.\nFix: Parse the data instead.',
    });
  });

  test('multi-line finding has no columns', () => {
    const a = toAnnotation(makeFinding({ end_line: 5 }));
    expect(a).toMatchObject({ start_line: 3, end_line: 5 });
    expect(a.start_column).toBeUndefined();
    expect(a.end_column).toBeUndefined();
  });

  test('path is made repository-relative with the scanned folder', () => {
    expect(toAnnotation(makeFinding(), 'services/api').path).toBe('services/api/src/app.py');
  });

  test('a non-active finding says why', () => {
    const a = toAnnotation(
      makeFinding({ severity: 'high', disposition: 'waived', justification: 'reviewed by ISSO' }),
    );
    expect(a.message).toMatch(/Disposition: waived — reviewed by ISSO$/);
  });

  test('ANSI is stripped and limits hold', () => {
    const a = toAnnotation(
      makeFinding({ title: `\u001b[31m${'x'.repeat(400)}`, evidence: 'e'.repeat(100_000) }),
    );
    expect(a.title).not.toContain('\u001b');
    expect(a.title!.length).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(64 * 1024);
  });

  // Found by fuzzing: evidence of a CR-only file reached the annotation with raw CRs.
  test.each([
    ['eval\rdef f():\r  pass', 'eval\ndef f():\n  pass'],
    ['a\r\nb\u2028c', 'a\nb\nc'],
    ['bidi\u202e\u200bx', 'bidi\\u202E\\u200Bx'],
  ])('evidence %j shows as %j: line breaks are LF, hidden characters visible', (evidence, shown) => {
    const a = toAnnotation(makeFinding({ evidence }));
    expect(a.message.split('\n\nWhy it matters')[0]).toBe(shown);
  });

  test('bad line numbers are raised to 1 so the batch is not rejected', () => {
    expect(toAnnotation(makeFinding({ line: 0, end_line: 0 }))).toMatchObject({ start_line: 1, end_line: 1 });
  });
});

describe('mostSevereFirst', () => {
  test('active before non-active, then by severity, then report order', () => {
    const findings = [
      makeFinding({ fingerprint: 'low', severity: 'low' }),
      makeFinding({ fingerprint: 'waived-blocker', disposition: 'excluded' }),
      makeFinding({ fingerprint: 'high', severity: 'high' }),
      makeFinding({ fingerprint: 'blocker-1' }),
      makeFinding({ fingerprint: 'blocker-2' }),
    ];
    expect(mostSevereFirst(findings).map((f) => f.fingerprint)).toEqual([
      'blocker-1',
      'blocker-2',
      'high',
      'low',
      'waived-blocker',
    ]);
  });
});
