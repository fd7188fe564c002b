/** The audit packet's data: what `report.json` holds (SPEC 8) and what every renderer reads. */
import type { Category, Disposition, Finding, Profile, Severity } from './finding.js';

export type Decision = 'PASS' | 'CONDITIONAL_PASS' | 'FAIL';

export interface ScannedFile {
  /** Repository-relative POSIX path. */
  path: string;
  sha256: string;
  size: number;
  /** Language the file was analysed as: python, notebook, powershell, shell, batch, vbscript. */
  language: string;
  /** Excluded by a glob: analysed only for never-suppressible rules. */
  excluded?: boolean;
}

export interface SkippedFile {
  path: string;
  /** Human-readable reason, e.g. "larger than 2 MB (3.1 MB)", "binary content", "symlink leaves the target". */
  reason: string;
  /** Under a user exclude glob: still listed (excludes cannot hide an incomplete audit). */
  excluded?: boolean;
}

export interface ArtifactFile {
  path: string;
  /** wheel, archive, native binary, ... */
  kind: string;
  size: number;
  sha256: string;
}

/** One allowlist entry or waiver as applied, with what it covered (the review ledger). */
export interface LedgerEntry {
  source: 'allowlist' | 'waiver' | 'policy';
  /** Where it was declared: `allow.json#entries[2]`, `src/a.py:14`. */
  location: string;
  rules: string[];
  justification: string;
  approved_by?: string;
  approved_on?: string;
  /** Fingerprints of the findings it covered. */
  covered: string[];
  stale: boolean;
  /** Why it covers nothing although findings may be in reach: malformed, not suppressible, strict profile. */
  not_honoured?: string;
}

/** A finding the baseline recorded, as the baseline file names it. */
export interface BaselineFinding {
  fingerprint: string;
  rule_id: string;
  /** Repository-relative POSIX path as the baseline recorded it (repository content: escape it). */
  file: string;
  line: number;
}

/** The baseline applied (SPEC 6): where it came from, how much of it still exists, what was fixed. */
export interface BaselineSummary {
  /** The file as given by the user. */
  source: string;
  /** SHA-256 of the file's bytes, so a reviewer can tell which baseline gated. */
  sha256: string;
  /** Findings the baseline recorded. */
  entries: number;
  /** Current findings matched to a baseline entry (each entry matches at most one). */
  matched: number;
  /** Baseline entries no current finding matched: fixed (or changed) since the baseline. */
  fixed: BaselineFinding[];
}

/** Which slice of the file set a `--shard K/N` scan covered (null in an unsharded or merged report). */
export interface ShardInfo {
  /** 1-based K. */
  index: number;
  /** N. */
  count: number;
  /** SHA-256 of the whole discovered file set before splitting: equal in every shard of one tree. */
  file_set_sha256: string;
}

export interface Report {
  tool: { name: string; version: string; profile: Profile; rulepack_hash: string };
  run: {
    started_at: string;
    finished_at: string;
    duration_ms: number;
    hostname: string;
    os: string;
    node_version: string;
    cwd: string;
    /** Threads that analysed files. */
    jobs: number;
    /** Where the time went: wall time for discover, analysis and review; summed thread time per analysis stage. */
    stages_ms: {
      discover: number;
      analyze_wall: number;
      read: number;
      parse: number;
      resolve_and_match: number;
      review_and_decide: number;
    };
    /** Python files the prefilter proved no rule can match: parsed for syntax errors only, not analysed. */
    prefilter: { files_not_analysed: number; bytes_not_analysed: number };
  };
  target: { root_path: string; git: { is_repo: boolean; head_commit: string | null; dirty: boolean | null } };
  /** Absent or null unless the report is one shard of a `--shard K/N` scan. */
  shard?: ShardInfo | null;
  summary: {
    decision: Decision;
    exit_code: number;
    /** True when every file that should have been analysed was analysed. */
    audit_complete: boolean;
    /** Active findings only: what decides. */
    totals_by_severity: Record<Severity, number>;
    totals_by_category: Partial<Record<Category, number>>;
    totals_by_disposition: Record<Disposition, number>;
  };
  findings: Finding[];
  inventory: {
    file_counts_by_type: Record<string, number>;
    scanned_files: ScannedFile[];
    skipped_files: SkippedFile[];
    third_party_artifacts: ArtifactFile[];
  };
  allowlist: { source: string | null; entries: LedgerEntry[] };
  waivers: LedgerEntry[];
  policy: { source: string | null; rule_count: number; hash: string | null } | null;
  /** The baseline applied, or null when none was given. */
  baseline: BaselineSummary | null;
  runtime_egress?: Record<string, unknown>;
}
