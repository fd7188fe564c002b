// Covers src/pipeline/merge-reports.ts on hand-made shard reports: what spans shards (waiver
// ledger, baseline block, git state) is recombined as one scan of the whole tree would report it.
import { ConfigError } from '../../src/model/errors.js';
import type { LedgerEntry, Report } from '../../src/model/report.js';
import { mergeShardReports } from '../../src/pipeline/merge-reports.js';
import type { ShardPacket } from '../../src/pipeline/shard-packet.js';
import { makeReport } from '../publish/github/helpers/report-fixture.js';

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
  const entry = (fingerprint: string, line: number) => ({
    fingerprint,
    rule_id: 'NET001',
    file: 'a.py',
    line,
  });
  const [a, b, c, d] = [entry('fa', 1), entry('fb', 2), entry('fc', 3), entry('fd', 4)];
  const block = (matched: number, fixed: unknown[]) => ({
    source: 'base.json',
    sha256: 'b'.repeat(64),
    entries: 5,
    matched,
    fixed,
  });

  test('an entry is fixed only as often as it is fixed in every shard; matches add up', () => {
    // The baseline holds a, b, c and d twice. Shard 1 matched b and one d; shard 2 matched c.
    const merged = mergeShardReports(
      [packet(1, 2, { baseline: block(2, [a, c, d]) }), packet(2, 2, { baseline: block(1, [a, b, d, d]) })],
      tool,
    ) as Report & { baseline: unknown };
    expect(merged.baseline).toEqual(block(3, [a, d]));
  });

  test.each([
    ['absent everywhere stays absent', undefined, undefined, false],
    ['null everywhere stays null', null, null, true],
  ])('%s', (_name, one, two, present) => {
    const merged = mergeShardReports(
      [
        packet(1, 2, one === undefined ? {} : { baseline: one }),
        packet(2, 2, two === undefined ? {} : { baseline: two }),
      ],
      tool,
    );
    expect('baseline' in merged).toBe(present);
    if (present) expect((merged as Report & { baseline: unknown }).baseline).toBeNull();
  });

  test.each([
    ['another baseline file', { ...block(0, []), sha256: 'e'.repeat(64) }],
    ['no baseline', null],
  ])('a shard with %s is refused, naming its folder', (_name, other) => {
    const merge = () =>
      mergeShardReports([packet(1, 2, { baseline: block(0, []) }), packet(2, 2, { baseline: other })], tool);
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

test('run: earliest start, latest finish, summed durations, distinct hosts in shard order', () => {
  const merged = mergeShardReports([packet(3, 3), packet(1, 3), packet(2, 3)], tool);
  expect(merged.run).toEqual({
    started_at: '2026-01-01T00:00:01.000Z',
    finished_at: '2026-01-01T00:01:02.000Z',
    duration_ms: 600,
    hostname: 'runner-1, runner-2, runner-3',
    os: 'Linux',
    node_version: 'v24.0.0',
    cwd: '/w',
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
