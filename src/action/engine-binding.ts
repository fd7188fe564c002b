/**
 * Binds the action to the scan engine, the same calls the CLI makes: scan, optionally run the
 * `egress-command` under the runtime harness and fold its evidence in, then write the packet
 * atomically. `baseline` applies as `--baseline` does on the CLI.
 */
import path from 'node:path';

import { planHarness } from '../egress/run-harness.js';
import { collectRuntimeEgress } from '../egress/runtime-evidence.js';
import { type AuditOptions, writeAudit } from '../pipeline/audit.js';
import { withRuntimeEvidence } from '../pipeline/runtime-evidence.js';
import { scan } from '../pipeline/scan.js';
import type { AuditFn } from './engine.js';

/** Scans `request.target` and writes the packet; rejects with `ConfigError` for bad or unsupported input. */
export const auditWithEngine: AuditFn = async (request) => {
  // `jobs` only tunes speed; the engine picks its own parallelism for now.
  const options: AuditOptions = {
    target: request.target,
    profile: request.profile,
    outputDir: request.outputDir,
    include: request.include,
    exclude: request.exclude,
    ...(request.allowlist ? { allowlist: request.allowlist } : {}),
    ...(request.policy ? { policy: request.policy } : {}),
    ...(request.baseline ? { baseline: request.baseline } : {}),
  };
  // Check the command before the scan, so bad input fails fast and writes nothing.
  const plan = request.egressCommand
    ? planHarness({ target: request.target, command: ['sh', '-c', request.egressCommand], isolate: false })
    : undefined;
  let report = await scan(options);
  if (plan)
    report = withRuntimeEvidence(report, await collectRuntimeEgress(plan, path.resolve(request.outputDir)));
  const outcome = await writeAudit(report, options);
  // The engine always writes report.sarif; with `sarif: false` the action does not offer it.
  return {
    report: outcome.report,
    files: { ...outcome.files, sarif: request.sarif ? outcome.files.sarif : undefined },
  };
};
