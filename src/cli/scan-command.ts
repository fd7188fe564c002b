/** `mcen-scan [scan] [TARGET]`: the static audit (SPEC 2.1), and the scan options other commands share. */
import { Command, InvalidArgumentError, Option, type OptionValues } from 'commander';

import { parseShard, type Shard } from '../discover/shard.js';
import { PROFILES, type Profile } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { audit, type AuditOptions, type AuditOutcome, type PacketOptions } from '../pipeline/audit.js';
import { renderReportJson } from '../render/report-json.js';

interface ScanFlags {
  profile: Profile;
  outputDir: string;
  allowlist?: string;
  policy?: string;
  baseline?: string;
  json?: string;
  md?: string;
  sarif?: string;
  manifest: boolean;
  printJson?: boolean;
  include: string[];
  exclude: string[];
  quiet?: boolean;
  jobs?: number;
  shard?: Shard;
  maxFileBytes?: number;
}

/** Commander's accumulator for a repeatable option. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The most analysis threads `--jobs` accepts: far past any runner, short of a typo's thousands. */
const MAX_JOBS = 256;

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > MAX_JOBS)
    throw new InvalidArgumentError(`expected a whole number of threads from 1 to ${MAX_JOBS}`);
  return jobs;
}

/** `--max-file-bytes`: a positive whole number of bytes. */
function byteCount(value: string): number {
  const bytes = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InvalidArgumentError('expected a positive whole number of bytes, e.g. 4194304 for 4 MB');
  }
  return bytes;
}

/** A one-line progress display on a terminal; silent otherwise. */
function progress(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`,
    );
  };
}

/** Adds the options of a scan (profile, outputs, allowlist, policy, baseline, globs, quiet) to `command`. */
export function addScanOptions(command: Command): void {
  command
    .addOption(new Option('--profile <profile>', 'rule profile').choices(PROFILES).default('mcen_practical'))
    .option('--output-dir <dir>', 'where the audit packet is written', 'mcen_audit')
    .option('--allowlist <file>', 'process allowlist (JSON, PEX003 only)')
    .option('--policy <store>', 'security policy: YAML/JSON file, SQLite database or builtin:NAME')
    .option(
      '--baseline <file>',
      'previous report.json, report.sarif or baseline file: only new findings decide',
    )
    .option('--json <path>', 'also write report.json here')
    .option('--md <path>', 'also write report.md here')
    .option('--sarif <path>', 'also write report.sarif here')
    .option('--no-manifest', 'do not write manifest.json')
    .option('--print-json', 'print report.json on stdout')
    .option('--include <glob>', 'scan only files matching this glob (repeatable)', collect, [])
    .option(
      '--exclude <glob>',
      'exclude files matching this glob (repeatable; never-suppressible rules still apply)',
      collect,
      [],
    )
    .option('--jobs <n>', 'threads analysing files (default: one per core; 1 = no worker threads)', parseJobs)
    .option(
      '--max-file-bytes <bytes>',
      'skip (and list) files larger than this (default 2097152, 2 MB); see docs/LIMITS.md',
      byteCount,
    )
    .option('--quiet', 'print nothing but errors');
}

/** Where the parsed flags (`--output-dir`, `--json`, `--md`, `--sarif`, `--no-manifest`) say the packet goes. */
export function packetOptions(values: OptionValues): PacketOptions {
  const flags = values as ScanFlags;
  return {
    outputDir: flags.outputDir,
    noManifest: !flags.manifest,
    ...(flags.json ? { jsonPath: flags.json } : {}),
    ...(flags.md ? { mdPath: flags.md } : {}),
    ...(flags.sarif ? { sarifPath: flags.sarif } : {}),
  };
}

/** The audit options the parsed scan flags stand for. */
export function auditOptions(target: string, values: OptionValues): AuditOptions {
  const flags = values as ScanFlags;
  const onProgress = flags.quiet ? undefined : progress();
  return {
    ...packetOptions(values),
    target,
    profile: flags.profile,
    include: flags.include,
    exclude: flags.exclude,
    ...(flags.jobs ? { jobs: flags.jobs } : {}),
    ...(flags.maxFileBytes ? { maxFileBytes: flags.maxFileBytes } : {}),
    ...(flags.allowlist ? { allowlist: flags.allowlist } : {}),
    ...(flags.policy ? { policy: flags.policy } : {}),
    ...(flags.baseline ? { baseline: flags.baseline } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
}

/** Prints the outcome as the flags ask (one summary line, report.json, or nothing) and returns the exit code. */
export function reportOutcome(outcome: AuditOutcome, values: OptionValues): number {
  const flags = values as ScanFlags;
  const { summary } = outcome.report;
  if (flags.printJson) process.stdout.write(renderReportJson(outcome.report));
  else if (!flags.quiet) process.stdout.write(`${summaryLine(outcome.report)} - ${outcome.files.reportMd}\n`);
  return summary.exit_code;
}

function summaryLine(report: Report): string {
  const { summary } = report;
  const counts = Object.entries(summary.totals_by_severity)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  return `${summary.decision}${counts ? ` (${counts})` : ''}${summary.audit_complete ? '' : ', audit incomplete'}`;
}

/** The scan sub-command; its action sets `process.exitCode` to the decision's exit code. */
export function scanCommand(): Command {
  const command = new Command('scan')
    .description('scan a repository and write the audit packet')
    .argument('[target]', 'folder to scan', '.');
  addScanOptions(command);
  // A ConfigError from the parser ends the run with exit 3 naming the option.
  command.option('--shard <K/N>', 'scan only slice K of N of the file set (join with mcen-scan merge)', (v) =>
    parseShard(v),
  );
  return command.action(async (target: string, flags: OptionValues) => {
    process.exitCode = reportOutcome(await audit(auditOptions(target, flags)), flags);
  });
}
