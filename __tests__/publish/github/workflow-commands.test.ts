// Covers src/publish/github/workflow-commands.ts: escaping and the fallback annotation commands.
import type { CheckAnnotation } from '../../../src/publish/github/github-client.js';
import {
  annotationCommand,
  annotationCommands,
  escapeData,
  escapeProperty,
  workflowCommand,
} from '../../../src/publish/github/workflow-commands.js';

describe('escaping', () => {
  const table: [string, string, string][] = [
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k:v', 'k:v', 'k%3Av'],
    ['a,b', 'a,b', 'a%2Cb'],
    ['%0A', '%250A', '%250A'],
    ['\u001b[31mred\u001b[0m', 'red', 'red'],
    ['\n::error::forged', '%0A::error::forged', '%0A%3A%3Aerror%3A%3Aforged'],
    ['bell\u0007 and nul\u0000', 'bell and nul', 'bell and nul'],
    ['tab\tkept', 'tab\tkept', 'tab\tkept'],
    ['bidi\u202egnp.py', 'bidi\\u202Egnp.py', 'bidi\\u202Egnp.py'],
    ['zero\u200bwidth\ufeff', 'zero\\u200Bwidth\\uFEFF', 'zero\\u200Bwidth\\uFEFF'],
  ];
  test.each(table)('%j -> data %j, property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });
});

describe('workflowCommand', () => {
  test('properties in order, undefined ones left out', () => {
    expect(
      workflowCommand('warning', { file: 'a,b.py', line: 3, col: undefined, title: 'T: x' }, 'msg'),
    ).toBe('::warning file=a%2Cb.py,line=3,title=T%3A x::msg');
  });
  test('no properties', () => {
    expect(workflowCommand('notice', {}, 'hello')).toBe('::notice::hello');
  });
  test('hostile text can never start a second line', () => {
    const line = workflowCommand('error', { file: 'x\n::add-mask::y' }, 'm\r\n::stop-commands::z');
    expect(line.split(/[\r\n]/)).toHaveLength(1);
  });
});

const annotation = (
  level: CheckAnnotation['annotation_level'],
  line: number,
  extra: Partial<CheckAnnotation> = {},
): CheckAnnotation => ({
  path: 'src/a.py',
  start_line: line,
  end_line: line,
  annotation_level: level,
  message: `m${line}`,
  title: 'DEX001 eval [blocker]',
  ...extra,
});

describe('annotationCommand', () => {
  test('maps failure to error and keeps columns on one line', () => {
    expect(annotationCommand(annotation('failure', 4, { start_column: 2, end_column: 9 }))).toBe(
      '::error file=src/a.py,line=4,endLine=4,col=2,endColumn=9,title=DEX001 eval [blocker]::m4',
    );
  });
  test('drops columns on a multi-line annotation', () => {
    expect(annotationCommand(annotation('notice', 4, { end_line: 6, start_column: 2, end_column: 9 }))).toBe(
      '::notice file=src/a.py,line=4,endLine=6,title=DEX001 eval [blocker]::m4',
    );
  });
});

describe('annotationCommands', () => {
  test('errors first, then warnings, then notices, stable within a level', () => {
    const { lines, overflow } = annotationCommands([
      annotation('notice', 1),
      annotation('failure', 2),
      annotation('warning', 3),
      annotation('failure', 4),
    ]);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')) + l.slice(l.lastIndexOf('::')))).toEqual([
      '::error::m2',
      '::error::m4',
      '::warning::m3',
      '::notice::m1',
    ]);
    expect(overflow).toBe(false);
  });
  test('more than 10 of one level is reported as overflow', () => {
    const many = Array.from({ length: 11 }, (_, i) => annotation('warning', i + 1));
    expect(annotationCommands(many)).toMatchObject({ overflow: true });
    expect(annotationCommands(many.slice(1))).toMatchObject({ overflow: false });
  });
});
