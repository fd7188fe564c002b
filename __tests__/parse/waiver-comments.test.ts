// Covers src/parse/waiver-comments.ts: waiver comments per language, strings that only look like them, malformed waivers.
import fc from 'fast-check';

import type { SourceLanguage } from '../../src/discover/file-kinds.js';
import { MAX_REASON_LENGTH, waiverComments } from '../../src/parse/waiver-comments.js';

/** A waiver as the table states it: `line:RULES -- reason` or `line:problem-fragment`. */
function summary(text: string, language: SourceLanguage): string[] {
  return waiverComments(text, language).map((w) =>
    w.problem === undefined ? `${w.line}:${w.rules.join(',')} -- ${w.reason}` : `${w.line}:! ${w.problem}`,
  );
}

const W = 'mcen: allow PEX003 -- runs the local formatter';

describe.each<[string, SourceLanguage, string, string[]]>([
  // Python
  ['python: own line', 'python', `# ${W}\nsubprocess.run(x)\n`, ['1:PEX003 -- runs the local formatter']],
  [
    'python: end of line',
    'python',
    `x = 1\nsubprocess.run(x)  # ${W}\n`,
    ['2:PEX003 -- runs the local formatter'],
  ],
  ['python: two rules', 'python', '# mcen: allow PEX003,NET002 -- both\n', ['1:PEX003,NET002 -- both']],
  [
    'python: blanks around the comma',
    'python',
    '# mcen: allow PEX003 , NET002 -- both\n',
    ['1:PEX003,NET002 -- both'],
  ],
  [
    'python: stacked after another pragma',
    'python',
    `x()  # noqa: S603  # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'python: reason may hold # and --',
    'python',
    '# mcen: allow PEX003 -- see #12 -- twice\n',
    ['1:PEX003 -- see #12 -- twice'],
  ],
  [
    'python: prose that mentions mcen: is no waiver',
    'python',
    '# the mcen: allow syntax is documented\n',
    [],
  ],
  ['python: in a string', 'python', `s = "# ${W}"\n`, []],
  ['python: in a single-quoted string', 'python', `s = '# ${W}'\n`, []],
  ['python: in a triple-quoted string', 'python', `s = """\n# ${W}\n"""\n`, []],
  ['python: in a triple-quoted raw bytes string', 'python', `s = rb'''x\n# ${W}\n'''\n`, []],
  ['python: escaped quote keeps the string open', 'python', `s = "a\\" # ${W}"\n`, []],
  ['python: escaped quote in a raw string keeps it open', 'python', `s = r'a\\' # ${W}'\n`, []],
  ['python: f-string reusing its quote (PEP 701)', 'python', `s = f"{d["k"]} # ${W}"\n`, []],
  ['python: f-string with a format spec', 'python', `s = f"{x:>{w}} # ${W}"\n`, []],
  [
    'python: comment after an f-string',
    'python',
    `s = f"{x}"  # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'python: comment after a string holding #',
    'python',
    `s = "#"  # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'python: identifier before a quote is no prefix',
    'python',
    `if"x" in s:  # ${W}\n  pass\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  ['python: CRLF line endings', 'python', `x = 1\r\n# ${W}\r\n`, ['2:PEX003 -- runs the local formatter']],
  ['python: format spec holding a quote', 'python', `s = f"{x:'>10} # ${W}"\n`, []],
  [
    'python: comment after a nested format field',
    'python',
    `s = f"{x:{w}}"  # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'python: comment after a slice in an f-string',
    'python',
    `s = f"{a[1:2]}"  # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  // Malformed
  [
    'missing reason',
    'python',
    '# mcen: allow PEX003\n',
    ['1:! reason required: add " -- reason" after the rule ids'],
  ],
  [
    'empty reason',
    'python',
    '# mcen: allow PEX003 --   \n',
    ['1:! reason required: write the reason after "--"'],
  ],
  [
    'bad separator: one dash',
    'python',
    '# mcen: allow PEX003 - formatter\n',
    ['1:! bad separator: put " -- " between the rule ids and the reason'],
  ],
  [
    'bad separator: colon',
    'python',
    '# mcen: allow PEX003: formatter\n',
    ['1:! bad separator: put " -- " between the rule ids and the reason'],
  ],
  [
    'bad separator: em dash',
    'python',
    '# mcen: allow PEX003 \u2014 formatter\n',
    ['1:! bad separator: put " -- " between the rule ids and the reason'],
  ],
  [
    'bad separator between ids',
    'python',
    '# mcen: allow PEX003;NET002 -- x\n',
    ['1:! bad separator between rule ids: separate them with ","'],
  ],
  [
    'ids separated by a blank',
    'python',
    '# mcen: allow PEX003 NET002 -- x\n',
    ['1:! bad separator between rule ids: separate them with ","'],
  ],
  [
    'empty id',
    'python',
    '# mcen: allow PEX003,,NET002 -- x\n',
    ['1:! empty rule id in the list: separate rule ids with one ","'],
  ],
  [
    'no rule id',
    'python',
    '# mcen: allow -- x\n',
    ['1:! no rule id after "allow": write "mcen: allow RULE_ID[,RULE_ID] -- reason"'],
  ],
  [
    'not an id',
    'python',
    '# mcen: allow PEX-3 -- x\n',
    ['1:! "PEX-3" is not a rule id: write "mcen: allow RULE_ID[,RULE_ID] -- reason"'],
  ],
  [
    'unknown directive',
    'python',
    '# mcen: ignore PEX003 -- x\n',
    ['1:! unknown directive "ignore": write "mcen: allow RULE_ID[,RULE_ID] -- reason"'],
  ],
  [
    'nothing after mcen:',
    'python',
    '# mcen:\n',
    ['1:! nothing after "mcen:": write "mcen: allow RULE_ID[,RULE_ID] -- reason"'],
  ],
  [
    'reason too long',
    'python',
    `# mcen: allow PEX003 -- ${'x'.repeat(MAX_REASON_LENGTH + 1)}\n`,
    [`1:! reason longer than ${MAX_REASON_LENGTH} characters`],
  ],
  // Shell
  ['shell: own line', 'shell', `# ${W}\ncurl x\n`, ['1:PEX003 -- runs the local formatter']],
  ['shell: end of line', 'shell', `ls -l # ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['shell: # inside a word is no comment', 'shell', `echo a#${W}\n`, []],
  ['shell: ${#var} and $# are no comments', 'shell', `echo \${#${W}} $#${W}\n`, []],
  ['shell: single quotes', 'shell', `echo '# ${W}'\n`, []],
  ['shell: double quotes across lines', 'shell', `echo "a\n# ${W}\n"\n`, []],
  [
    'shell: here-document body',
    'shell',
    `cat <<EOF\n# ${W}\nEOF\nls # ${W}\n`,
    ['4:PEX003 -- runs the local formatter'],
  ],
  [
    'shell: quoted tab-stripped here-document',
    'shell',
    `cat <<-'END' # ${W}\n\t# ${W}\n\tEND\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'shell: here-string is no here-document',
    'shell',
    `cat <<< x\n# ${W}\n`,
    ['2:PEX003 -- runs the local formatter'],
  ],
  ['shell: after a semicolon', 'shell', `ls;# ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  // PowerShell
  [
    'powershell: line comment',
    'powershell',
    `Start-Process x # ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  [
    'powershell: block comment line',
    'powershell',
    `<#\n ${W}\n#>\n`,
    ['2:PEX003 -- runs the local formatter'],
  ],
  [
    'powershell: one-line block comment',
    'powershell',
    `<# ${W} #>\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
  ['powershell: double-quoted string', 'powershell', `Write-Host "# ${W}"\n`, []],
  ['powershell: escaped quote in a string', 'powershell', `Write-Host "a\`" # ${W}"\n`, []],
  ['powershell: single-quoted with doubled quote', 'powershell', `Write-Host 'it''s # ${W}'\n`, []],
  ['powershell: here-string', 'powershell', `$s = @"\n# ${W}\n"@\n`, []],
  [
    'powershell: comment after a here-string',
    'powershell',
    `$s = @'\nx\n'@\n# ${W}\n`,
    ['4:PEX003 -- runs the local formatter'],
  ],
  // Batch
  ['batch: REM', 'batch', `REM ${W}\ncurl x\n`, ['1:PEX003 -- runs the local formatter']],
  ['batch: @rem', 'batch', `  @rem ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['batch: ::', 'batch', `:: ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['batch: after &', 'batch', `curl x & rem ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['batch: quoted & is no separator', 'batch', `echo "a & rem ${W}"\n`, []],
  ['batch: echo is no comment', 'batch', `echo rem ${W}\n`, []],
  ['batch: REMARK is a command', 'batch', `remark ${W}\n`, []],
  // VBScript
  ['vbscript: apostrophe', 'vbscript', `x = 1 ' ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['vbscript: Rem statement', 'vbscript', `Rem ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['vbscript: after a colon', 'vbscript', `x = 1 : REM ${W}\n`, ['1:PEX003 -- runs the local formatter']],
  ['vbscript: in a string', 'vbscript', `s = "it's ' ${W}"\n`, []],
  [
    'vbscript: after a string with doubled quotes',
    'vbscript',
    `s = "a""b" ' ${W}\n`,
    ['1:PEX003 -- runs the local formatter'],
  ],
])('%s', (_title, language, text, expected) => {
  test('gives the expected waivers', () => {
    expect(summary(text, language)).toEqual(expected);
  });
});

test('positions: line, column of `mcen:` and the end of the directive', () => {
  const [waiver] = waiverComments(`x = 1\nrun()  # ${W}   \n`, 'python');
  expect(waiver).toEqual({
    line: 2,
    column: 10,
    endColumn: 10 + W.length,
    ownLine: false,
    rules: ['PEX003'],
    reason: 'runs the local formatter',
    text: W,
  });
});

test.each<[SourceLanguage, string, boolean]>([
  ['python', `  # ${W}\n`, true],
  ['python', `run()  # ${W}\n`, false],
  ['python', `# noqa  # ${W}\n`, true],
  ['shell', `\t# ${W}\n`, true],
  ['shell', `ls # ${W}\n`, false],
  ['powershell', `<#\n  ${W}\n#>\n`, true],
  ['powershell', `x <# ${W} #>\n`, false],
  ['batch', `@REM ${W}\n`, true],
  ['batch', `:: ${W}\n`, true],
  ['batch', `curl x & rem ${W}\n`, false],
  ['vbscript', `' ${W}\n`, true],
  ['vbscript', `x = 1 : Rem ${W}\n`, false],
])('%s %j: the comment is alone on its line: %s', (language, text, ownLine) => {
  expect(waiverComments(text, language).map((w) => w.ownLine)).toEqual([ownLine]);
});

test('repeated rule ids are kept once', () => {
  expect(waiverComments('# mcen: allow PEX003,PEX003 -- x\n', 'python')[0]?.rules).toEqual(['PEX003']);
});

test('a long directive is clipped in the evidence text but read whole', () => {
  const reason = 'r'.repeat(MAX_REASON_LENGTH);
  const [waiver] = waiverComments(`# mcen: allow PEX003 -- ${reason}\n`, 'python');
  expect(waiver?.reason).toBe(reason);
  expect(waiver?.text.length).toBe(161);
  expect(waiver?.text.endsWith('…')).toBe(true);
});

describe('notebooks', () => {
  function notebook(cells: { cell_type: string; source: string[] }[]): string {
    return JSON.stringify({ cells: cells.map((c) => ({ metadata: {}, ...c })), nbformat: 4 }, null, 1);
  }
  const rawLine = (text: string, needle: string): number =>
    text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  test('a waiver in a code cell names its raw line, cell and cell line', () => {
    const text = notebook([
      { cell_type: 'markdown', source: [`# ${W}\n`] },
      { cell_type: 'code', source: ['import subprocess\n', `subprocess.run(x)  # ${W}\n`] },
    ]);
    expect(waiverComments(text, 'notebook')).toEqual([
      expect.objectContaining({
        line: rawLine(text, 'subprocess.run'),
        cell: 2,
        cellLine: 2,
        rules: ['PEX003'],
      }),
    ]);
  });

  test('a %%bash cell is read as shell; a string in a Python cell is no waiver', () => {
    const text = notebook([
      { cell_type: 'code', source: ['%%bash\n', `curl x # ${W}\n`] },
      { cell_type: 'code', source: [`s = "# ${W}"\n`] },
    ]);
    expect(waiverComments(text, 'notebook')).toEqual([
      expect.objectContaining({ line: rawLine(text, 'curl x'), cell: 1, cellLine: 2 }),
    ]);
  });

  test('a notebook that is not JSON has no waivers', () => {
    expect(waiverComments(`{ "cells": [ # ${W}`, 'notebook')).toEqual([]);
  });
});

const LANGUAGES: SourceLanguage[] = ['python', 'notebook', 'shell', 'powershell', 'batch', 'vbscript'];

test('text without `mcen:` has no waivers in any language', () => {
  for (const language of LANGUAGES) expect(waiverComments('# allow PEX003 -- x\n', language)).toEqual([]);
});

test.each([
  ['nested f-strings', `${'f"{'.repeat(100_000)}\n# ${W}\n`],
  ['nested format specs', `f"{x:${'{x:'.repeat(100_000)}\n# ${W}\n`],
])('hostile %s neither exhaust the stack nor hide the next line', (_name, text) => {
  expect(summary(text, 'python')).toEqual(['2:PEX003 -- runs the local formatter']);
});

test('never throws and is deterministic on arbitrary text', () => {
  const pieces = fc.constantFrom(
    '#',
    "'",
    '"',
    '"""',
    "'''",
    '`',
    '\\',
    '\n',
    '\r\n',
    ' ',
    'f"{',
    '}',
    '{',
    '<#',
    '#>',
    '@"\n',
    '\n"@',
    '<<EOF\n',
    'EOF',
    'rem ',
    '&',
    '::',
    'mcen: allow ',
    'PEX003',
    ',',
    ' -- ',
    'reason',
    'x',
    '$',
    ':',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
  );
  fc.assert(
    fc.property(texts, fc.constantFrom(...LANGUAGES), (text, language) => {
      const first = waiverComments(text, language);
      expect(waiverComments(text, language)).toEqual(first);
      for (const w of first) {
        expect(w.line).toBeGreaterThanOrEqual(1);
        expect(w.column).toBeGreaterThanOrEqual(1);
        expect(w.problem === undefined).toBe(w.reason !== '');
      }
    }),
    { numRuns: 2000 },
  );
});
