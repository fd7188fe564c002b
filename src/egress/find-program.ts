/** Finds the program a command names, the way execvp would, so a missing one is a clear error up front. */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

import { ConfigError } from '../model/errors.js';

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The absolute path of `program`: a name with a slash is taken relative to `cwd`, a bare name is
 * looked up in `searchPath` (a PATH value). Throws a `ConfigError` naming the program when it does
 * not exist or is not executable.
 */
export function findProgram(program: string, searchPath: string | undefined, cwd: string): string {
  if (program === '') throw new ConfigError('egress command: the program name is empty');
  if (program.includes('/')) {
    const file = path.resolve(cwd, program);
    if (isExecutableFile(file)) return file;
    throw new ConfigError(`egress command not found or not executable: ${program} (looked at ${file})`);
  }
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    const file = path.resolve(cwd, folder || '.', program);
    if (isExecutableFile(file)) return file;
  }
  throw new ConfigError(`egress command not found: ${program} (not on PATH)`);
}
