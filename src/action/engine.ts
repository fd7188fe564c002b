/**
 * The action's view of the scan engine: one call that scans, writes the audit packet and says
 * where it put each file. The action depends only on this shape; the engine is injected.
 */
import type { Profile } from '../model/finding.js';
import type { Report } from '../model/report.js';

export interface AuditRequest {
  /** The folder to scan, as given in the `path` input. */
  target: string;
  profile: Profile;
  outputDir: string;
  allowlist?: string;
  policy?: string;
  baseline?: string;
  include: string[];
  exclude: string[];
  jobs?: number;
  /** Write `report.sarif` too. */
  sarif: boolean;
  /** Run this command under the runtime egress harness after the static scan (SPEC 9). */
  egressCommand?: string;
}

/** Where the packet's files were written (paths as the engine wrote them). */
export interface PacketFiles {
  reportJson: string;
  reportMd: string;
  manifest?: string;
  sarif?: string;
}

export interface AuditResult {
  report: Report;
  files: PacketFiles;
}

/**
 * Scans and writes the packet. Rejects with `ConfigError` for bad user input (unreadable
 * allowlist, policy or baseline, missing target); any other rejection is a bug.
 */
export type AuditFn = (request: AuditRequest) => Promise<AuditResult>;
