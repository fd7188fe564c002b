// Covers src/discover/git-info.ts: the report's target.git block.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { gitInfo } from '../../src/discover/git-info.js';
import { gitAdd, tempDir, writeTree } from './tree.js';

test('outside a repository: not a repo, nothing else known', async () => {
  expect(await gitInfo(tempDir())).toEqual({ is_repo: false, head_commit: null, dirty: null });
});

test('a repository without commits, then committed, then with a tracked change', async () => {
  const root = writeTree(tempDir(), { 'a.py': 'x = 1\n' });
  gitAdd(root, ['a.py']);
  expect(await gitInfo(root)).toEqual({ is_repo: true, head_commit: null, dirty: true });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'c'], {
    cwd: root,
  });
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  expect(await gitInfo(root)).toEqual({ is_repo: true, head_commit: head, dirty: false });
  writeFileSync(join(root, 'untracked.py'), '');
  expect((await gitInfo(root)).dirty).toBe(false);
  writeFileSync(join(root, 'a.py'), 'x = 2\n');
  expect(await gitInfo(root)).toEqual({ is_repo: true, head_commit: head, dirty: true });
});
