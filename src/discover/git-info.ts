/** What the report says about the target's git state (SPEC 8 `target.git`). */
import type { Report } from '../model/report.js';
import { runGit } from './run-git.js';

const GIT_TIMEOUT_MS = 15_000;

function git(root: string, args: string[]): Promise<string | null> {
  return runGit(root, args, { timeoutMs: GIT_TIMEOUT_MS, maxOutputBytes: 64 * 1024 * 1024 });
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
