// Pathological file content through analyzeSource, per language: every case finishes without a
// throw and reports what it could (its rule) or that it could not (SCAN001). Each row is either a
// crash the fuzzing or the hostile-repository test found (named in the title) or a bound worth
// keeping pinned.
import type { Parser } from 'web-tree-sitter';

import type { SourceLanguage } from '../../src/discover/file-kinds.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzeSource } from '../../src/pipeline/analyze-source.js';
import { scan } from '../../src/pipeline/scan.js';
import { replaceAllBounded } from '../../src/resolve/python/special-calls.js';
import { normaliseTypeName } from '../../src/resolve/scripts/facts.js';
import { hole, MAX_PARTS, MAX_TEXT, normalise } from '../../src/resolve/python/templates.js';
import { tempDir, writeTree } from '../discover/tree.js';

let parser: Parser;
beforeAll(async () => {
  parser = await createParser('python');
});
afterAll(() => parser.delete());

const pack = loadRulepack();

interface Case {
  title: string;
  language: SourceLanguage;
  source: () => string;
  /** Rules that must be among the findings. */
  expect: string[];
}

const CASES: Case[] = [
  {
    title: 'thousands of brackets',
    language: 'python',
    source: () => `x = ${'['.repeat(5000)}${']'.repeat(5000)}\neval(x)\n`,
    expect: ['DEX001'],
  },
  {
    title: 'calls nested 3000 deep',
    language: 'python',
    source: () => `${'eval('.repeat(3000)}1${')'.repeat(3000)}\n`,
    expect: ['DEX001'],
  },
  {
    title: 'parentheses nested 10,000 deep',
    language: 'python',
    source: () => `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`,
    expect: [],
  },
  {
    title: '2,000 nested blocks, one indentation level each',
    language: 'python',
    source: () =>
      `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}if x:`).join('\n')}\n${' '.repeat(2000)}eval(1)\n`,
    expect: [],
  },
  {
    title: 'a megabyte string literal, then eval',
    language: 'python',
    source: () => `x = "${'a'.repeat(1024 * 1024)}"\neval(x)\n`,
    expect: ['DEX001'],
  },
  {
    title: 'a 1 MB line of one expression',
    language: 'python',
    source: () => `x = ${'1+'.repeat(500_000)}1\neval(x)\n`,
    expect: ['DEX001'],
  },
  {
    title: 'shell: command substitutions nested 2000 deep',
    language: 'shell',
    source: () => `echo ${'$('.repeat(2000)}curl https://a.example.com${')'.repeat(2000)}\n`,
    expect: [],
  },
  {
    title: 'PowerShell: script blocks nested 3000 deep',
    language: 'powershell',
    source: () => `${'& { '.repeat(3000)}iex $x${' }'.repeat(3000)}\n`,
    expect: [],
  },
  {
    title: 'batch: parentheses 10,000 deep',
    language: 'batch',
    source: () =>
      `${'('.repeat(10_000)}certutil -urlcache -f https://a.example.com/x x${')'.repeat(10_000)}\n`,
    expect: [],
  },
  {
    title: 'VBScript: parentheses 10,000 deep',
    language: 'vbscript',
    source: () => `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\nExecute x\n`,
    expect: [],
  },
  {
    // Crash found by fuzzing: the name regex needed a closing `]`; exec returned null (TypeError).
    title: 'crash fixed: VBScript `[` without its `]`',
    language: 'vbscript',
    source: () => '[ \nx = [a b\nExecute x\n',
    expect: ['DEX001'],
  },
  {
    // Crash found by probing 2 MB files: each line doubled the value's parts (2^n), so the
    // spread of a variable's value overflowed the stack (and memory soon after).
    title: 'crash fixed: shell `X=$X$X` 40 times, then curl $X',
    language: 'shell',
    source: () => `${'X=$X$Y$X\n'.repeat(40)}curl "$X"\n`,
    expect: [],
  },
  {
    title: 'crash fixed: batch `set X=%X%%X%` 40 times, then curl %X%',
    language: 'batch',
    source: () => `${'set X=%X%%Y%%X%\n'.repeat(40)}curl %X%\n`,
    expect: [],
  },
  {
    title: 'PowerShell: `$x = $x + $y + $x` 40 times, then iex $x',
    language: 'powershell',
    source: () => `${'$x = $x + $y + $x\n'.repeat(40)}iex $x\n`,
    expect: ['DEX001'],
  },
  {
    title: 'VBScript: `x = x & y & x` 40 times, then Execute x',
    language: 'vbscript',
    source: () => `${'x = x & y & x\n'.repeat(40)}Execute x\n`,
    expect: ['DEX001'],
  },
  {
    // Crash found by probing: the unknown value's reason described both sides, doubling every
    // line (RangeError: Invalid string length).
    title: 'crash fixed: Python `x = x + y + x` 40 times, then exec(x)',
    language: 'python',
    source: () => `x = y\n${'x = x + y + x\n'.repeat(40)}exec(x)\n`,
    expect: [],
  },
  {
    title: 'Python: a list doubled 40 times (`a = a + a`), then subprocess.run(a)',
    language: 'python',
    source: () => `import subprocess\na = ["sh", y]\n${'a = a + a\n'.repeat(40)}subprocess.run(a)\n`,
    expect: [],
  },
  {
    // Crash found by probing: the replaced text was never cut, doubled every line, and killed
    // the process (V8 fatal error in String.prototype.split, not even a catchable throw).
    title: 'crash fixed: Python `x = x.replace("a", "aa")` 30 times, then exec(x)',
    language: 'python',
    source: () => `x = "aa"\n${'x = x.replace("a", "aa")\n'.repeat(30)}exec(x)\n`,
    expect: ['DEX001'],
  },
  {
    title: 'Python: a megabyte text replacing each of its own characters',
    language: 'python',
    source: () => `x = "${'a'.repeat(1 << 20)}"\ny = x.replace("a", x)\nexec(y)\n`,
    expect: ['DEX001'],
  },
  {
    // Crash found by probing: `a = b = ... = 1` recursed once per target (stack overflow).
    title: 'crash fixed: Python chained assignment with 100,000 targets',
    language: 'python',
    source: () => `${'x = '.repeat(100_000)}"a"\nexec(x)\n`,
    expect: ['DEX001'],
  },
  {
    // Crash found by probing: binding a nested target recursed without the depth bound.
    title: 'crash fixed: Python assignment to a tuple target nested 5000 deep',
    language: 'python',
    source: () => `${'('.repeat(5000)}a${',)'.repeat(5000)} = x\neval(a)\n`,
    expect: ['SCAN001'],
  },
  {
    title: 'crash fixed: Python for loop over a list target nested 5000 deep',
    language: 'python',
    source: () => `for ${'['.repeat(5000)}a${']'.repeat(5000)} in x:\n    eval(a)\n`,
    expect: ['SCAN001'],
  },
  {
    // Slow input found by probing: /\^+$/ on a long run of carets took quadratic time.
    title: 'batch: 1,000,000 carets on one line',
    language: 'batch',
    source: () => `curl ${'^'.repeat(1_000_000)}x\n`,
    expect: [],
  },
  {
    // Slow input found by probing: /(?:\.\d+)+$/ on a ProgID took quadratic time.
    title: 'VBScript: CreateObject of a 1 MB ProgID of version-like parts',
    language: 'vbscript',
    source: () => `Set o = CreateObject("${'.1'.repeat(500_000)}x")\n`,
    expect: [],
  },
  {
    // Slow input found by profiling: each call climbed to its statement through tree-sitter's
    // root-walking parent lookup (depth cubed: 12 s for these five lines, now 0.2 s).
    title: 'Python: five lines of 2000 nested "".join( calls',
    language: 'python',
    source: () => `x = ${'"".join('.repeat(2000)}["a"]${')'.repeat(2000)}\n`.repeat(5),
    expect: ['SCAN001'],
  },
  {
    title: 'notebook: a code cell 5000 brackets deep',
    language: 'notebook',
    source: () =>
      JSON.stringify({
        cells: [{ cell_type: 'code', source: [`x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'eval(x)\n'] }],
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
      }),
    expect: ['DEX001'],
  },
  {
    title: 'notebook: JSON nested 100,000 arrays deep',
    language: 'notebook',
    source: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    expect: [],
  },
];

test.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
  const result = await analyzeSource(c.source(), c.language, parser, pack);
  const findings = 'findings' in result ? result.findings : [];
  const rules = new Set(findings.map((f) => f.ruleId));
  for (const rule of c.expect) expect(rules).toContain(rule);
});

test('crash fixed: one line of 150,000 eval calls gives 150,000 findings, no stack overflow in scan()', async () => {
  // `findings.push(...list)` passed every finding as an argument: RangeError past ~120k.
  const root = writeTree(tempDir(), { 'many.py': `${'eval(1);'.repeat(150_000)}\n` });
  const report = await scan({ target: root, profile: 'mcen_practical', outputDir: `${root}/out` });
  expect(report.findings.filter((f) => f.rule_id === 'DEX001')).toHaveLength(150_000);
});

test('a template keeps at most MAX_PARTS parts, the rest one hole', () => {
  const parts = Array.from({ length: 1000 }, (_, i) => (i % 2 ? hole(`h${i}`) : `t${i}`));
  const kept = normalise(parts);
  expect(kept).toHaveLength(MAX_PARTS);
  expect(kept.slice(0, MAX_PARTS - 1)).toEqual(parts.slice(0, MAX_PARTS - 1));
  expect(kept.at(-1)).toEqual(hole('the rest of a value built from too many pieces'));
  expect(normalise(['a', 'b', hole('x'), 'c'])).toEqual(['ab', hole('x'), 'c']);
});

test.each([
  ['aXbXc', 'X', '-', 'a-b-c'],
  ['abc', '', 'x', 'xaxbxcx'],
  ['', '', 'x', 'x'],
  ['aaa', 'aa', 'b', 'ba'],
  ['abc', 'z', 'y', 'abc'],
])("replaceAllBounded(%j, %j, %j) is Python's %j", (text, from, to, expected) => {
  expect(replaceAllBounded(text, from, to)).toBe(expected);
});

test('replaceAllBounded stops at MAX_TEXT characters', () => {
  const big = 'a'.repeat(MAX_TEXT);
  expect(replaceAllBounded(big, 'a', big)).toHaveLength(MAX_TEXT);
});

test.each([
  ['MSXML2.XMLHTTP.6.0', 'msxml2.xmlhttp'],
  ['[System.Net.WebClient]', 'net.webclient'],
  ['msxml2', 'msxml2'],
  ['a.12b', 'a.12b'],
  ['x.1.', 'x.1.'],
  ['.5', ''],
])('normaliseTypeName(%j) is %j', (name, normal) => {
  expect(normaliseTypeName(name)).toBe(normal);
});
