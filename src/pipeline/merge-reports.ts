/**
 * `mcen-scan merge`: the reports of the N shards of one `--shard K/N` matrix combined into the
 * report an unsharded scan of the same tree gives (SPEC 2.1). Every file, skipped entry and
 * artifact lands in exactly one shard (see discover/shard.ts), and findings depend on their own
 * file only, so the combination is a union; what spans files (ledgers, baseline, summary) is
 * recombined here. The shards must be complete, distinct and made alike, else a ConfigError
 * names the folder at fault.
 */
import { isDeepStrictEqual } from 'node:util';

import { decide } from '../decide/decision.js';
import { comparePaths, sortByPath } from '../discover/path-order.js';
import { shardOfPath } from '../discover/shard.js';
import { ConfigError } from '../model/errors.js';
import { compareFindings, compareText } from '../model/finding-order.js';
import type { Finding } from '../model/finding.js';
import type { LedgerEntry, Report } from '../model/report.js';
import { applyBaseline } from '../review/baseline/apply.js';
import { loadBaseline } from '../review/baseline/load.js';
import type { ShardPacket } from './shard-packet.js';

/** What the merging tool renders with: packets made by another version or rulepack are refused. */
export interface MergeTool {
  version: string;
  rulepackHash: string;
}

/**
 * Combines the shard packets into one report. Throws a ConfigError naming the folder when a
 * shard is missing or given twice, when shards differ in tool, profile, rulepack, file set,
 * commit, allowlist, policy or baseline, or when a packet holds a file of another shard.
 */
export function mergeShardReports(packets: readonly ShardPacket[], tool: MergeTool): Report {
  if (packets.length === 0) throw new ConfigError('merge: no shard packet given');
  const ordered = checkShardSet(packets);
  const first = ordered[0]!;
  for (const packet of ordered) {
    checkMadeBy(packet, tool);
    checkAlike(packet, first);
    checkOwnFiles(packet);
  }
  const reports = ordered.map((p) => p.report);
  const baselined = rebaseline(
    reports.flatMap((r) => r.findings),
    first.report.baseline,
  );
  const findings = baselined.findings.sort(compareFindings);
  return {
    tool: first.report.tool,
    run: mergeRuns(reports.map((r) => r.run)),
    target: {
      root_path: first.report.target.root_path,
      git: {
        ...first.report.target.git,
        dirty: reports.some((r) => r.target.git.dirty === true)
          ? true
          : reports.every((r) => r.target.git.dirty === null)
            ? null
            : false,
      },
    },
    shard: null,
    // A shard is complete when it skipped nothing and analysed every file whole, so the whole
    // tree is exactly when every shard is.
    summary: decide(
      findings,
      reports.every((r) => r.summary.audit_complete),
    ),
    findings,
    inventory: {
      file_counts_by_type: sumCounts(reports.map((r) => r.inventory.file_counts_by_type)),
      scanned_files: sortByPath(reports.flatMap((r) => r.inventory.scanned_files)),
      skipped_files: sortByPath(reports.flatMap((r) => r.inventory.skipped_files)),
      third_party_artifacts: sortByPath(reports.flatMap((r) => r.inventory.third_party_artifacts)),
    },
    allowlist: {
      source: first.report.allowlist.source,
      // Every shard read the same allowlist, so entry i is the same entry in each.
      entries: first.report.allowlist.entries.map((entry, i) =>
        mergeLedgerEntries(reports.map((r) => r.allowlist.entries[i]!)),
      ),
    },
    waivers: mergeWaivers(reports.map((r) => r.waivers)),
    policy: first.report.policy,
    baseline: baselined.summary,
  };
}

/** A packet as messages name it: its folder and its slice. */
function label(packet: ShardPacket): string {
  return `${packet.dir} (shard ${packet.report.shard.index}/${packet.report.shard.count})`;
}

/** The packets in shard order, after checking that shards 1..N are each given exactly once. */
function checkShardSet(packets: readonly ShardPacket[]): ShardPacket[] {
  const count = packets[0]!.report.shard.count;
  const byIndex = new Map<number, ShardPacket>();
  for (const packet of packets) {
    const { index, count: its } = packet.report.shard;
    if (its !== count)
      throw new ConfigError(
        `merge: ${label(packet)} is from a split into ${its}, ${label(packets[0]!)} into ${count}`,
      );
    if (!Number.isInteger(index) || index < 1 || index > count)
      throw new ConfigError(`merge: ${packet.dir}: shard ${index}/${count} is out of range`);
    const earlier = byIndex.get(index);
    if (earlier) throw new ConfigError(`merge: ${label(packet)} is given twice: also ${earlier.dir}`);
    byIndex.set(index, packet);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const given = [...byIndex.values()].map(label).join(', ');
    throw new ConfigError(
      `merge: shard ${missing.map((i) => `${i}/${count}`).join(', ')} missing; given ${given}`,
    );
  }
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
}

function checkMadeBy(packet: ShardPacket, tool: MergeTool): void {
  const made = packet.report.tool;
  if (made.version !== tool.version || made.rulepack_hash !== tool.rulepackHash)
    throw new ConfigError(
      `merge: ${packet.dir} was made by ${made.name} ${made.version} with rulepack ${made.rulepack_hash.slice(0, 12)}; ` +
        `this mcen-scan is ${tool.version} with rulepack ${tool.rulepackHash.slice(0, 12)} (merge with the version that scanned)`,
    );
}

/** Shards must differ in nothing but their slice and their run. */
function checkAlike(packet: ShardPacket, first: ShardPacket): void {
  const a = packet.report;
  const b = first.report;
  const differs = (what: string): never => {
    throw new ConfigError(`merge: ${label(packet)} differs from ${label(first)} in ${what}`);
  };
  if (a.tool.profile !== b.tool.profile) differs(`profile (${a.tool.profile} vs ${b.tool.profile})`);
  if (packet.report.shard.file_set_sha256 !== first.report.shard.file_set_sha256)
    differs('the file set it split (another tree, --include/--exclude or size limit)');
  if (a.target.git.is_repo !== b.target.git.is_repo || a.target.git.head_commit !== b.target.git.head_commit)
    differs(
      `the commit scanned (${a.target.git.head_commit ?? 'none'} vs ${b.target.git.head_commit ?? 'none'})`,
    );
  const declared = (entries: readonly LedgerEntry[]): unknown => entries.map(declaredPart);
  if (
    a.allowlist.source !== b.allowlist.source ||
    !isDeepStrictEqual(declared(a.allowlist.entries), declared(b.allowlist.entries))
  )
    differs('the allowlist');
  if (!isDeepStrictEqual(a.policy, b.policy)) differs('the security policy');
  const baseline = (r: Report): unknown =>
    r.baseline ? [r.baseline.sha256, r.baseline.entries] : r.baseline;
  if (!isDeepStrictEqual(baseline(a), baseline(b))) differs('the baseline');
}

/** Every path a packet lists must hash to its own shard: proof it was split as this tool splits. */
function checkOwnFiles(packet: ShardPacket): void {
  const { inventory, shard } = packet.report;
  for (const item of [
    ...inventory.scanned_files,
    ...inventory.skipped_files,
    ...inventory.third_party_artifacts,
  ]) {
    const owner = shardOfPath(item.path, shard.count);
    if (owner !== shard.index)
      throw new ConfigError(
        `merge: ${label(packet)} lists ${JSON.stringify(item.path)}, which belongs to shard ${owner}/${shard.count}`,
      );
  }
}

/**
 * One run for the merged packet: the earliest start, the latest finish, the SUM of the shards'
 * durations and stage times (the scanning work done; the wall-clock span is finished_at -
 * started_at), the most threads any shard used, and for host, OS, Node and working directory
 * the distinct values in shard order, joined by ", ".
 */
function mergeRuns(runs: readonly Report['run'][]): Report['run'] {
  const distinct = (pick: (run: Report['run']) => string): string => [...new Set(runs.map(pick))].join(', ');
  const sum = (pick: (run: Report['run']) => number): number => runs.reduce((total, r) => total + pick(r), 0);
  const starts = runs.map((r) => r.started_at).sort(compareText);
  const finishes = runs.map((r) => r.finished_at).sort(compareText);
  return {
    started_at: starts[0]!,
    finished_at: finishes[finishes.length - 1]!,
    duration_ms: sum((r) => r.duration_ms),
    hostname: distinct((r) => r.hostname),
    os: distinct((r) => r.os),
    node_version: distinct((r) => r.node_version),
    cwd: distinct((r) => r.cwd),
    jobs: Math.max(...runs.map((r) => r.jobs)),
    stages_ms: {
      discover: sum((r) => r.stages_ms.discover),
      analyze_wall: sum((r) => r.stages_ms.analyze_wall),
      read: sum((r) => r.stages_ms.read),
      parse: sum((r) => r.stages_ms.parse),
      resolve_and_match: sum((r) => r.stages_ms.resolve_and_match),
      review_and_decide: sum((r) => r.stages_ms.review_and_decide),
    },
    prefilter: {
      files_not_analysed: sum((r) => r.prefilter.files_not_analysed),
      bytes_not_analysed: sum((r) => r.prefilter.bytes_not_analysed),
    },
  };
}

function sumCounts(counts: readonly Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const count of counts) for (const [key, n] of Object.entries(count)) sum[key] = (sum[key] ?? 0) + n;
  return Object.fromEntries(Object.entries(sum).sort(([a], [b]) => comparePaths(a, b)));
}

/** What an allowlist entry or waiver declares, without what it covered in one shard. */
function declaredPart(entry: LedgerEntry): Omit<LedgerEntry, 'covered' | 'stale'> {
  const { source, location, rules, justification, approved_by, approved_on } = entry;
  return { source, location, rules, justification, approved_by, approved_on };
}

/** One ledger entry seen by several shards: it covered what any shard covered; stale only if stale in all. */
function mergeLedgerEntries(entries: readonly LedgerEntry[]): LedgerEntry {
  const covered = [...new Set(entries.flatMap((e) => e.covered))].sort(compareText);
  return { ...entries[0]!, covered, stale: entries.every((e) => e.stale) };
}

/** `path:line` of an inline waiver, for declaration order across files; other forms sort as text. */
function waiverPlace(location: string): [string, number] {
  const match = /^(.*):(\d+)$/s.exec(location);
  return match ? [match[1]!, Number(match[2])] : [location, 0];
}

/**
 * The waiver ledgers joined: an inline waiver lives in one file and so in one shard; an entry
 * several shards hold is merged as an allowlist entry is. Ordered as a scan declares them:
 * by file (UTF-8 byte order, as files are scanned), then line.
 */
function mergeWaivers(ledgers: readonly LedgerEntry[][]): LedgerEntry[] {
  const byKey = new Map<string, LedgerEntry[]>();
  for (const entry of ledgers.flat()) {
    const key = JSON.stringify(declaredPart(entry));
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return [...byKey.values()].map(mergeLedgerEntries).sort((a, b) => {
    const [pathA, lineA] = waiverPlace(a.location);
    const [pathB, lineB] = waiverPlace(b.location);
    return comparePaths(pathA, pathB) || lineA - lineB;
  });
}

/**
 * The findings with the shards' baseline applied again over the whole tree. A baseline entry
 * may match a finding in another file (a moved file), and each entry matches one finding, so
 * only the whole set of findings gives the unsharded answer: every shard's `baseline` marks
 * are undone and the baseline file the shards read (same path, same SHA-256) is applied once.
 */
function rebaseline(
  findings: readonly Finding[],
  recorded: Report['baseline'],
): { findings: Finding[]; summary: Report['baseline'] } {
  if (!recorded) return { findings: [...findings], summary: null };
  const baseline = loadBaseline(recorded.source);
  if (baseline.sha256 !== recorded.sha256)
    throw new ConfigError(
      `merge: baseline ${recorded.source} has changed since the shards read it (SHA-256 ${recorded.sha256}); merge with the same file`,
    );
  const unmarked = findings.map((f) => {
    if (f.disposition !== 'baseline') return f;
    const active: Finding = { ...f, disposition: 'active' };
    delete active.justification;
    return active;
  });
  return applyBaseline(unmarked, baseline);
}
