// Covers src/discover/git-tracked.ts: tracked files and their folders, relative to the folder asked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { listTrackedPaths } from '../../src/discover/git-tracked.js';
import { gitAdd, tempDir, writeTree } from './tree.js';

test('lists staged files and every folder above them, relative to the folder asked', async () => {
  const root = writeTree(tempDir(), {
    'a/b/c.py': '',
    'top.py': '',
    'svc/build/x.py': '',
    'untracked.py': '',
  });
  gitAdd(root, ['a/b/c.py', 'top.py', 'svc/build/x.py']);
  const all = await listTrackedPaths(root);
  expect([...(all?.files ?? [])].sort()).toEqual(['a/b/c.py', 'svc/build/x.py', 'top.py']);
  expect([...(all?.dirs ?? [])].sort()).toEqual([
    'a',
    'a/b',
    'a/b/c.py',
    'svc',
    'svc/build',
    'svc/build/x.py',
    'top.py',
  ]);
  const sub = await listTrackedPaths(join(root, 'svc'));
  expect([...(sub?.files ?? [])]).toEqual(['build/x.py']);
});

test('null outside a repository, for a missing folder, and when git is not on PATH', async () => {
  const plain = tempDir();
  writeFileSync(join(plain, 'a.py'), '');
  expect(await listTrackedPaths(plain)).toBeNull();
  expect(await listTrackedPaths(join(plain, 'missing'))).toBeNull();
  const repo = writeTree(tempDir(), { 'a.py': '' });
  gitAdd(repo, ['a.py']);
  const path = process.env.PATH;
  process.env.PATH = plain;
  try {
    expect(await listTrackedPaths(repo)).toBeNull();
  } finally {
    process.env.PATH = path;
  }
});
