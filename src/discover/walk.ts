import { isUtf8 } from 'node:buffer';
import type { Dirent, Stats } from 'node:fs';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

import type { TrackedPaths } from './git-tracked.js';
import { errorCode } from './error-code.js';
import { sortByPath } from './path-order.js';

/** Folders skipped by default; in a git checkout only their untracked content is skipped (SPEC 3). */
export const DEFAULT_EXCLUDED_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  '.venv',
  '__pycache__',
  'build',
  'coverage',
  'dist',
  'env',
  'node_modules',
  'out',
  'venv',
]);

/** What the walk needs to know besides the root. */
export interface WalkPolicy {
  /** Tracked paths, or `null` outside a git work tree. */
  tracked: TrackedPaths | null;
  /** Real path of the output folder, never walked. */
  outputDir: string | null;
  /** True when user globs name a default-excluded folder and so bring it back. */
  reopens(dir: string): boolean;
}

/** A regular file the walk reached. */
export interface WalkedFile {
  /** Repo-relative POSIX path as reached (through a symlink, the link's path). */
  path: string;
  /** Real path inside the root: where the bytes are. */
  realPath: string;
  size: number;
  /** Reached through a symlink (the file itself or a folder above it). */
  viaLink: boolean;
}

/** Something the walk met but cannot let anyone read. */
export interface WalkedSkip {
  path: string;
  /** A folder (or a link to one), which may hide any number of targets. */
  isDir: boolean;
  reason: string;
}

/** Everything `walkTree` found, unsorted. */
export interface WalkResult {
  files: WalkedFile[];
  skipped: WalkedSkip[];
}

interface PendingLink {
  path: string;
  target: string;
  parentReal: string;
  parentExcluded: boolean;
}

/**
 * Walks the tree under `root` (a real path) and reports every regular file it may scan and every
 * entry it refused: symlinks that leave the root, symlink loops, fifos, sockets and devices (never
 * opened), unreadable folders and names that are not valid UTF-8. `.git` and the output folder
 * are never entered. Default-excluded folders (`DEFAULT_EXCLUDED_FOLDERS`) are entered only for
 * their tracked content unless `policy.reopens` them. Symlinks are resolved with realpath: a
 * file link inside the root is reported at the link's path with the target's real path; folder
 * links are followed after the plain tree, once per real folder, so each real folder is read once.
 * Entries come out in no particular order; the caller sorts. Throws the file system error only
 * when `root` itself cannot be listed.
 */
export function walkTree(root: string, policy: WalkPolicy): WalkResult {
  // Synchronous on purpose: one lstat per entry through the promise API costs several times more
  // than the call itself, and the walk has nothing to overlap with.
  const files: WalkedFile[] = [];
  const skipped: WalkedSkip[] = [];
  const visited = new Set<string>();
  const links: PendingLink[] = [];
  const tracked = (path: string): boolean => policy.tracked?.files.has(path) ?? false;

  /** Whether a folder at `path` is walked, and whether its content is default-excluded. */
  const folderPlan = (
    path: string,
    name: string,
    parentExcluded: boolean,
  ): { walk: boolean; excluded: boolean } => {
    if (policy.reopens(path)) return { walk: true, excluded: false };
    const excluded = parentExcluded || DEFAULT_EXCLUDED_FOLDERS.has(name);
    return { walk: !excluded || (policy.tracked?.dirs.has(path) ?? false), excluded };
  };

  function walkDir(real: string, path: string, excluded: boolean, viaLink: boolean): void {
    visited.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(real, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (path === '') throw error;
      skipped.push({ path, isDir: true, reason: `folder cannot be read (${errorCode(error)})` });
      return;
    }
    for (const entry of entries) {
      // An invalid UTF-8 name decodes lossily; it is still reported, under the lossy spelling.
      const name = entry.name.toString('utf8');
      const child = path === '' ? name : `${path}/${name}`;
      if (name === '.git') continue;
      if (!isUtf8(entry.name)) {
        // Node cannot name this entry with a string path, so no later stage could open it either.
        if (!excluded)
          skipped.push({ path: child, isDir: entry.isDirectory(), reason: 'name is not valid UTF-8' });
        continue;
      }
      const abs = join(real, name);
      if (entry.isDirectory()) {
        const plan = folderPlan(child, name, excluded);
        if (plan.walk && abs !== policy.outputDir) walkDir(abs, child, plan.excluded, viaLink);
      } else if (excluded && !tracked(child)) {
        // Untracked content of a default-excluded folder: not part of the change under review.
      } else if (entry.isSymbolicLink()) {
        visitLink(abs, child, real, excluded);
      } else if (entry.isFile()) {
        try {
          files.push({ path: child, realPath: abs, size: lstatSync(abs).size, viaLink });
        } catch (error) {
          skipped.push({ path: child, isDir: false, reason: `cannot be read (${errorCode(error)})` });
        }
      } else {
        skipped.push({ path: child, isDir: false, reason: `not a regular file (${specialKind(entry)})` });
      }
    }
  }

  function visitLink(abs: string, path: string, parentReal: string, parentExcluded: boolean): void {
    let target: string;
    let stats: Stats;
    try {
      target = realpathSync(abs);
      stats = statSync(target);
    } catch (error) {
      const code = errorCode(error);
      // A dangling link has nothing behind it to run or read.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      const reason = code === 'ELOOP' ? 'symlink loop' : `symlink cannot be resolved (${code})`;
      skipped.push({ path, isDir: false, reason });
      return;
    }
    if (!contains(root, target)) {
      skipped.push({ path, isDir: stats.isDirectory(), reason: 'symlink leaves the target root' });
    } else if (stats.isDirectory()) {
      if (target !== policy.outputDir && !relative(root, target).split(sep).includes('.git')) {
        links.push({ path, target, parentReal, parentExcluded });
      }
    } else if (stats.isFile()) {
      files.push({ path, realPath: target, size: stats.size, viaLink: true });
    } else {
      skipped.push({ path, isDir: false, reason: `not a regular file (${specialKind(stats)})` });
    }
  }

  walkDir(root, '', false, false);
  // Folder links wait until the plain tree is read, so a folder reached both ways is reported at
  // its real paths; links found inside followed folders join the next round.
  while (links.length > 0) {
    const round = sortByPath(links.splice(0));
    for (const link of round) {
      if (contains(link.target, link.parentReal)) {
        // The link points at its own folder or one above it: following it would never end.
        skipped.push({ path: link.path, isDir: true, reason: 'symlink loop' });
        continue;
      }
      // A folder already read is covered at its own paths; reading it again would only repeat them.
      if (visited.has(link.target)) continue;
      const name = link.path.slice(link.path.lastIndexOf('/') + 1);
      const plan = folderPlan(link.path, name, link.parentExcluded);
      if (plan.walk) walkDir(link.target, link.path, plan.excluded, true);
    }
  }
  return { files, skipped };
}

/** True when `inner` is `outer` or lies below it (both real, absolute paths). */
function contains(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function specialKind(entry: Stats | Dirent<Buffer>): string {
  if (entry.isFIFO()) return 'fifo';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice()) return 'character device';
  if (entry.isBlockDevice()) return 'block device';
  return 'unknown type';
}
