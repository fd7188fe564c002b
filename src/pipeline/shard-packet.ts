/**
 * Reading the `report.json` of one shard packet for `mcen-scan merge`. The check is minimal: the
 * fields the merge reads have the right types, so a truncated, foreign or hand-edited file is a
 * ConfigError naming it (exit 3) rather than a crash or a wrong merged decision.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ConfigError } from '../model/errors.js';
import type { Report, ShardInfo } from '../model/report.js';

/** A shard's report and where it was read from. */
export interface ShardPacket {
  /** The folder as the user gave it (messages name it). */
  dir: string;
  report: Report & { shard: ShardInfo };
}

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nullOr =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const shaped =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

const ledgerEntry = shaped({
  source: isString,
  location: isString,
  rules: listOf(isString),
  justification: isString,
  covered: listOf(isString),
  stale: isBoolean,
});

const withPath = shaped({ path: isString });

/** Each top-level member the merge reads, with the check its value must pass. */
const REPORT_FIELDS: Record<string, Check> = {
  tool: shaped({ name: isString, version: isString, profile: isString, rulepack_hash: isString }),
  run: shaped({
    started_at: isString,
    finished_at: isString,
    duration_ms: isNumber,
    hostname: isString,
    os: isString,
    node_version: isString,
    cwd: isString,
  }),
  target: shaped({
    root_path: isString,
    git: shaped({ is_repo: isBoolean, head_commit: nullOr(isString), dirty: nullOr(isBoolean) }),
  }),
  // Absent in reports of scans without --shard (and of versions before it).
  shard: (v) =>
    v === undefined || nullOr(shaped({ index: isNumber, count: isNumber, file_set_sha256: isString }))(v),
  summary: shaped({ audit_complete: isBoolean }),
  findings: listOf(
    shaped({
      rule_id: isString,
      category: isString,
      severity: isString,
      file: isString,
      line: isNumber,
      column: isNumber,
      end_line: isNumber,
      end_column: isNumber,
      fingerprint: isString,
      disposition: isString,
    }),
  ),
  inventory: shaped({
    file_counts_by_type: (v) => isObject(v) && Object.values(v).every(isNumber),
    scanned_files: listOf(withPath),
    skipped_files: listOf(withPath),
    third_party_artifacts: listOf(withPath),
  }),
  allowlist: shaped({ source: nullOr(isString), entries: listOf(ledgerEntry) }),
  waivers: listOf(ledgerEntry),
  policy: nullOr(isObject),
  // Present when the scan had a baseline (absent in reports of versions without baselines).
  baseline: (v) =>
    v === undefined ||
    nullOr(
      shaped({
        sha256: isString,
        entries: isNumber,
        matched: isNumber,
        fixed: listOf(shaped({ fingerprint: isString, rule_id: isString, file: isString, line: isNumber })),
      }),
    )(v),
};

/**
 * Reads `dir/report.json` and checks it is a shard's report. Throws a ConfigError naming the
 * file when it is missing, unreadable, not JSON, lacks a field the merge needs, or comes from a
 * scan without `--shard`.
 */
export async function readShardPacket(dir: string): Promise<ShardPacket> {
  const file = path.join(dir, 'report.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `merge: ${file}: no such file (is ${dir} a shard's audit packet?)`
        : `merge: ${file} cannot be read (${code})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`merge: ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new ConfigError(`merge: ${file} is not a report (not a JSON object)`);
  for (const [key, check] of Object.entries(REPORT_FIELDS)) {
    if (!check(value[key])) throw new ConfigError(`merge: ${file}: "${key}" is missing or malformed`);
  }
  if (value.shard == null)
    throw new ConfigError(`merge: ${file} is not a shard's report (it was scanned without --shard)`);
  if (value.runtime_egress !== undefined)
    throw new ConfigError(
      `merge: ${file} holds runtime egress evidence; only static shard scans can be merged`,
    );
  return { dir, report: value as unknown as ShardPacket['report'] };
}
