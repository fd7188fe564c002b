/**
 * `mcen-scan egress [scan options] [--isolate] [--timeout S] TARGET -- COMMAND...` (SPEC 9): the
 * static scan, then COMMAND under the egress harness, then the evidence into the packet. The scan
 * and the final merge/write belong to the main pipeline, so they come in as callbacks.
 */
import path from 'node:path';

import { Command, Option } from 'commander';
import type { OptionValues } from 'commander';

import { planHarness } from '../egress/run-harness.js';
import { collectRuntimeEgress } from '../egress/runtime-evidence.js';
import type { RuntimeEgress } from '../egress/runtime-evidence.js';
import type { Report } from '../model/report.js';

const DEFAULT_OUTPUT_DIR = 'mcen_audit';

/** How the main pipeline plugs into the egress command. */
export interface EgressWiring {
  /** Adds the options `mcen-scan scan` takes, so `egress` accepts the same ones (their values reach the callbacks). */
  addScanOptions?: (command: Command) => void;
  /** The static scan of `target`; resolves to its report without writing the packet yet. */
  runScan: (target: string, options: OptionValues) => Promise<Report>;
  /**
   * Merges the runtime evidence into the report (`runtime_egress`, the EGR findings), decides,
   * writes the packet and resolves to the exit code.
   */
  finish: (report: Report, runtime: RuntimeEgress, options: OptionValues) => Promise<number>;
}

/**
 * Builds the `egress` sub-command. Bad input (no command, unknown program, bad timeout, isolation
 * unavailable) throws a `ConfigError` before the scan starts; the command's own failure or timeout
 * is evidence, written like any other run.
 */
export function egressCommand(wiring: EgressWiring): Command {
  const command = new Command('egress')
    .description('Scan TARGET, then run COMMAND in it while logging and blocking non-loopback network use.')
    .argument('<target>', 'the repository folder to scan; COMMAND runs with it as working directory')
    .argument('[command...]', 'the program and its arguments, after "--" (run without a shell)')
    .option('--isolate', 'run COMMAND in a Linux network namespace that has only loopback (unshare -rn)')
    // Only converted here: planHarness validates it, so a bad value is one ConfigError like the rest.
    .addOption(
      new Option('--timeout <seconds>', 'kill COMMAND and its children after this many seconds').argParser(
        Number,
      ),
    );
  wiring.addScanOptions?.(command);
  if (!command.options.some((option) => option.long === '--output-dir'))
    command.option('--output-dir <dir>', 'where the audit packet is written', DEFAULT_OUTPUT_DIR);
  return command.action(async (target: string, argv: string[], options: OptionValues) => {
    const plan = planHarness({
      target,
      command: argv,
      isolate: options.isolate === true,
      timeoutSeconds: options.timeout as number | undefined,
    });
    const report = await wiring.runScan(target, options);
    const outputDir = path.resolve(
      typeof options.outputDir === 'string' ? options.outputDir : DEFAULT_OUTPUT_DIR,
    );
    const runtime = await collectRuntimeEgress(plan, outputDir);
    if (options.quiet !== true) {
      const { counts, exit_code: code, timed_out: timedOut } = runtime.summary;
      process.stderr.write(
        `mcen-scan egress: ${counts.blocked_attempts} blocked, ${counts.allowed_loopback_attempts} allowed ` +
          `(loopback/unix), ${counts.unwatched_processes} unwatched process(es); command ` +
          `${timedOut ? 'timed out' : `exited ${String(code)}`}; evidence in ${runtime.files.summary}\n`,
      );
    }
    process.exitCode = await wiring.finish(report, runtime, options);
  });
}
