/**
 * One audit: scan, then write the packet (report.json, report.md, manifest.json, report.sarif)
 * atomically, plus any extra copies asked for. Shared by the CLI and the action.
 */
import path from 'node:path';

import { loadRulepack } from '../match/rulepack-loader.js';
import type { Report } from '../model/report.js';
import { writeFileAtomic, writePacket } from '../publish/write-packet.js';
import { renderManifest } from '../render/manifest.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-md.js';
import { renderSarif } from '../render/sarif.js';
import { scan, type ScanOptions } from './scan.js';

export interface AuditOptions extends ScanOptions {
  /** Extra copies of the reports at these paths. */
  jsonPath?: string;
  mdPath?: string;
  sarifPath?: string;
  /** Leave manifest.json out of the packet. */
  noManifest?: boolean;
}

export interface AuditOutcome {
  report: Report;
  files: { reportJson: string; reportMd: string; manifest?: string; sarif: string };
}

/** Scans and writes every output; nothing is written when the scan fails. */
export async function audit(options: AuditOptions): Promise<AuditOutcome> {
  return writeAudit(await scan(options), options);
}

/** What writing a packet needs of the audit options (`mcen-scan merge` has no scan options). */
export type PacketOptions = Pick<
  AuditOptions,
  'outputDir' | 'rulepackDir' | 'jsonPath' | 'mdPath' | 'sarifPath' | 'noManifest'
>;

/** Renders `report` and writes the packet and the extra copies `options` asks for. */
export async function writeAudit(report: Report, options: PacketOptions): Promise<AuditOutcome> {
  const rules = loadRulepack(options.rulepackDir).rules;
  const json = renderReportJson(report);
  const md = renderReportMarkdown(report, rules);
  const sarif = renderSarif(report, rules);
  const outputDir = path.resolve(options.outputDir);
  const packet = [
    { name: 'report.json', content: json },
    { name: 'report.md', content: md },
    { name: 'report.sarif', content: sarif },
  ];
  if (!options.noManifest) packet.push({ name: 'manifest.json', content: renderManifest(report) });
  await writePacket(outputDir, packet);
  if (options.jsonPath) await writeFileAtomic(options.jsonPath, json);
  if (options.mdPath) await writeFileAtomic(options.mdPath, md);
  if (options.sarifPath) await writeFileAtomic(options.sarifPath, sarif);
  return {
    report,
    files: {
      reportJson: path.join(outputDir, 'report.json'),
      reportMd: path.join(outputDir, 'report.md'),
      sarif: path.join(outputDir, 'report.sarif'),
      ...(options.noManifest ? {} : { manifest: path.join(outputDir, 'manifest.json') }),
    },
  };
}
