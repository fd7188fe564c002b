// Covers src/discover/shard.ts: parsing K/N, and the split being a stable partition of a discovery.
import { discover } from '../../src/discover/discover.js';
import { MAX_SHARDS, parseShard, selectShard, shardOfPath } from '../../src/discover/shard.js';
import { ConfigError } from '../../src/model/errors.js';
import { tempDir, writeTree } from './tree.js';

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/5', { index: 2, count: 5 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
    ['07/10', { index: 7, count: 10 }],
    [`${MAX_SHARDS}/${MAX_SHARDS}`, { index: MAX_SHARDS, count: MAX_SHARDS }],
  ])('%j -> %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  test.each([
    ['', /--shard "": expected K\/N/],
    ['3', /expected K\/N/],
    ['1/2/3', /expected K\/N/],
    ['a/b', /expected K\/N/],
    ['-1/2', /expected K\/N/],
    ['1.5/2', /expected K\/N/],
    ['1e1/20', /expected K\/N/],
    ['0/3', /--shard 0\/3: K must be between 1 and N/],
    ['4/3', /--shard 4\/3: K must be between 1 and N/],
    ['0/0', /N must be between 1 and 256/],
    [`1/${MAX_SHARDS + 1}`, /N must be between 1 and 256/],
  ])('%j is a ConfigError naming the option', (text, message) => {
    expect(() => parseShard(text)).toThrow(ConfigError);
    expect(() => parseShard(text)).toThrow(message);
  });
});

describe('shardOfPath', () => {
  test('is in 1..N and the same on every call', () => {
    for (const count of [1, 2, 3, 5, 17]) {
      for (const path of ['a.py', 'src/ü/名前.py', 'x\ny.sh']) {
        const shard = shardOfPath(path, count);
        expect(shard).toBeGreaterThanOrEqual(1);
        expect(shard).toBeLessThanOrEqual(count);
        expect(shardOfPath(path, count)).toBe(shard);
      }
    }
  });

  test('is pinned: runners with other builds split alike (sha256 of the UTF-8 path, first 4 bytes mod N)', () => {
    // sha256("a.py") starts f0de093a (printf a.py | sha256sum) ; a change here moves files between shards of running matrices.
    const first = 0xf0de093a;
    expect([2, 3, 5, 7].map((n) => shardOfPath('a.py', n))).toEqual([2, 3, 5, 7].map((n) => (first % n) + 1));
  });
});

describe('selectShard', () => {
  const files: Record<string, string> = { 'big.py': 'x'.repeat(300), 'lib.whl': 'PK' };
  for (let i = 0; i < 40; i++) files[`pkg/m${i}.py`] = 'import os\n';
  for (let i = 0; i < 5; i++) files[`run${i}.sh`] = 'echo hi\n';

  test('without a shard the discovery is unchanged and the record null', async () => {
    const discovery = await discover(writeTree(tempDir(), files));
    expect(selectShard(discovery, undefined)).toEqual({ discovery, shard: null });
  });

  test.each([1, 2, 3, 5])(
    'N=%i: every entry lands in exactly one shard and the counts add up',
    async (count) => {
      const discovery = await discover(writeTree(tempDir(), files), { maxFileBytes: 200 });
      expect([discovery.skipped.length, discovery.artifacts.length]).toEqual([1, 1]);
      const parts = Array.from({ length: count }, (_, i) => selectShard(discovery, { index: i + 1, count }));
      for (const key of ['files', 'skipped', 'artifacts'] as const) {
        const paths = parts.flatMap((p) => p.discovery[key].map((item) => item.path));
        expect(paths.sort()).toEqual(discovery[key].map((item) => item.path).sort());
      }
      for (const type of Object.keys(discovery.countsByType)) {
        expect(parts.reduce((n, p) => n + p.discovery.countsByType[type]!, 0)).toBe(
          discovery.countsByType[type],
        );
      }
      const sets = new Set(parts.map((p) => p.shard!.file_set_sha256));
      expect(sets.size).toBe(1);
      expect(parts.map((p) => [p.shard!.index, p.shard!.count])).toEqual(
        Array.from({ length: count }, (_, i) => [i + 1, count]),
      );
    },
  );

  test('adding a file moves no other file, and changes the file-set digest', async () => {
    const root = writeTree(tempDir(), files);
    const before = await discover(root);
    const after = await discover(writeTree(root, { 'pkg/new.py': 'x = 1\n' }));
    for (const count of [2, 3, 5]) {
      for (let index = 1; index <= count; index++) {
        const old = selectShard(before, { index, count });
        const grown = selectShard(after, { index, count });
        const paths = grown.discovery.files.map((f) => f.path).filter((p) => p !== 'pkg/new.py');
        expect(paths).toEqual(old.discovery.files.map((f) => f.path));
        expect(grown.shard!.file_set_sha256).not.toBe(old.shard!.file_set_sha256);
      }
    }
  });

  test('an excluded mark changes the file-set digest', async () => {
    const root = writeTree(tempDir(), files);
    const plain = selectShard(await discover(root), { index: 1, count: 2 });
    const excluded = selectShard(await discover(root, { exclude: ['pkg/m1.py'] }), { index: 1, count: 2 });
    expect(excluded.shard!.file_set_sha256).not.toBe(plain.shard!.file_set_sha256);
  });

  test('an out-of-range shard from a library caller is a ConfigError', async () => {
    const discovery = await discover(writeTree(tempDir(), files));
    expect(() => selectShard(discovery, { index: 3, count: 2 })).toThrow(ConfigError);
  });
});
