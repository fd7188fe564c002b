/**
 * Splitting the discovered file set into N shards for a matrix of jobs (SPEC 2.1 `--shard K/N`).
 * A path's shard comes from a hash of the path alone, so every runner splits the same tree the
 * same way, and adding or removing a file never moves any other file to another shard.
 */
import { createHash } from 'node:crypto';

import { ConfigError } from '../model/errors.js';
import type { ShardInfo } from '../model/report.js';
import { countByType, type Discovery } from './discover.js';

/** Which slice to scan: `index` is 1-based, 1 ≤ index ≤ count. */
export interface Shard {
  index: number;
  count: number;
}

/** GitHub Actions runs at most 256 jobs per matrix; more shards than that help no one. */
export const MAX_SHARDS = 256;

/**
 * Reads `K/N` as given to `--shard` (`option` names it in errors). Throws a ConfigError unless
 * K and N are whole numbers written in decimal with 1 ≤ K ≤ N ≤ MAX_SHARDS.
 */
export function parseShard(text: string, option = '--shard'): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  if (!match) throw new ConfigError(`${option} ${JSON.stringify(text)}: expected K/N, e.g. 2/5`);
  const shard = { index: Number(match[1]), count: Number(match[2]) };
  checkShard(shard, option);
  return shard;
}

function checkShard(shard: Shard, option: string): void {
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS)
    throw new ConfigError(`${option} ${index}/${count}: N must be between 1 and ${MAX_SHARDS}`);
  if (!Number.isSafeInteger(index) || index < 1 || index > count)
    throw new ConfigError(`${option} ${index}/${count}: K must be between 1 and N`);
}

/** The 1-based shard a repository-relative path belongs to among `count`. */
export function shardOfPath(path: string, count: number): number {
  const digest = createHash('sha256').update(path, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/**
 * SHA-256 of every path discovery listed (targets with their excluded mark, skipped entries,
 * artifacts), so a merge can check that all shards split the same file set under the same options.
 */
function fileSetSha256(discovery: Discovery): string {
  const listing = {
    files: discovery.files.map((f) => [f.path, f.excluded]),
    skipped: discovery.skipped.map((s) => s.path),
    artifacts: discovery.artifacts.map((a) => a.path),
  };
  return createHash('sha256').update(JSON.stringify(listing)).digest('hex');
}

/**
 * The part of `discovery` that shard `shard` scans: its targets, skipped entries and artifacts,
 * each of which lands in exactly one shard, with the counts by type recomputed for that part.
 * Without a shard, the discovery is returned unchanged and the report's shard record is null.
 */
export function selectShard(
  discovery: Discovery,
  shard: Shard | undefined,
): { discovery: Discovery; shard: ShardInfo | null } {
  if (!shard) return { discovery, shard: null };
  checkShard(shard, 'shard');
  const mine = <T extends { path: string }>(items: readonly T[]): T[] =>
    items.filter((item) => shardOfPath(item.path, shard.count) === shard.index);
  const files = mine(discovery.files);
  const skipped = mine(discovery.skipped);
  const artifacts = mine(discovery.artifacts);
  return {
    discovery: {
      ...discovery,
      files,
      skipped,
      artifacts,
      countsByType: countByType(files, artifacts.length, skipped.length),
    },
    shard: { index: shard.index, count: shard.count, file_set_sha256: fileSetSha256(discovery) },
  };
}
