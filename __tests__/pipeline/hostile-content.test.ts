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
