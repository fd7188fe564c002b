/**
 * The scan pipeline: discover files → parse and resolve → match rules → apply profile and
 * review controls → decide → the report object that every output is rendered from.
 */
import os from 'node:os';
import path from 'node:path';

import { discover } from '../discover/discover.js';
import { selectShard, type Shard } from '../discover/shard.js';
import { gitInfo } from '../discover/git-info.js';
import { sortByPath } from '../discover/path-order.js';
import { loadRulepack } from '../match/rulepack-loader.js';
import { scanProblem } from '../match/finding-builder.js';
import { appendAll } from '../model/append-all.js';
import type { Finding, Profile } from '../model/finding.js';
import type { Report, ScannedFile } from '../model/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../model/version.js';
import { applyAllowlist, loadAllowlist } from '../review/allowlist.js';
import { applyBaseline } from '../review/baseline/apply.js';
import { loadBaseline } from '../review/baseline/load.js';
import { compareFindings, toFindings } from '../review/apply-profile.js';
import { decide } from '../decide/decision.js';
import { markAllowedByPolicy } from '../review/policy/allowances.js';
import { appliedPolicy } from '../review/policy/applied-policy.js';
import { loadPolicies } from '../review/policy/open-store.js';
import { applyWaivers } from '../review/waivers.js';
import { analyzeFiles } from './analyze-files.js';

export interface ScanOptions {
  target: string;
  profile: Profile;
  /** Absolute or cwd-relative; never scanned. */
  outputDir: string;
  allowlist?: string;
  /** A policy store: YAML/JSON file, SQLite database, or `builtin:NAME` (SPEC 7). */
  policy?: string;
  /** A previous report.json, baseline file or report.sarif: findings in it do not decide (SPEC 6). */
  baseline?: string;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** Threads analysing files (default: one per core); 1 analyses on the calling thread. */
  jobs?: number;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** A rulepack other than the shipped one (tests, custom packs). */
  rulepackDir?: string;
  /** Scan only this slice of the file set (`--shard K/N`); `mcen-scan merge` joins the slices. */
  shard?: Shard;
}

/**
 * Scans `options.target` and returns the report (SPEC 8). Throws `ConfigError` for a missing
 * target, a bad glob or a malformed allowlist; hostile file content never throws.
 */
export async function scan(options: ScanOptions): Promise<Report> {
  const started = new Date();
  const startedAt = performance.now();
  const pack = loadRulepack(options.rulepackDir);
  const allowlist = options.allowlist ? loadAllowlist(options.allowlist) : undefined;
  const policies = options.policy ? await loadPolicies(options.policy) : undefined;
  const baseline = options.baseline ? loadBaseline(options.baseline) : undefined;
  const root = path.resolve(options.target);
  const { discovery, shard } = selectShard(
    await discover(root, {
      include: options.include ?? [],
      exclude: options.exclude ?? [],
      outputDir: path.resolve(options.outputDir),
      ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    }),
    options.shard,
  );
  const discovered = performance.now();
  const findings: Finding[] = [];
  const scanned: ScannedFile[] = [];
  const skipped = [...discovery.skipped];
  let incomplete = false;
  const waiverLedger: Report['waivers'] = [];
  for (const skip of discovery.skipped) {
    appendAll(
      findings,
      toFindings(
        [scanProblem(`file skipped: ${skip.reason}`)],
        skip.path,
        pack.rules,
        options.profile,
        false,
      ),
    );
  }
  const analysed = await analyzeFiles(discovery.files, {
    pack,
    policies,
    jobs: options.jobs ?? os.availableParallelism(),
    ...(options.onProgress ? { onResult: options.onProgress } : {}),
  });
  const prefiltered = { files: 0, bytes: 0 };
  discovery.files.forEach((file, i) => {
    const result = analysed.results[i]!;
    if (result.scanned) scanned.push(result.scanned);
    if (result.skippedReason) skipped.push({ path: file.path, reason: result.skippedReason });
    if (result.incomplete) incomplete = true;
    if (result.prefiltered) {
      prefiltered.files++;
      prefiltered.bytes += result.scanned?.size ?? 0;
    }
    // Excluded files are checked for the never-suppressible rules only (SPEC 3).
    const raws = file.excluded
      ? result.raws.filter((r) => pack.rules.get(r.ruleId)?.suppressible === false)
      : result.raws;
    const fileFindings = toFindings(raws, file.path, pack.rules, options.profile, file.excluded);
    // Waivers in an excluded file are not applied: nothing there is review-level (SPEC 3).
    const waived = applyWaivers(fileFindings, file.excluded ? [] : (result.waivers ?? []), {
      file: file.path,
      profile: options.profile,
      rules: pack.rules,
    });
    appendAll(findings, waived.findings);
    appendAll(waiverLedger, waived.ledger);
  });
  const analysedAt = performance.now();

  let reviewed = findings;
  let allowlistLedger: Report['allowlist'] = { source: null, entries: [] };
  if (allowlist) {
    const applied = applyAllowlist(findings, allowlist);
    reviewed = applied.findings;
    allowlistLedger = { source: options.allowlist!, entries: applied.ledger };
  }
  if (policies) {
    reviewed = markAllowedByPolicy(reviewed, policies, (id) => pack.rules.get(id)?.suppressible ?? false);
  }
  reviewed.sort(compareFindings);
  const baselined = applyBaseline(reviewed, baseline);
  reviewed = baselined.findings;
  const skippedFiles = sortByPath(skipped);

  const auditComplete = skippedFiles.length === 0 && !incomplete;
  const summary = decide(reviewed, auditComplete);
  const finished = new Date();
  const ms = (value: number): number => Math.round(value);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, profile: options.profile, rulepack_hash: pack.hash },
    run: {
      started_at: started.toISOString(),
      finished_at: finished.toISOString(),
      duration_ms: finished.getTime() - started.getTime(),
      hostname: os.hostname(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node_version: process.version,
      cwd: process.cwd(),
      jobs: analysed.threads,
      stages_ms: {
        discover: ms(discovered - startedAt),
        analyze_wall: ms(analysedAt - discovered),
        read: ms(analysed.times.read),
        parse: ms(analysed.times.parse),
        resolve_and_match: ms(analysed.times.analyze),
        review_and_decide: ms(performance.now() - analysedAt),
      },
      prefilter: { files_not_analysed: prefiltered.files, bytes_not_analysed: prefiltered.bytes },
    },
    target: { root_path: root, git: await gitInfo(root) },
    shard,
    summary,
    findings: reviewed,
    inventory: {
      // Files that turned out undecodable are skipped too, beside what discovery skipped.
      file_counts_by_type: { ...discovery.countsByType, skipped: skippedFiles.length },
      scanned_files: scanned,
      skipped_files: skippedFiles,
      third_party_artifacts: discovery.artifacts,
    },
    allowlist: allowlistLedger,
    waivers: waiverLedger,
    policy: policies ? appliedPolicy(options.policy!, policies) : null,
    baseline: baselined.summary,
  };
}
