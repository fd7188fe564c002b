import { runGit } from './run-git.js';

/** What git tracks under a folder, as paths relative to that folder. */
export interface TrackedPaths {
  files: ReadonlySet<string>;
  /** Every folder holding a tracked path (and submodule roots), so a walk knows where to descend. */
  dirs: ReadonlySet<string>;
}

const GIT_TIMEOUT_MS = 30_000;
const GIT_MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Lists the files git tracks under `root` (`git ls-files -z --recurse-submodules` run in `root`,
 * so paths are relative to it even when `root` is a subfolder of the repository). Resolves to
 * `null` when git is missing, `root` is not inside a work tree, or git fails or times out: the
 * caller then treats nothing as tracked. Never rejects.
 */
export async function listTrackedPaths(root: string): Promise<TrackedPaths | null> {
  const output = await runGit(root, ['ls-files', '-z', '--recurse-submodules'], {
    timeoutMs: GIT_TIMEOUT_MS,
    maxOutputBytes: GIT_MAX_OUTPUT,
  });
  return output === null ? null : toTracked(output);
}

function toTracked(output: string): TrackedPaths {
  const files = new Set(output.split('\0').filter((p) => p !== ''));
  const dirs = new Set<string>();
  for (const file of files) {
    // A submodule that is not checked out is listed as a path of its own; it is a folder on disk.
    dirs.add(file);
    for (let cut = file.lastIndexOf('/'); cut > 0; cut = file.lastIndexOf('/', cut - 1)) {
      const dir = file.slice(0, cut);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  return { files, dirs };
}
