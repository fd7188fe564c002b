import { execFile } from 'node:child_process';

/** Limits for one git call. */
export interface GitLimits {
  timeoutMs: number;
  maxOutputBytes: number;
}

/**
 * Runs `git ARGS` in `root` and resolves to its standard output, or `null` when git is missing,
 * fails, times out or prints more than allowed. Never rejects. The repository asked about is the
 * one at `root`: GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE from the caller's environment are
 * dropped, and `core.fsmonitor` is forced off because a repository's own config could name a
 * program for git to run.
 */
export function runGit(root: string, args: readonly string[], limits: GitLimits): Promise<string | null> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', ...args],
      { cwd: root, env, timeout: limits.timeoutMs, maxBuffer: limits.maxOutputBytes, windowsHide: true },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}
