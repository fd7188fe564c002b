/**
 * Binds the action to the scan engine's `audit()` (scan, then write the packet atomically), the
 * same call the CLI makes. Inputs the engine does not implement yet are refused by name rather
 * than ignored: silently dropping a policy or a baseline would change what the gate decides.
 */
import { ConfigError } from '../model/errors.js';
import { audit } from '../pipeline/audit.js';
import type { AuditFn } from './engine.js';

/** Scans `request.target` and writes the packet; rejects with `ConfigError` for bad or unsupported input. */
export const auditWithEngine: AuditFn = async (request) => {
  const unsupported = (
    [
      ['policy', request.policy],
      ['baseline', request.baseline],
      ['egress-command', request.egressCommand],
    ] as const
  ).find(([, value]) => value !== undefined);
  if (unsupported) {
    throw new ConfigError(`input ${unsupported[0]}: not supported by this version of the action yet`);
  }
  // `jobs` only tunes speed; the engine picks its own parallelism for now.
  const outcome = await audit({
    target: request.target,
    profile: request.profile,
    outputDir: request.outputDir,
    include: request.include,
    exclude: request.exclude,
    ...(request.allowlist ? { allowlist: request.allowlist } : {}),
  });
  // The engine always writes report.sarif; with `sarif: false` the action does not offer it.
  return {
    report: outcome.report,
    files: { ...outcome.files, sarif: request.sarif ? outcome.files.sarif : undefined },
  };
};
