// Covers src/cli/merge-command.ts and the --shard option of src/cli/scan-command.ts through main():
// parsing, exit codes, and one escaped line on stderr naming the option or folder.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import { tempDir, writeTree } from '../discover/tree.js';
import { run } from './run-cli.js';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'mcen-out-'));
const readReport = (dir: string): Report =>
  JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;

const root = writeTree(tempDir(), {
  'a.py': 'import urllib.request\nurllib.request.urlopen("https://example.com")\n',
  'b.py': 'import subprocess\nsubprocess.run(["echo", "hi"])\n',
  'c.py': 'x = 1\n',
  'd.sh': 'echo hi\n',
});

describe('--shard', () => {
  test.each([
    ['2/x', '--shard "2/x": expected K/N, e.g. 2/5'],
    ['0/2', '--shard 0/2: K must be between 1 and N'],
    ['3/2', '--shard 3/2: K must be between 1 and N'],
    ['1/999', '--shard 1/999: N must be between 1 and 256'],
  ])('%s: exit 3 and one line naming the option, nothing written', async (value, message) => {
    const out = scratch();
    const result = await run(['scan', root, '--shard', value, '--output-dir', out, '--quiet']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`mcen-scan: ${message}\n`);
    expect(readdirSync(out)).toEqual([]);
  });

  test('records the shard in report.json', async () => {
    const out = scratch();
    expect((await run([root, '--shard', '2/3', '--output-dir', out, '--quiet'])).code).toBeLessThan(3);
    expect(readReport(out).shard).toMatchObject({ index: 2, count: 3 });
  });
});

describe('merge', () => {
  test('exits with the decision of the unsharded scan and prints its summary line', async () => {
    const whole = scratch();
    const wholeRun = await run([root, '--output-dir', whole]);
    const dirs = [scratch(), scratch(), scratch()];
    for (const [i, dir] of dirs.entries())
      await run([root, '--shard', `${i + 1}/3`, '--output-dir', dir, '--quiet']);
    const out = scratch();
    const merged = await run([
      'merge',
      ...dirs,
      '--output-dir',
      out,
      '--sarif',
      path.join(out, 'copy.sarif'),
    ]);
    expect(merged.code).toBe(wholeRun.code);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(
      wholeRun.stdout.replace(path.join(whole, 'report.md'), path.join(out, 'report.md')),
    );
    expect(readdirSync(out).sort()).toEqual([
      'copy.sarif',
      'manifest.json',
      'report.json',
      'report.md',
      'report.sarif',
    ]);
    const withoutRun = ({ run: _run, ...rest }: Report) => rest;
    expect(withoutRun(readReport(out))).toEqual(withoutRun(readReport(whole)));
  });

  test('--print-json and --no-manifest work as in scan', async () => {
    const dirs = [scratch(), scratch()];
    for (const [i, dir] of dirs.entries())
      await run([root, '--shard', `${i + 1}/2`, '--output-dir', dir, '--quiet']);
    const out = scratch();
    const merged = await run(['merge', ...dirs, '--output-dir', out, '--print-json', '--no-manifest']);
    expect(JSON.parse(merged.stdout)).toEqual(readReport(out));
    expect(readdirSync(out)).not.toContain('manifest.json');
  });

  test('a missing shard: exit 3, one line naming the folders given, nothing written', async () => {
    const dirs = [scratch(), scratch()];
    await run([root, '--shard', '1/3', '--output-dir', dirs[0]!, '--quiet']);
    await run([root, '--shard', '3/3', '--output-dir', dirs[1]!, '--quiet']);
    const out = scratch();
    const result = await run(['merge', ...dirs, '--output-dir', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `mcen-scan: merge: shard 2/3 missing; given ${dirs[0]} (shard 1/3), ${dirs[1]} (shard 3/3)\n`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  test('without folders: a usage error, exit 3', async () => {
    const result = await run(['merge']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/missing required argument/);
  });
});
