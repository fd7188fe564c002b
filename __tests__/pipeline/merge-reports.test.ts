// Covers src/pipeline/merge-reports.ts on hand-made shard reports: what spans shards (waiver
// ledger, baseline block, git state) is recombined as one scan of the whole tree would report it.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ConfigError } from '../../src/model/errors.js';
import type { LedgerEntry } from '../../src/model/report.js';
import { mergeShardReports } from '../../src/pipeline/merge-reports.js';
import type { ShardPacket } from '../../src/pipeline/shard-packet.js';
import { makeFinding, makeReport } from '../publish/github/helpers/report-fixture.js';

const tool = { version: '0.1.0', rulepackHash: 'a'.repeat(64) };

function packet(index: number, count: number, extra: Record<string, unknown> = {}): ShardPacket {
  const report = makeReport([], {
    tool: {
      name: 'GateKeeper6',
      version: tool.version,
      profile: 'mcen_practical',
      rulepack_hash: tool.rulepackHash,
    },
    run: {
      started_at: `2026-01-01T00:00:0${index}.000Z`,
      finished_at: `2026-01-01T00:01:0${count - index}.000Z`,
      duration_ms: 100 * index,
      hostname: `runner-${index}`,
      os: 'Linux',
      node_version: 'v24.0.0',
      cwd: '/w',
      jobs: 2,
      stages_ms: {
        discover: 1,
        analyze_wall: 2,
        read: 1,
        parse: 1,
        resolve_and_match: 1,
        review_and_decide: 1,
      },
      prefilter: { files_not_analysed: index, bytes_not_analysed: 10 * index },
    },
    shard: { index, count, file_set_sha256: 'f'.repeat(64) },
    ...extra,
  });
  return { dir: `shards/${index}`, report: report as ShardPacket['report'] };
}

const waiver = (location: string, covered: string[], rules = ['PEX003']): LedgerEntry => ({
  source: 'waiver',
  location,
  rules,
  justification: 'reviewed',
  covered,
  stale: covered.length === 0,
});

test('waivers: each listed once, in declaration order across files, covering what any shard covered', () => {
  const shared = (covered: string[]): LedgerEntry => ({
    ...waiver('waivers.yml#entries[0]', covered),
    source: 'allowlist',
  });
  const merged = mergeShardReports(
    [
      packet(1, 2, { waivers: [waiver('b.py:3', ['f1']), shared([])] }),
      packet(2, 2, { waivers: [waiver('a.py:10', []), waiver('a.py:2', ['f2', 'f0']), shared(['f3'])] }),
    ],
    tool,
  );
  expect(merged.waivers.map((w) => [w.location, w.covered, w.stale])).toEqual([
    ['a.py:2', ['f0', 'f2'], false],
    ['a.py:10', [], true],
    ['b.py:3', ['f1'], false],
    ['waivers.yml#entries[0]', ['f3'], false],
  ]);
});

describe('baseline', () => {
  const fingerprint = 'ab'.repeat(16);
  const baselineFile = (): { source: string; sha256: string } => {
    const source = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcen-merge-base-')), 'baseline.json');
    const content = JSON.stringify({
      findings: [{ fingerprint, rule_id: 'DEX001', file: 'old.py', line: 1 }],
    });
    writeFileSync(source, content);
    return { source, sha256: createHash('sha256').update(content).digest('hex') };
  };
  const block = (file: { source: string; sha256: string }) => ({
    ...file,
    entries: 1,
    matched: 1,
    fixed: [],
  });
  const marked = (file: string) =>
    makeFinding({ file, fingerprint, disposition: 'baseline', justification: 'present in the baseline' });

  test('the baseline is applied again over all shards: one entry covers one finding, as unsharded', () => {
    // Each shard matched the single entry (recorded in a file that moved) to its own copy.
    const file = baselineFile();
    const merged = mergeShardReports(
      [
        packet(1, 2, { findings: [marked('a.py')], baseline: block(file) }),
        packet(2, 2, { findings: [marked('b.py')], baseline: block(file) }),
      ],
      tool,
    );
    expect(merged.findings.map((f) => [f.file, f.disposition, f.justification])).toEqual([
      ['a.py', 'baseline', `present in the baseline ${file.source}`],
      ['b.py', 'active', undefined],
    ]);
    expect(merged.baseline).toMatchObject({ entries: 1, matched: 1, fixed: [] });
    expect(merged.summary.decision).toBe('FAIL');
  });

  test('a baseline file changed since the shards read it is refused', () => {
    const file = baselineFile();
    const stale = { ...file, sha256: 'e'.repeat(64) };
    const merge = () =>
      mergeShardReports(
        [packet(1, 2, { baseline: block(stale) }), packet(2, 2, { baseline: block(stale) })],
        tool,
      );
    expect(merge).toThrow(ConfigError);
    expect(merge).toThrow(/has changed since the shards read it/);
  });

  test('no baseline stays null', () => {
    expect(mergeShardReports([packet(1, 2), packet(2, 2)], tool).baseline).toBeNull();
  });

  test.each([
    [
      'another baseline file',
      { ...block({ source: 'x.json', sha256: 'b'.repeat(64) }), sha256: 'e'.repeat(64) },
    ],
    ['no baseline', null],
  ])('a shard with %s is refused, naming its folder', (_name, other) => {
    const merge = () =>
      mergeShardReports(
        [
          packet(1, 2, { baseline: block({ source: 'x.json', sha256: 'b'.repeat(64) }) }),
          packet(2, 2, { baseline: other }),
        ],
        tool,
      );
    expect(merge).toThrow(ConfigError);
    expect(merge).toThrow(/shards\/2 \(shard 2\/2\) differs from shards\/1 \(shard 1\/2\) in the baseline/);
  });
});

test.each([
  [[false, false], false],
  [[false, true], true],
  [[null, null], null],
])('git dirty %j merges to %j', (dirty, expected) => {
  const merged = mergeShardReports(
    dirty.map((d, i) => {
      const p = packet(i + 1, 2);
      return {
        ...p,
        report: { ...p.report, target: { ...p.report.target, git: { ...p.report.target.git, dirty: d } } },
      };
    }),
    tool,
  );
  expect(merged.target.git.dirty).toBe(expected);
});

test('run: earliest start, latest finish, summed durations and stage times, distinct hosts in shard order', () => {
  const merged = mergeShardReports([packet(3, 3), packet(1, 3), packet(2, 3)], tool);
  expect(merged.run).toEqual({
    started_at: '2026-01-01T00:00:01.000Z',
    finished_at: '2026-01-01T00:01:02.000Z',
    duration_ms: 600,
    hostname: 'runner-1, runner-2, runner-3',
    os: 'Linux',
    node_version: 'v24.0.0',
    cwd: '/w',
    jobs: 2,
    stages_ms: {
      discover: 3,
      analyze_wall: 6,
      read: 3,
      parse: 3,
      resolve_and_match: 3,
      review_and_decide: 3,
    },
    prefilter: { files_not_analysed: 6, bytes_not_analysed: 60 },
  });
});

test('a different commit is refused, naming the folder', () => {
  const other = packet(2, 2);
  other.report.target = {
    ...other.report.target,
    git: { is_repo: true, head_commit: 'd'.repeat(40), dirty: false },
  };
  expect(() => mergeShardReports([packet(1, 2), other], tool)).toThrow(/shards\/2 .* in the commit scanned/);
});
