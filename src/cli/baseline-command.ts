/** `mcen-scan baseline create [TARGET]`: records today's findings so that only new ones gate (SPEC 6). */
import { Command, Option } from 'commander';

import { PROFILES, type Profile } from '../model/finding.js';
import { scan } from '../pipeline/scan.js';
import { writeFileAtomic } from '../publish/write-packet.js';
import { DEFAULT_BASELINE_FILE, renderBaselineFile } from '../render/baseline-file.js';
import { collect } from './scan-command.js';

interface CreateFlags {
  output: string;
  profile: Profile;
  outputDir: string;
  policy?: string;
  include: string[];
  exclude: string[];
  quiet?: boolean;
}

/**
 * The `baseline` command with its `create` sub-command: scans TARGET with the options that change
 * what is found (profile, policy, include/exclude globs) and writes every finding to `--output`
 * atomically. Its exit code is 0 whatever was found (recording is not gating); bad input is a
 * ConfigError (exit 3) and writes nothing.
 */
export function baselineCommand(): Command {
  // exitOverride first: sub-commands made with .command() inherit it, so commander throws instead of exiting.
  const baseline = new Command('baseline')
    .description('record existing findings so that only new ones gate')
    .exitOverride();
  baseline
    .command('create')
    .description('scan and write a baseline file: every finding found today, for --baseline')
    .argument('[target]', 'folder to scan', '.')
    .option('--output <file>', 'where the baseline file is written', DEFAULT_BASELINE_FILE)
    .addOption(new Option('--profile <profile>', 'rule profile').choices(PROFILES).default('mcen_practical'))
    .option('--output-dir <dir>', 'an audit packet folder to leave out of the scan', 'mcen_audit')
    .option('--policy <store>', 'security policy: YAML/JSON file, SQLite database or builtin:NAME')
    .option('--include <glob>', 'scan only files matching this glob (repeatable)', collect, [])
    .option('--exclude <glob>', 'exclude files matching this glob (repeatable)', collect, [])
    .option('--quiet', 'print nothing but errors')
    .action(async (target: string, flags: CreateFlags) => {
      const report = await scan({
        target,
        profile: flags.profile,
        outputDir: flags.outputDir,
        include: flags.include,
        exclude: flags.exclude,
        ...(flags.policy ? { policy: flags.policy } : {}),
      });
      await writeFileAtomic(flags.output, renderBaselineFile(report));
      if (!flags.quiet) {
        const count = report.findings.length;
        process.stdout.write(
          `baseline: ${count} finding${count === 1 ? '' : 's'} recorded in ${flags.output}\n`,
        );
      }
      process.exitCode = 0;
    });
  return baseline;
}
