/** `manifest.json`: what was scanned, byte for byte, so an auditor can prove which tree the report covers. */
import type { Report } from '../model/report.js';
import { orderedReport } from './report-json.js';

/**
 * The manifest text: `tool`, `target`, then `scanned_files` (`path`, `sha256`, `size`),
 * `skipped_files` (`path`, `reason`) and `artifacts` (`path`, `kind`, `size`, `sha256`), each list
 * sorted by repository-relative path; 2-space indent and a trailing newline. Pure and
 * deterministic: the caller's array order does not matter.
 */
export function renderManifest(report: Report): string {
  const { tool, target, inventory } = orderedReport(report);
  const manifest = {
    tool,
    target,
    scanned_files: inventory.scanned_files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
    skipped_files: inventory.skipped_files,
    artifacts: inventory.third_party_artifacts,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
