/**
 * Reading a baseline (SPEC 6): a previous `report.json`, a file written by
 * `mcen-scan baseline create` (the same `findings` shape, trimmed), or our `report.sarif`. The
 * format is told by content, never by the file's extension.
 */
import { sha256Hex } from '../../discover/sha256.js';
import { ConfigError } from '../../model/errors.js';
import type { BaselineFinding } from '../../model/report.js';
import { FINGERPRINT_KEY } from '../fingerprint.js';
import { isObject, readJsonFile } from '../json-file.js';

/** A baseline as read: every finding it recorded, whatever its disposition was then. */
export interface Baseline {
  /** The file as given by the user. */
  source: string;
  /** SHA-256 of the file's bytes. */
  sha256: string;
  entries: BaselineFinding[];
}

/** Our fingerprints are 32 hex digits; a little slack for older or hand-built files, never free text. */
const FINGERPRINT = /^[0-9a-f]{16,64}$/;
const RULE_ID = /^[A-Z]+[0-9]{3}$/;

type Fail = (where: string, problem: string) => ConfigError;

function fingerprintOf(value: unknown, where: string, fail: Fail): string {
  if (value === undefined) throw fail(where, 'has no fingerprint');
  if (typeof value !== 'string' || !FINGERPRINT.test(value))
    throw fail(where, 'fingerprint must be a string of 16 to 64 lowercase hex digits');
  return value;
}

function ruleIdOf(value: unknown, where: string, fail: Fail): string {
  if (typeof value !== 'string' || !RULE_ID.test(value))
    throw fail(where, 'rule id must be a string like "NET001"');
  return value;
}

function fileOf(value: unknown, where: string, fail: Fail): string {
  if (typeof value !== 'string' || value === '') throw fail(where, 'file must be a non-empty string');
  return value;
}

function lineOf(value: unknown, where: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw fail(where, 'line must be a whole number from 1');
  return value;
}

/** `findings[i]` of a report.json or a baseline file. */
function fromReport(findings: unknown[], fail: Fail): BaselineFinding[] {
  return findings.map((raw, index) => {
    const where = `findings[${index}]`;
    if (!isObject(raw)) throw fail(where, 'must be an object');
    return {
      fingerprint: fingerprintOf(raw.fingerprint, where, fail),
      rule_id: ruleIdOf(raw.rule_id, where, fail),
      file: fileOf(raw.file, where, fail),
      line: lineOf(raw.line, where, fail),
    };
  });
}

/** The file and start line of a SARIF result's first location (our SARIF always has one). */
function sarifLocation(
  result: Record<string, unknown>,
  where: string,
  fail: Fail,
): { file: string; line: number } {
  const location = Array.isArray(result.locations) ? (result.locations[0] as unknown) : undefined;
  const physical = isObject(location) ? location.physicalLocation : undefined;
  const artifact = isObject(physical) ? physical.artifactLocation : undefined;
  const region = isObject(physical) ? physical.region : undefined;
  if (!isObject(artifact) || typeof artifact.uri !== 'string' || !isObject(region))
    throw fail(where, 'needs locations[0].physicalLocation with an artifactLocation uri and a region');
  let file: string;
  try {
    // Our SARIF percent-encodes each path segment (render/sarif.ts pathToUri).
    file = decodeURIComponent(artifact.uri);
  } catch {
    throw fail(where, 'artifactLocation uri is not a valid URI reference');
  }
  return { file: fileOf(file, where, fail), line: lineOf(region.startLine, where, fail) };
}

/** `runs[r].results[i]` of a SARIF 2.1.0 log written by this tool. */
function fromSarif(log: Record<string, unknown>, runs: unknown[], fail: Fail): BaselineFinding[] {
  if (log.version !== '2.1.0') throw fail('version', 'a SARIF baseline must be version "2.1.0"');
  return runs.flatMap((run, r) => {
    if (!isObject(run)) throw fail(`runs[${r}]`, 'must be an object');
    if (!Array.isArray(run.results)) throw fail(`runs[${r}].results`, 'must be an array');
    return run.results.map((result: unknown, i): BaselineFinding => {
      const where = `runs[${r}].results[${i}]`;
      if (!isObject(result)) throw fail(where, 'must be an object');
      const prints = result.partialFingerprints;
      if (!isObject(prints) || prints[FINGERPRINT_KEY] === undefined)
        throw fail(where, `has no partialFingerprints "${FINGERPRINT_KEY}" (not a GateKeeper6 result)`);
      return {
        fingerprint: fingerprintOf(prints[FINGERPRINT_KEY], where, fail),
        rule_id: ruleIdOf(result.ruleId, where, fail),
        ...sarifLocation(result, where, fail),
      };
    });
  });
}

/**
 * The baseline entries in a parsed document `data` read from `source`: a top-level object with a
 * `findings` array (report.json or a baseline file) or a SARIF log with a `runs` array. Throws
 * `ConfigError` `baseline <source>: <entry>: <problem>` naming the entry (`findings[12]`,
 * `runs[0].results[3]`) when the document is neither, or an entry lacks a well-formed
 * fingerprint, rule id, file or line. Other keys are ignored. Never throws anything else.
 */
export function baselineEntries(data: unknown, source: string): BaselineFinding[] {
  const fail: Fail = (where, problem) => new ConfigError(`baseline ${source}: ${where}: ${problem}`);
  const notABaseline = (): ConfigError =>
    fail('top level', 'not a report.json, baseline or SARIF file (expected a "findings" or "runs" array)');
  if (!isObject(data)) throw notABaseline();
  if (Array.isArray(data.findings)) return fromReport(data.findings, fail);
  if (Array.isArray(data.runs)) return fromSarif(data, data.runs, fail);
  throw notABaseline();
}

/**
 * Reads the baseline file at `path` (see {@link baselineEntries} for what it may hold). Throws
 * `ConfigError` naming the file when it cannot be read or is not valid JSON, and naming the entry
 * when an entry is malformed. Reads only; writes nothing.
 */
export function loadBaseline(path: string): Baseline {
  const { bytes, data } = readJsonFile(path, 'baseline');
  return { source: path, sha256: sha256Hex(bytes), entries: baselineEntries(data, path) };
}
