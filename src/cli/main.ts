/** Builds the `mcen-scan` program from its sub-commands and maps errors to exit codes. */
import { Command, CommanderError } from 'commander';

import { ConfigError, EXIT } from '../model/errors.js';
import { TOOL_VERSION } from '../model/version.js';
import { rulesCommand } from './rules-command.js';
import { scanCommand } from './scan-command.js';

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('mcen-scan')
    .description('Static security gate for Python repositories on isolated networks.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.addCommand(scanCommand(), { isDefault: true });
  program.addCommand(rulesCommand());
  // Sub-commands share the program's error handling (exit code 3 on bad usage).
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : EXIT.toolError;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`mcen-scan: ${error.message}\n`);
      return EXIT.toolError;
    }
    throw error;
  }
}
