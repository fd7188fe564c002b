/**
 * The subprocess allowlist (seed format, SPEC 6): reviewed PEX003 findings that a JSON file
 * documents and suppresses. Only PEX003 can be allowlisted; everything else stays as found.
 *
 * ```json
 * { "entries": [ { "path_glob": "*.py", "command_exact": "echo hi",
 *                  "justification": "operator feedback only",
 *                  "approved_by": "ISSO", "approved_on": "2025-01-31" } ] }
 * ```
 */
import type { PathGlobs } from '../discover/globs.js';
import { compileGlobs } from '../discover/globs.js';
import { ConfigError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { LedgerEntry } from '../model/report.js';
import { isObject, readJsonFile } from './json-file.js';
import { MAX_MATCH_INPUT, regexHazard } from './regex-safety.js';

/** The only rule an allowlist entry can cover. */
export const ALLOWLISTABLE_RULE = 'PEX003';

const MATCHERS = ['path_glob', 'command_exact', 'command_regex'] as const;
const ENTRY_KEYS = new Set<string>([...MATCHERS, 'justification', 'approved_by', 'approved_on']);

/** One entry as written, with its compiled matchers. */
export interface AllowlistEntry {
  /** Where it was declared: `allow.json#entries[2]`. */
  location: string;
  path_glob?: string;
  command_exact?: string;
  command_regex?: string;
  justification: string;
  approved_by?: string;
  approved_on?: string;
  paths?: PathGlobs;
  regex?: RegExp;
}

export interface Allowlist {
  /** The file as given by the user. */
  source: string;
  entries: AllowlistEntry[];
}

/**
 * Reads and checks an allowlist file. Throws `ConfigError` naming the file, the entry
 * (`entries[i]`) and the problem when the file cannot be read, is not valid JSON (with line
 * and column), has a key other than `entries` or an entry key other than `path_glob`,
 * `command_exact`, `command_regex`, `justification`, `approved_by`, `approved_on`, has a value
 * that is not a non-empty string, lacks a justification or every matcher, or has a glob or
 * regex that is invalid or could backtrack catastrophically (rules in `regex-safety.ts`).
 * A glob without `/` matches the file name in any folder (like .gitignore); one with `/` is
 * anchored at the target root; a glob naming a folder covers the files inside it.
 */
export function loadAllowlist(path: string): Allowlist {
  const { data } = readJsonFile(path, 'allowlist');
  const fail = (where: string, problem: string): ConfigError =>
    new ConfigError(`allowlist ${path}: ${where}: ${problem}`);
  if (!isObject(data)) throw fail('top level', 'must be an object with an "entries" array');
  for (const key of Object.keys(data)) {
    if (key !== 'entries') throw fail('top level', `unknown key "${key}" (only "entries" is allowed)`);
  }
  if (!Array.isArray(data.entries)) throw fail('entries', 'must be an array');
  const entries = data.entries.map((raw: unknown, index) => {
    const where = `entries[${index}]`;
    if (!isObject(raw)) throw fail(where, 'must be an object');
    const strings: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!ENTRY_KEYS.has(key)) {
        throw fail(where, `unknown key "${key}" (allowed: ${[...ENTRY_KEYS].join(', ')})`);
      }
      if (typeof value !== 'string' || value.trim() === '')
        throw fail(`${where}.${key}`, 'must be a non-empty string');
      strings[key] = value;
    }
    if (strings.justification === undefined) throw fail(where, 'justification is required');
    if (!MATCHERS.some((key) => strings[key] !== undefined)) {
      throw fail(where, `needs at least one of ${MATCHERS.join(', ')}`);
    }
    return compileEntry(strings, `${path}#${where}`, (key, problem) => fail(`${where}.${key}`, problem));
  });
  return { source: path, entries };
}

function compileEntry(
  fields: Record<string, string>,
  location: string,
  fail: (key: string, problem: string) => ConfigError,
): AllowlistEntry {
  const entry: AllowlistEntry = { location, justification: fields.justification!.trim() };
  for (const key of ['approved_by', 'approved_on', 'command_exact'] as const) {
    if (fields[key] !== undefined) entry[key] = fields[key].trim();
  }
  const glob = fields.path_glob;
  if (glob !== undefined) {
    // .gitignore rule: a glob with no '/' (other than a trailing one) matches at any depth.
    const rooted = glob.replace(/\/+$/, '').includes('/') ? glob : `**/${glob}`;
    try {
      entry.paths = compileGlobs([rooted], 'allowlist path_glob');
    } catch (error) {
      throw fail('path_glob', (error as Error).message);
    }
    entry.path_glob = glob;
  }
  const source = fields.command_regex;
  if (source !== undefined) {
    try {
      // Compiled alone first: `a)|(b` would otherwise break out of the anchoring group.
      new RegExp(source, 'u');
      // Anchored: the regex must match the whole command, not a part of it.
      entry.regex = new RegExp(`^(?:${source})$`, 'u');
    } catch (error) {
      throw fail('command_regex', `invalid regular expression: ${(error as Error).message}`);
    }
    const hazard = regexHazard(source);
    if (hazard !== undefined) throw fail('command_regex', `rejected: the pattern ${hazard}`);
    entry.command_regex = source;
  }
  return entry;
}

/**
 * Every matcher the entry gives holds for the finding. A command longer than `MAX_MATCH_INPUT`
 * never matches a regex (it stays a finding): the pattern rules assume that bound.
 */
function covers(entry: AllowlistEntry, finding: Finding): boolean {
  if (entry.paths && !entry.paths.matches(finding.file)) return false;
  const command = finding.details.command?.trim();
  if (entry.command_exact !== undefined && command !== entry.command_exact) return false;
  if (
    entry.regex &&
    (command === undefined || command.length > MAX_MATCH_INPUT || !entry.regex.test(command))
  ) {
    return false;
  }
  return true;
}

/**
 * Returns the findings with each active PEX003 finding that an entry covers marked
 * `allowlisted` (the first covering entry's justification), and one ledger entry per
 * allowlist entry, in file order, listing the fingerprints of every finding it covers
 * (sorted, without repeats); an entry that covers nothing is `stale`. Other findings are
 * returned unchanged (same objects). Covering needs every matcher the entry gives to hold.
 */
export function applyAllowlist(
  findings: readonly Finding[],
  list: Allowlist,
): { findings: Finding[]; ledger: LedgerEntry[] } {
  const covered = list.entries.map(() => new Set<string>());
  const result = findings.map((finding) => {
    if (finding.rule_id !== ALLOWLISTABLE_RULE || finding.disposition !== 'active') return finding;
    let first: AllowlistEntry | undefined;
    list.entries.forEach((entry, index) => {
      if (!covers(entry, finding)) return;
      covered[index]!.add(finding.fingerprint);
      first ??= entry;
    });
    return first
      ? { ...finding, disposition: 'allowlisted' as const, justification: first.justification }
      : finding;
  });
  const ledger = list.entries.map((entry, index): LedgerEntry => {
    const fingerprints = [...covered[index]!].sort();
    return {
      source: 'allowlist',
      location: entry.location,
      rules: [ALLOWLISTABLE_RULE],
      justification: entry.justification,
      ...(entry.approved_by !== undefined && { approved_by: entry.approved_by }),
      ...(entry.approved_on !== undefined && { approved_on: entry.approved_on }),
      covered: fingerprints,
      stale: fingerprints.length === 0,
    };
  });
  return { findings: result, ledger };
}
