// Temporary file trees for the discovery tests; every tree is removed after the test file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const created: string[] = [];

afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the system temp folder. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gk6-discover-'));
  created.push(dir);
  return dir;
}

/** Writes `files` (POSIX paths -> content) under `root`, creating folders as needed. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

/** `git init` in `root` and stage `paths` (the index is what `git ls-files` reports). */
export function gitAdd(root: string, paths: string[]): void {
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '--', ...paths], { cwd: root });
}
