/**
 * The scan pipeline: discover files → parse and resolve → match rules → apply profile and
 * review controls → decide → the report object that every output is rendered from.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Parser } from 'web-tree-sitter';

import { discover, type DiscoveredFile } from '../discover/discover.js';
import { decodeSource } from '../discover/decode-source.js';
import { gitInfo } from '../discover/git-info.js';
import { sha256Hex } from '../discover/sha256.js';
import { sortByPath } from '../discover/path-order.js';
import { loadRulepack } from '../match/rulepack-loader.js';
import { scanProblem } from '../match/finding-builder.js';
import { appendAll } from '../model/append-all.js';
import type { Finding, Profile, RawFinding } from '../model/finding.js';
import type { Report, ScannedFile } from '../model/report.js';
import type { Rulepack } from '../model/rulepack.js';
import { TOOL_NAME, TOOL_VERSION } from '../model/version.js';
import { createParser } from '../parse/tree-sitter-runtime.js';
import { applyAllowlist, loadAllowlist } from '../review/allowlist.js';
import { compareFindings, toFindings } from '../review/apply-profile.js';
import { decide } from '../decide/decision.js';
import { markAllowedByPolicy } from '../review/policy/allowances.js';
import { appliedPolicy } from '../review/policy/applied-policy.js';
import type { PolicyRule } from '../review/policy/model.js';
import { loadPolicies } from '../review/policy/open-store.js';
import { analyzeSource } from './analyze-source.js';

export interface ScanOptions {
  target: string;
  profile: Profile;
  /** Absolute or cwd-relative; never scanned. */
  outputDir: string;
  allowlist?: string;
  /** A policy store: YAML/JSON file, SQLite database, or `builtin:NAME` (SPEC 7). */
  policy?: string;
  include?: string[];
  exclude?: string[];
  maxFileBytes?: number;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** A rulepack other than the shipped one (tests, custom packs). */
  rulepackDir?: string;
}

/** The result of analysing one discovered file. */
interface FileResult {
  scanned?: ScannedFile;
  skippedReason?: string;
  raws: RawFinding[];
  incomplete?: string;
}

async function analyzeFile(
  file: DiscoveredFile,
  parser: Parser,
  pack: Rulepack,
  policies: readonly PolicyRule[] | undefined,
): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absPath);
  } catch (error) {
    const reason = `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
    return { skippedReason: reason, raws: [scanProblem(`file skipped: ${reason}`)] };
  }
  const scanned: ScannedFile = {
    path: file.path,
    sha256: sha256Hex(bytes),
    size: bytes.length,
    language: file.language,
  };
  if (file.excluded) scanned.excluded = true;
  const decoded = decodeSource(bytes, file.path);
  if (!decoded.ok)
    return { scanned, skippedReason: decoded.reason, raws: [scanProblem(`file skipped: ${decoded.reason}`)] };
  const analysis = await analyzeSource(decoded.text, file.language, parser, pack, policies);
  if ('skipped' in analysis)
    return {
      scanned,
      skippedReason: analysis.skipped,
      raws: [scanProblem(`file skipped: ${analysis.skipped}`)],
    };
  return analysis.incomplete
    ? { scanned, raws: analysis.findings, incomplete: analysis.incomplete }
    : { scanned, raws: analysis.findings };
}

/**
 * Scans `options.target` and returns the report (SPEC 8). Throws `ConfigError` for a missing
 * target, a bad glob or a malformed allowlist; hostile file content never throws.
 */
export async function scan(options: ScanOptions): Promise<Report> {
  const started = new Date();
  const pack = loadRulepack(options.rulepackDir);
  const allowlist = options.allowlist ? loadAllowlist(options.allowlist) : undefined;
  const policies = options.policy ? await loadPolicies(options.policy) : undefined;
  const root = path.resolve(options.target);
  const discovery = await discover(root, {
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    outputDir: path.resolve(options.outputDir),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const parser = await createParser('python');
  const findings: Finding[] = [];
  const scanned: ScannedFile[] = [];
  const skipped = [...discovery.skipped];
  let incomplete = false;
  for (const skip of discovery.skipped) {
    findings.push(
      ...toFindings(
        [scanProblem(`file skipped: ${skip.reason}`)],
        skip.path,
        pack.rules,
        options.profile,
        false,
      ),
    );
  }
  let done = 0;
  try {
    for (const file of discovery.files) {
      const result = await analyzeFile(file, parser, pack, policies);
      if (result.scanned) scanned.push(result.scanned);
      if (result.skippedReason) skipped.push({ path: file.path, reason: result.skippedReason });
      if (result.incomplete) incomplete = true;
      // Excluded files are checked for the never-suppressible rules only (SPEC 3).
      const raws = file.excluded
        ? result.raws.filter((r) => pack.rules.get(r.ruleId)?.suppressible === false)
        : result.raws;
      appendAll(findings, toFindings(raws, file.path, pack.rules, options.profile, file.excluded));
      options.onProgress?.(++done, discovery.files.length);
    }
  } finally {
    parser.delete();
  }

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
  const skippedFiles = sortByPath(skipped);

  const auditComplete = skippedFiles.length === 0 && !incomplete;
  const summary = decide(reviewed, auditComplete);
  const finished = new Date();
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
    },
    target: { root_path: root, git: await gitInfo(root) },
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
    waivers: [],
    policy: policies ? appliedPolicy(options.policy!, policies) : null,
  };
}
