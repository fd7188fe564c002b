/** `mcen-scan merge DIR...`: one audit packet from the packets of a `--shard K/N` matrix (SPEC 2.1). */
import { Command, type OptionValues } from 'commander';

import { mergeAudit } from '../pipeline/merge.js';
import { packetOptions, reportOutcome } from './scan-command.js';

/** The merge sub-command; like scan, it sets `process.exitCode` to the merged decision's exit code. */
export function mergeCommand(): Command {
  return new Command('merge')
    .description('combine the audit packets of every shard (--shard K/N) into one packet')
    .argument('<dirs...>', 'the shard packet folders, each holding report.json')
    .option('--output-dir <dir>', 'where the merged audit packet is written', 'mcen_audit')
    .option('--json <path>', 'also write report.json here')
    .option('--md <path>', 'also write report.md here')
    .option('--sarif <path>', 'also write report.sarif here')
    .option('--no-manifest', 'do not write manifest.json')
    .option('--print-json', 'print report.json on stdout')
    .option('--quiet', 'print nothing but errors')
    .action(async (dirs: string[], flags: OptionValues) => {
      process.exitCode = reportOutcome(await mergeAudit({ ...packetOptions(flags), dirs }), flags);
    });
}
