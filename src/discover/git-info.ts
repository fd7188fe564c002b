/** What the report says about the target's git state (SPEC 8 `target.git`). */
import { execFile } from 'node:child_process';

import type { Report } from '../model/report.js';

const GIT_TIMEOUT_MS = 15_000;

function git(root: string, args: string[]): Promise<string | null> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
  // Ask about the repository at `root`, never one named by the caller's environment.
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', ...args],
      { cwd: root, env, timeout: GIT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

/** HEAD commit and whether the work tree has changes; `is_repo: false` when git is absent or `root` is not in a repository. Never rejects. */
export async function gitInfo(root: string): Promise<Report['target']['git']> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') return { is_repo: false, head_commit: null, dirty: null };
  const head = await git(root, ['rev-parse', '--verify', '-q', 'HEAD']);
  const status = await git(root, ['status', '--porcelain', '--untracked-files=no']);
  return {
    is_repo: true,
    head_commit: head?.trim() || null,
    dirty: status === null ? null : status.trim().length > 0,
  };
}
