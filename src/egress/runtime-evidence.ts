/**
 * The whole runtime half of `egress` for any front end (CLI command, action input): run the checked
 * plan, write the evidence into the packet, and turn the log into EGR findings.
 */
import { egressFindings } from './egress-findings.js';
import type { LocatedRawFinding } from './egress-findings.js';
import { writeEgressOutputs } from './egress-outputs.js';
import { runHarness } from './run-harness.js';
import type { HarnessPlan, RuntimeEgressSummary } from './run-harness.js';

/** What a harness run contributes to the report: the summary, EGR001/EGR002 raw findings and the files written. */
export interface RuntimeEgress {
  summary: RuntimeEgressSummary;
  findings: LocatedRawFinding[];
  files: { log: string; summary: string };
}

/**
 * Runs `plan` (from `planHarness`), writes `egress_log.jsonl` and `runtime_egress.json` into
 * `outputDir` and returns the evidence. The command failing or timing out is recorded, not
 * thrown; only a program that cannot start rejects (`ConfigError`).
 */
export async function collectRuntimeEgress(plan: HarnessPlan, outputDir: string): Promise<RuntimeEgress> {
  const run = await runHarness(plan);
  const files = writeEgressOutputs(outputDir, run);
  return { summary: run.summary, findings: egressFindings(run.events, plan.target, plan.command), files };
}
