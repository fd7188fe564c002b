// Covers src/review/fingerprint.ts with src/review/baseline/*: the identity properties the issue names, on real scans.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Finding } from '../../../src/model/finding.js';
import { loadRulepack } from '../../../src/match/rulepack-loader.js';
import type { Report } from '../../../src/model/report.js';
import { scan } from '../../../src/pipeline/scan.js';
import { renderReportJson } from '../../../src/render/report-json.js';
import { renderSarif } from '../../../src/render/sarif.js';
import { tempDir, writeTree } from '../../discover/tree.js';

const out = mkdtempSync(path.join(tmpdir(), 'gk6-baseline-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const LEGACY = [
  'import os',
  'import pickle',
  '',
  'def load(blob):',
  '    return pickle.loads(blob)',
  '',
  'def run(cmd):',
  '    os.system(cmd)',
  '',
].join('\n');

/** Scans `files` with a rendering (`format`) of a scan of `before` as the baseline. */
async function scanAgainst(
  before: Record<string, string>,
  files: Record<string, string>,
  format: 'report.json' | 'report.sarif' = 'report.json',
): Promise<Report> {
  const first = await scan({
    target: writeTree(tempDir(), before),
    profile: 'mcen_practical',
    outputDir: out,
  });
  const baselineFile = path.join(tempDir(), format);
  writeFileSync(
    baselineFile,
    format === 'report.json' ? renderReportJson(first) : renderSarif(first, loadRulepack().rules),
  );
  return scan({
    target: writeTree(tempDir(), files),
    profile: 'mcen_practical',
    outputDir: out,
    baseline: baselineFile,
  });
}

const show = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.rule_id} ${f.file}:${f.line} ${f.disposition}`);

test.each([
  [
    'lines added above and between the findings',
    {
      'app/legacy.py': `"""Docstring."""\nimport sys\n\n${LEGACY.replace('def run', '# a comment\n\n\ndef run')}`,
    },
  ],
  [
    'lines removed elsewhere in the file',
    { 'app/legacy.py': LEGACY.replace('\n\n', '\n').replace('\n\n', '\n') },
  ],
  ['the file moved unchanged', { 'lib/moved/legacy.py': LEGACY }],
  [
    'the code reformatted (whitespace inside the statement)',
    { 'app/legacy.py': LEGACY.replace('os.system(cmd)', 'os.system( cmd )') },
  ],
  [
    'a formatter split the call over lines with a trailing comma',
    { 'app/legacy.py': LEGACY.replace('os.system(cmd)', 'os.system(\n        cmd,\n    )') },
  ],
])('a legacy finding stays baseline when %s', async (_name, files) => {
  const { findings } = await scanAgainst({ 'app/legacy.py': LEGACY }, files);
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.filter((f) => f.disposition !== 'baseline')).toEqual([]);
});

test.each([
  [
    'a second identical call in the same function',
    LEGACY.replace('    os.system(cmd)', '    os.system(cmd)\n    os.system(cmd)'),
    ['PEX001 app/legacy.py:9 active'],
  ],
  [
    'a second call of the same rule with another argument in the same function',
    LEGACY.replace('    os.system(cmd)', '    os.system(cmd)\n    os.system(other)'),
    ['PEX001 app/legacy.py:9 active'],
  ],
  [
    'the same call copied into another function',
    `${LEGACY}\ndef again(cmd):\n    os.system(cmd)\n`,
    ['PEX001 app/legacy.py:11 active'],
  ],
  [
    'a changed payload',
    LEGACY.replace('os.system(cmd)', 'os.system(cmd + " &")'),
    ['PEX001 app/legacy.py:8 active'],
  ],
])('%s is new', async (_name, source, expected) => {
  const { findings } = await scanAgainst({ 'app/legacy.py': LEGACY }, { 'app/legacy.py': source });
  expect(show(findings.filter((f) => f.disposition !== 'baseline'))).toEqual(expected);
});

test.each(['report.json', 'report.sarif'] as const)(
  'an unchanged tree against its own %s: every finding baseline, blockers included, and the gate passes',
  async (format) => {
    const report = await scanAgainst({ 'app/legacy.py': LEGACY }, { 'app/legacy.py': LEGACY }, format);
    expect(report.findings.some((f) => f.severity === 'blocker')).toBe(true);
    expect(report.findings.every((f) => f.disposition === 'baseline')).toBe(true);
    expect(report.summary.decision).toBe('PASS');
    expect(report.baseline).toMatchObject({
      entries: report.findings.length,
      matched: report.findings.length,
      fixed: [],
    });
  },
);
