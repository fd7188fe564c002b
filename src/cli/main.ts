/** Builds the `mcen-scan` program from its sub-commands and maps errors to exit codes. */
import { Command, CommanderError } from 'commander';

import { ConfigError, EXIT } from '../model/errors.js';
import { TOOL_VERSION } from '../model/version.js';
import { stripControl } from '../render/escape.js';
import { scan } from '../pipeline/scan.js';
import { writeAudit } from '../pipeline/audit.js';
import { withRuntimeEvidence } from '../pipeline/runtime-evidence.js';
import { policyFactsFor } from '../pipeline/policy-check.js';
import { baselineCommand } from './baseline-command.js';
import { egressCommand } from './egress-command.js';
import { mergeCommand } from './merge-command.js';
import { policyCommand } from './policy-command.js';
import { rulesCommand } from './rules-command.js';
import { addScanOptions, auditOptions, reportOutcome, scanCommand } from './scan-command.js';

/**
 * Runs the CLI on `argv` (without node and script) and resolves to the exit code: the
 * decision's (0/2/1) or 3 for bad usage, bad input files and internal errors, each reported
 * as one line on stderr (the stack too when MCEN_DEBUG is set). Never rejects.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('mcen-scan')
    .description('Static security gate for Python repositories on isolated networks.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.addCommand(scanCommand(), { isDefault: true });
  program.addCommand(mergeCommand());
  program.addCommand(rulesCommand());
  program.addCommand(baselineCommand());
  program.addCommand(policyCommand({ factsFor: (source) => policyFactsFor(source) }));
  program.addCommand(
    egressCommand({
      addScanOptions,
      runScan: (target, flags) => scan(auditOptions(target, flags)),
      finish: async (report, runtime, flags) => {
        const options = auditOptions(report.target.root_path, flags);
        return reportOutcome(await writeAudit(withRuntimeEvidence(report, runtime), options), flags);
      },
    }),
  );
  // Sub-commands share the program's error handling (exit code 3 on bad usage).
  for (const command of program.commands) command.exitOverride();
  const outer = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    // Commands report their outcome through process.exitCode; hand it back as the result.
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT.toolError;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`mcen-scan: ${oneLine(error.message)}\n`);
      return EXIT.toolError;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mcen-scan: internal error: ${oneLine(message)}\n`);
    if (process.env.MCEN_DEBUG && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return EXIT.toolError;
  } finally {
    process.exitCode = outer;
  }
}

/** Error text on one line, hidden characters shown escaped (file names may hold anything). */
function oneLine(text: string): string {
  return stripControl(text).replace(/\n/g, '\\n');
}
