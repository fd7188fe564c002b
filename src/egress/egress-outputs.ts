/** Writes the harness evidence into the audit packet: `egress_log.jsonl` and `runtime_egress.json`. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { HarnessRun } from './run-harness.js';

export const EGRESS_LOG_FILE = 'egress_log.jsonl';
export const RUNTIME_EGRESS_FILE = 'runtime_egress.json';

/** Writes `text` to `file` through a temporary sibling and a rename, so no reader sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { mode: 0o644 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Creates `outputDir` if needed and writes both files atomically; the log is re-serialised from the
 * validated events (one JSON object a line), never copied raw. Returns the two paths written.
 */
export function writeEgressOutputs(outputDir: string, run: HarnessRun): { log: string; summary: string } {
  mkdirSync(outputDir, { recursive: true });
  const log = path.join(outputDir, EGRESS_LOG_FILE);
  const summary = path.join(outputDir, RUNTIME_EGRESS_FILE);
  writeAtomically(log, run.events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  writeAtomically(summary, `${JSON.stringify(run.summary, null, 2)}\n`);
  return { log, summary };
}
