// Covers src/cli/baseline-command.ts and `scan --baseline`: create a baseline, gate only new findings, list the fixed ones.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import { tempDir, writeTree } from '../discover/tree.js';
import { run } from './run-cli.js';

const LEGACY = {
  'app/jobs.py': 'import os\n\ndef run(cmd):\n    os.system(cmd)\n',
  'app/store.py': 'import pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n',
};

const tree = (files: Record<string, string>): string => writeTree(tempDir(), files);
const scratch = tempDir;
const readReport = (dir: string): Report =>
  JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;

/** Creates a baseline of `root` in a fresh folder and returns its path. */
async function createBaseline(root: string): Promise<string> {
  const file = path.join(scratch(), 'baseline.json');
  const result = await run(['baseline', 'create', root, '--output', file, '--output-dir', scratch()]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return file;
}

test('baseline create writes every finding, exits 0 whatever it found, and is byte-identical when repeated', async () => {
  const root = tree(LEGACY);
  const file = path.join(scratch(), 'nested', 'baseline.json');
  const result = await run(['baseline', 'create', root, '--output', file, '--output-dir', scratch()]);
  expect(result.code).toBe(0);
  const written = JSON.parse(readFileSync(file, 'utf8')) as { findings: { rule_id: string; file: string }[] };
  expect(written.findings.map((f) => `${f.rule_id} ${f.file}`)).toEqual(
    expect.arrayContaining(['PEX001 app/jobs.py', 'DES001 app/store.py']),
  );
  expect(result.stdout).toBe(`baseline: ${written.findings.length} findings recorded in ${file}\n`);
  const again = path.join(scratch(), 'again.json');
  await run(['baseline', 'create', root, '--output', again, '--output-dir', scratch(), '--quiet']);
  expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
});

test('against its baseline, the exit code comes only from the new finding', async () => {
  const root = tree(LEGACY);
  const baseline = await createBaseline(root);
  // A review-level process call: alone it makes a CONDITIONAL_PASS; the legacy blockers would FAIL.
  writeFileSync(path.join(root, 'app/new.py'), 'import subprocess\nsubprocess.run(["echo", "hi"])\n');
  const out = scratch();
  const result = await run(['scan', root, '--output-dir', out, '--baseline', baseline]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(2);
  const report = readReport(out);
  expect(report.findings.map((f) => `${f.rule_id} ${f.file}:${f.line} ${f.disposition}`)).toEqual([
    'PEX001 app/jobs.py:4 baseline',
    'PEX003 app/new.py:2 active',
    'DES001 app/store.py:4 baseline',
  ]);
  expect(report.baseline).toMatchObject({ source: baseline, entries: 2, matched: 2, fixed: [] });
  expect(report.baseline!.sha256).toMatch(/^[0-9a-f]{64}$/);
  const sarif = JSON.parse(readFileSync(path.join(out, 'report.sarif'), 'utf8')) as {
    runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[] }[] }[];
  };
  expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'PEX001')!.suppressions).toEqual([
    { kind: 'external', status: 'accepted', justification: `present in the baseline ${baseline}` },
  ]);
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain(
    '| Findings still present (matched, not deciding) | 2 |',
  );
});

test('a finding removed since the baseline is listed as fixed; with nothing new the gate passes', async () => {
  const root = tree(LEGACY);
  const baseline = await createBaseline(root);
  rmSync(path.join(root, 'app/store.py'));
  const out = scratch();
  const result = await run(['scan', root, '--output-dir', out, '--baseline', baseline]);
  expect(result.code).toBe(0);
  const report = readReport(out);
  expect(report.baseline!.fixed).toEqual([
    {
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
      rule_id: 'DES001',
      file: 'app/store.py',
      line: 4,
    },
  ]);
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toMatch(
    /\| DES001 \| `app\/store\.py:4` \| `[0-9a-f]{32}` \|/,
  );
});

test('a previous report.sarif works as the baseline, a moved file included', async () => {
  const root = tree(LEGACY);
  const first = scratch();
  expect((await run(['scan', root, '--output-dir', first])).code).toBe(1);
  mkdirSync(path.join(root, 'lib'));
  writeFileSync(path.join(root, 'lib/jobs.py'), readFileSync(path.join(root, 'app/jobs.py')));
  rmSync(path.join(root, 'app/jobs.py'));
  const out = scratch();
  const result = await run([
    'scan',
    root,
    '--output-dir',
    out,
    '--baseline',
    path.join(first, 'report.sarif'),
  ]);
  expect(result.code).toBe(0);
  expect(readReport(out).findings.every((f) => f.disposition === 'baseline')).toBe(true);
});

describe('a bad baseline is one line on stderr, exit 3, and nothing written', () => {
  test.each([
    [
      'malformed entry',
      JSON.stringify({ findings: [{ fingerprint: 'a'.repeat(32), rule_id: 'NET001', file: 'a.py' }] }),
      'findings[0]: line must be a whole number from 1',
    ],
    [
      'not a report',
      JSON.stringify({ hello: 'world' }),
      'top level: not a report.json, baseline or SARIF file',
    ],
    ['invalid JSON', '{"findings": [', 'invalid JSON'],
  ])('%s', async (_name, content, problem) => {
    const baseline = path.join(scratch(), 'bad.json');
    writeFileSync(baseline, content);
    const out = path.join(scratch(), 'packet');
    const result = await run(['scan', tree(LEGACY), '--output-dir', out, '--baseline', baseline]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`mcen-scan: baseline ${baseline}: ${problem}`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  test('a missing baseline file', async () => {
    const out = path.join(scratch(), 'packet');
    const missing = path.join(scratch(), 'missing.json');
    const result = await run(['scan', tree(LEGACY), '--output-dir', out, '--baseline', missing]);
    expect(result).toMatchObject({
      code: 3,
      stderr: `mcen-scan: baseline ${missing}: cannot read: ENOENT\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  test('baseline create on a missing target writes no baseline', async () => {
    const dir = scratch();
    const result = await run([
      'baseline',
      'create',
      path.join(dir, 'nope'),
      '--output',
      path.join(dir, 'b.json'),
    ]);
    expect(result.code).toBe(3);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('baseline create with an unknown option is a usage error', async () => {
    const dir = scratch();
    const result = await run(['baseline', 'create', dir, '--sarif', 'x']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("unknown option '--sarif'");
  });
});
