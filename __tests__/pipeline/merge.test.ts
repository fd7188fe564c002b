// Covers src/pipeline/merge.ts, merge-reports.ts and shard-packet.ts with --shard scans
// (discover/shard.ts): for several trees and N in {1, 2, 3, 5}, scanning every shard and
// merging gives the unsharded packet byte for byte once the run block is the same.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { tempDir, writeTree } from '../discover/tree.js';
import { audit, type AuditOptions } from '../../src/pipeline/audit.js';
import { mergeAudit } from '../../src/pipeline/merge.js';
import { ConfigError } from '../../src/model/errors.js';
import type { Report } from '../../src/model/report.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { renderManifest } from '../../src/render/manifest.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { renderSarif } from '../../src/render/sarif.js';

const fixtures = path.resolve(import.meta.dirname, '../rules/fixtures');

/** A git repository with every kind of entry a shard must place exactly once. */
function mixedTree(): { root: string; allowlist: string } {
  const root = tempDir();
  const files: Record<string, string | Uint8Array> = {
    'app/net.py': 'import urllib.request\nurllib.request.urlopen("https://example.com/x")\n',
    'app/run.py': 'import subprocess\nsubprocess.run(["echo", "hi"])\n',
    // In a function: another scope, so another fingerprint than app/run.py's call.
    'tools/run.py':
      'import subprocess\ndef main():\n    subprocess.run(["echo", "hi"])\n    subprocess.run(["ls"])\n',
    'scripts/setup.sh': '#!/bin/sh\ncurl https://example.com/i.sh | sh\n',
    'scripts/deploy.ps1': 'Invoke-WebRequest -Uri https://example.com/a.zip -OutFile a.zip\n',
    'scripts/start.bat':
      '@echo off\nreg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /d y\n',
    'vendor/lib.py': 'import pickle\npickle.loads(b"x")\n',
    'vendor/ok.py': 'x = 1\n',
    'big.py': `# ${'x'.repeat(5000)}\n`,
    'bin.py': new Uint8Array([0, 1, 2, 0, 255, 0]),
    'broken.py': 'def f(:\n  eval("1")\n',
    'wheels/pkg-1.0-py3-none-any.whl': 'PK\u0003\u0004',
    'wheels/native.so': '\u007fELF',
    '.venv/lib/site.py': 'import socket\n',
  };
  for (let i = 0; i < 12; i++)
    files[`pkg/m${i}.py`] = `import os\nos.system("echo ${i}")\nx${i} = eval(input())\n`;
  files['nb/analysis.ipynb'] = readFileSync(path.join(fixtures, 'notebooks/analysis.ipynb'));
  writeTree(root, files);
  const outside = writeTree(tempDir(), { 'secret.py': 'import socket\n' });
  symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'leak.py'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '--', '.', ':!.venv'], { cwd: root });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'tree'], {
    cwd: root,
  });
  const allowlist = path.join(tempDir(), 'allow.json');
  writeFileSync(
    allowlist,
    JSON.stringify({
      entries: [
        { path_glob: '*.py', command_exact: 'echo hi', justification: 'prints a fixed message' },
        { path_glob: 'nowhere/', command_exact: 'ls', justification: 'stale on purpose' },
      ],
    }),
  );
  return { root, allowlist };
}

type Options = Omit<AuditOptions, 'outputDir'>;

interface Case {
  name: string;
  options: () => Options;
}

const cases: Case[] = [
  { name: 'rule fixtures, strict', options: () => ({ target: fixtures, profile: 'mcen_strict' }) },
  {
    name: 'git tree with skipped, excluded, artifacts, notebook, scripts, allowlist and policy',
    options: () => {
      const { root, allowlist } = mixedTree();
      return {
        target: root,
        profile: 'mcen_practical',
        exclude: ['vendor/**'],
        maxFileBytes: 4096,
        allowlist,
        policy: 'builtin:chameleon-defaults',
      };
    },
  },
];

const read = (dir: string, name: string): string => readFileSync(path.join(dir, name), 'utf8');
const PACKET = ['report.json', 'report.md', 'report.sarif', 'manifest.json'];

describe.each(cases)('$name', ({ options }) => {
  let base: Options;
  let unsharded: Report;
  beforeAll(async () => {
    base = options();
    unsharded = (await audit({ ...base, outputDir: tempDir() })).report;
  });

  test.each([1, 2, 3, 5])('N=%i: merging the shards gives the unsharded packet', async (count) => {
    const dirs: string[] = [];
    const shards: Report[] = [];
    for (let index = 1; index <= count; index++) {
      const outputDir = tempDir();
      shards.push((await audit({ ...base, outputDir, shard: { index, count } })).report);
      dirs.push(outputDir);
    }
    // Every file, skipped entry and artifact is in exactly one shard.
    const paths = (r: Report): string[] =>
      [...r.inventory.scanned_files, ...r.inventory.skipped_files, ...r.inventory.third_party_artifacts].map(
        (f) => f.path,
      );
    expect(shards.flatMap(paths).sort()).toEqual(paths(unsharded).sort());
    expect(shards.map((s) => s.shard?.index)).toEqual(Array.from({ length: count }, (_, i) => i + 1));

    const out = tempDir();
    // Given in reverse: the order of the folders must not matter.
    const merged = await mergeAudit({ dirs: [...dirs].reverse(), outputDir: out });
    expect(merged.report.shard).toBeNull();
    const same: Report = { ...unsharded, run: merged.report.run };
    const rules = loadRulepack().rules;
    expect(read(out, 'report.json')).toBe(renderReportJson(same));
    expect(read(out, 'report.md')).toBe(renderReportMarkdown(same, rules));
    expect(read(out, 'report.sarif')).toBe(renderSarif(same, rules));
    expect(read(out, 'manifest.json')).toBe(renderManifest(same));
    expect(merged.report.summary.exit_code).toBe(unsharded.summary.exit_code);
    // Merged run: earliest start, latest finish, summed durations.
    expect(merged.report.run.started_at).toBe(shards.map((s) => s.run.started_at).sort()[0]);
    expect(merged.report.run.finished_at).toBe(shards.map((s) => s.run.finished_at).sort()[count - 1]);
    expect(merged.report.run.duration_ms).toBe(shards.reduce((n, s) => n + s.run.duration_ms, 0));
  });
});

test('the mixed tree exercises what the merge recombines', async () => {
  const { root, allowlist } = mixedTree();
  const { report } = await audit({
    target: root,
    profile: 'mcen_practical',
    outputDir: tempDir(),
    exclude: ['vendor/**'],
    maxFileBytes: 4096,
    allowlist,
  });
  expect(report.target.git.head_commit).toMatch(/^[0-9a-f]{40}$/);
  expect(report.summary.audit_complete).toBe(false);
  expect(report.inventory.skipped_files.map((s) => s.path)).toEqual(['big.py', 'bin.py', 'leak.py']);
  expect(report.inventory.third_party_artifacts.length).toBe(2);
  expect(report.inventory.scanned_files.some((f) => f.excluded)).toBe(true);
  expect(report.allowlist.entries.map((e) => [e.covered.length, e.stale])).toEqual([
    [2, false],
    [0, true],
  ]);
});

describe('merge refuses packets that do not make one scan', () => {
  let root: string;
  const shardDir = async (
    index: number,
    count: number,
    extra: Partial<AuditOptions> = {},
  ): Promise<string> => {
    const outputDir = tempDir();
    await audit({ target: root, profile: 'mcen_practical', outputDir, shard: { index, count }, ...extra });
    return outputDir;
  };
  beforeAll(() => {
    root = writeTree(
      tempDir(),
      Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`m${i}.py`, 'import os\n'])),
    );
  });

  const failure = async (dirs: string[]): Promise<string> => {
    const out = tempDir();
    const error = await mergeAudit({ dirs, outputDir: out }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    for (const name of PACKET) expect(() => read(out, name)).toThrow();
    return (error as Error).message;
  };

  test.each([
    ['a missing shard', async () => [await shardDir(1, 3), await shardDir(3, 3)], /shard 2\/3 missing/, 0],
    [
      'a shard given twice',
      async () => [await shardDir(1, 2), await shardDir(2, 2), await shardDir(2, 2)],
      /given twice/,
      2,
    ],
    [
      'shards of different splits',
      async () => [await shardDir(1, 2), await shardDir(2, 3)],
      /split into 3/,
      1,
    ],
    [
      'a different profile',
      async () => [await shardDir(1, 2), await shardDir(2, 2, { profile: 'mcen_strict' })],
      /differs .* in profile/,
      1,
    ],
    [
      'a different file set',
      async () => [await shardDir(1, 2), await shardDir(2, 2, { exclude: ['m1.py'] })],
      /differs .* in the file set/,
      1,
    ],
    [
      'a different policy',
      async () => [await shardDir(1, 2), await shardDir(2, 2, { policy: 'builtin:chameleon-defaults' })],
      /differs .* in the security policy/,
      1,
    ],
  ])('%s', async (_name, make, message, culprit) => {
    const dirs = await make();
    const text = await failure(dirs);
    expect(text).toMatch(message);
    expect(text).toContain(dirs[culprit]!);
  });

  test('a packet from another rulepack or version names its folder', async () => {
    const other = await shardDir(2, 2);
    const file = path.join(other, 'report.json');
    const report = JSON.parse(read(other, 'report.json')) as Report;
    writeFileSync(
      file,
      JSON.stringify({ ...report, tool: { ...report.tool, rulepack_hash: 'f'.repeat(64) } }),
    );
    const text = await failure([await shardDir(1, 2), other]);
    expect(text).toContain(other);
    expect(text).toMatch(/rulepack ffffffffffff/);
  });

  test('a packet holding a file of another shard names its folder', async () => {
    const [one, two] = [await shardDir(1, 2), await shardDir(2, 2)];
    const report = JSON.parse(read(two, 'report.json')) as Report;
    const stolen = (JSON.parse(read(one, 'report.json')) as Report).inventory.scanned_files[0]!;
    report.inventory.scanned_files.push(stolen);
    writeFileSync(path.join(two, 'report.json'), JSON.stringify(report));
    const text = await failure([one, two]);
    expect(text).toContain(two);
    expect(text).toContain(JSON.stringify(stolen.path));
  });

  test.each([
    ['no report.json', (_dir: string) => undefined, /no such file/],
    ['not JSON', (dir: string) => writeFileSync(path.join(dir, 'report.json'), '{"tool":'), /not valid JSON/],
    [
      'a field missing',
      (dir: string) => {
        const report = JSON.parse(read(dir, 'report.json')) as Record<string, unknown>;
        delete report.findings;
        writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report));
      },
      /"findings" is missing or malformed/,
    ],
    [
      'a malformed baseline block',
      (dir: string) => {
        const report = JSON.parse(read(dir, 'report.json')) as Record<string, unknown>;
        writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ ...report, baseline: { fixed: 'x' } }));
      },
      /"baseline" is missing or malformed/,
    ],
    [
      'an unsharded report',
      (dir: string) => {
        const report = JSON.parse(read(dir, 'report.json')) as Record<string, unknown>;
        writeFileSync(path.join(dir, 'report.json'), JSON.stringify({ ...report, shard: null }));
      },
      /scanned without --shard/,
    ],
  ])('%s names the file', async (_name, spoil, message) => {
    const good = await shardDir(1, 2);
    const bad = tempDir();
    mkdirSync(bad, { recursive: true });
    if (!/no report/.test(_name)) {
      const donor = await shardDir(2, 2);
      writeFileSync(path.join(bad, 'report.json'), read(donor, 'report.json'));
    }
    spoil(bad);
    const text = await failure([good, bad]);
    expect(text).toMatch(message);
    expect(text).toContain(path.join(bad, 'report.json'));
  });

  test('the output folder cannot be one of the packets', async () => {
    const [one, two] = [await shardDir(1, 2), await shardDir(2, 2)];
    await expect(mergeAudit({ dirs: [one, two], outputDir: two })).rejects.toThrow(
      `merge: the output directory ${two} is one of the shard packets`,
    );
  });
});
