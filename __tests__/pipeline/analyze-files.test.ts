// Covers src/pipeline/analyze-files.ts and src/pipeline/scan-worker.ts: results in file order
// on one thread, and through the committed bundle (where the worker script exists) the same
// report from worker threads as from one thread.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { discover } from '../../src/discover/discover.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { Report } from '../../src/model/report.js';
import { analyzeFiles } from '../../src/pipeline/analyze-files.js';

const repo = path.resolve(import.meta.dirname, '..', '..');
const fixtures = path.join(repo, '__tests__', 'rules', 'fixtures');
const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'mcen-jobs-'));

test('from source the files are analysed on this thread, each result in its file’s place', async () => {
  const discovery = await discover(fixtures, { include: [], exclude: [], outputDir: scratch() });
  const progress: number[] = [];
  const analysed = await analyzeFiles(discovery.files, {
    pack: loadRulepack(),
    policies: undefined,
    jobs: 4,
    onResult: (done) => progress.push(done),
  });
  expect(analysed.threads).toBe(1);
  expect(analysed.results.map((r) => r.scanned?.path)).toEqual(discovery.files.map((f) => f.path));
  expect(progress).toEqual(discovery.files.map((_, i) => i + 1));
  expect(analysed.times.parse).toBeGreaterThan(0);
});

/** report.json of `node dist/cli.js TARGET --jobs N`, without the run block. */
function bundledScan(target: string, jobs: number): { run: Report['run']; rest: string } {
  const out = path.join(scratch(), 'packet');
  const result = spawnSync(
    process.execPath,
    [path.join(repo, 'dist', 'cli.js'), target, '--quiet', '--jobs', String(jobs), '--output-dir', out],
    {
      encoding: 'utf8',
    },
  );
  expect(result.stderr).toBe('');
  const { run, ...rest } = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
  return { run, rest: JSON.stringify(rest) };
}

test('the bundle’s worker threads report exactly what one thread reports', () => {
  // Two copies of the fixtures: enough files for three workers.
  const target = scratch();
  cpSync(fixtures, path.join(target, 'a'), { recursive: true });
  cpSync(fixtures, path.join(target, 'b'), { recursive: true });
  const single = bundledScan(target, 1);
  const threaded = bundledScan(target, 3);
  expect(single.run.jobs).toBe(1);
  expect(threaded.run.jobs).toBe(3);
  expect(threaded.rest).toBe(single.rest);
  expect(JSON.parse(single.rest).findings.length).toBeGreaterThan(500);
});

test('the worker bundle is shipped in dist/', () => {
  expect(
    execFileSync('git', ['ls-files', 'dist/scan-worker.js'], { cwd: repo, encoding: 'utf8' }).trim(),
  ).toBe('dist/scan-worker.js');
});
