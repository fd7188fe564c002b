import { execFile } from 'node:child_process';

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
export function listTrackedPaths(root: string): Promise<TrackedPaths | null> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
  // The repository under audit must be the one at `root`, not one named by the caller's environment.
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  // core.fsmonitor in a repository's own config names a program git would run: never for
  // content under audit.
  const args = ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--recurse-submodules'];
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd: root,
        env,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: GIT_MAX_OUTPUT,
        encoding: 'buffer',
        windowsHide: true,
      },
      (error, stdout) => resolve(error ? null : toTracked(stdout.toString('utf8'))),
    );
  });
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
