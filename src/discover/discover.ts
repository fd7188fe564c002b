import { realpath, stat } from 'node:fs/promises';
import { posix, resolve } from 'node:path';

import { ConfigError } from '../model/errors.js';
import type { ArtifactFile, SkippedFile } from '../model/report.js';
import { artifactKind, isExtensionless, languageByExtension, SOURCE_LANGUAGES } from './file-kinds.js';
import type { SourceLanguage } from './file-kinds.js';
import { errorCode } from './error-code.js';
import { listTrackedPaths } from './git-tracked.js';
import { compileGlobs } from './globs.js';
import type { PathGlobs } from './globs.js';
import { comparePaths, sortByPath } from './path-order.js';
import { sha256File } from './sha256.js';
import { readShebangLanguage } from './shebang.js';
import { walkTree } from './walk.js';
import type { WalkedFile, WalkResult } from './walk.js';

/** Files larger than this are skipped unless `maxFileBytes` says otherwise (SPEC 3). */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

const HASH_PARALLEL = 8;

/** What the user asked for; every field may be left out. */
export interface DiscoverOptions {
  /** Globs that replace the default target set (see `discover`). */
  include?: readonly string[];
  /** Globs whose files stay listed but are marked `excluded`. */
  exclude?: readonly string[];
  /** Where reports go; never walked. */
  outputDir?: string;
  /** Targets larger than this many bytes are skipped (default `DEFAULT_MAX_FILE_BYTES`). */
  maxFileBytes?: number;
}

/** A file to analyse. */
export interface DiscoveredFile {
  /** Repo-relative POSIX path (a symlink's own path when reached through one). */
  path: string;
  /** Real path to read the bytes from; always inside the root. */
  absPath: string;
  language: SourceLanguage;
  /** Matched by a user exclude glob: checked only for never-suppressible rules. */
  excluded: boolean;
  size: number;
}

/** Everything the later stages and the inventory need to know about the tree. */
export interface Discovery {
  /** Real path of the target root. */
  root: string;
  /** Whether git's tracked-file list decided what default-excluded folders contribute. */
  gitTracked: boolean;
  files: DiscoveredFile[];
  /** Entries that could have held something to analyse but were not read. */
  skipped: SkippedFile[];
  artifacts: ArtifactFile[];
  /** Files per language (excluded ones included), plus `artifact` and `skipped`; every key present. */
  countsByType: Record<string, number>;
}

/**
 * Finds what to analyse under `root` (SPEC 3). Results are sorted by path in UTF-8 byte order and
 * are the same on every run over the same tree.
 *
 * - Targets: `.py`, `.pyw`, `.ipynb`, `.ps1`, `.psm1`, `.bat`, `.cmd`, `.sh`, `.bash`, `.vbs`
 *   (extensions compare case-insensitively) and extensionless files whose shebang names python,
 *   a POSIX shell or PowerShell (only the first 256 bytes are read).
 * - `include` globs, when given, REPLACE that target set: a file is a target only when a glob
 *   matches it (or a folder above it). Its language comes from its extension or shebang; a file
 *   with neither is read as Python when a glob names it by its last segment (`**\/*.txt`), and
 *   ignored when only a folder glob covers it (`src`, `src/**`), so pictures are not "Python".
 *   An include whose literal leading segments name a default-excluded folder (`build/**`)
 *   brings that folder back.
 * - `exclude` globs never hide anything: matching files are listed with `excluded: true`.
 * - Default-excluded folders (`.venv`, `build`, `node_modules`, ...) contribute only the files git
 *   tracks when `root` is in a git work tree, nothing otherwise; `.git` and `outputDir` never.
 * - A file reached through several paths (symlinks) is listed once: preferring a path not
 *   excluded, then the real path, then the first in byte order; it is excluded only when every
 *   path to it is.
 * - Skipped, with a reason: targets over `maxFileBytes` (default 2 MB), symlinks leaving the root
 *   or looping, fifos/sockets/devices (never opened), unreadable entries, names that are not valid
 *   UTF-8. Only entries that could have held a target are listed (a folder, a target name, an
 *   extensionless name, an artifact name).
 * - Third-party artifacts (wheels, eggs, archives, native libraries, executables, installers,
 *   jars, Python bytecode and zipapps) are inventoried with kind, size and a streamed SHA-256.
 *
 * Throws `ConfigError` when `root` is missing, not a folder or unreadable, when a glob is invalid
 * (see `compileGlobs`) or when `maxFileBytes` is not a positive whole number.
 */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const include = compileGlobs(options.include ?? [], 'include');
  const exclude = compileGlobs(options.exclude ?? [], 'exclude');
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new ConfigError(`maximum file size ${maxFileBytes}: must be a positive whole number of bytes`);
  }
  const rootReal = await realRoot(root);
  const tracked = await listTrackedPaths(rootReal);
  const outputDir = options.outputDir === undefined ? null : await realOrResolved(options.outputDir);
  let walked: WalkResult;
  try {
    walked = walkTree(rootReal, { tracked, outputDir, reopens: (dir) => include.reopens(dir) });
  } catch (error) {
    throw new ConfigError(`target "${root}" cannot be read (${errorCode(error)})`);
  }

  const skipped: SkippedFile[] = [];
  const skip = (path: string, reason: string): void => {
    skipped.push(exclude.matches(path) ? { path, reason, excluded: true } : { path, reason });
  };
  for (const entry of walked.skipped) {
    if (
      entry.isDir ? !include.active || include.mayMatchInside(entry.path) : couldBeTarget(entry.path, include)
    ) {
      skip(entry.path, entry.reason);
    }
  }

  const targets: Target[] = [];
  const artifacts: (WalkedFile & { kind: string; excluded: boolean })[] = [];
  for (const file of walked.files) {
    const excluded = exclude.matches(file.path);
    const kind = artifactKind(posix.basename(file.path));
    if (kind !== undefined) {
      artifacts.push({ ...file, kind, excluded });
      continue;
    }
    try {
      const language = targetLanguage(file, include);
      if (language) targets.push({ ...file, language, excluded });
    } catch (error) {
      skip(file.path, `cannot be read (${errorCode(error)})`);
    }
  }

  const files: DiscoveredFile[] = [];
  for (const target of onePerRealPath(targets)) {
    if (target.size > maxFileBytes) {
      skip(target.path, sizeReason(target.size, maxFileBytes));
    } else {
      const { path, realPath, language, excluded, size } = target;
      files.push({ path, absPath: realPath, language, excluded, size });
    }
  }

  const inventoried: ArtifactFile[] = [];
  const unique = onePerRealPath(artifacts);
  // Hashing waits on the disk, so a few files at a time overlap the waits; batches keep order.
  for (let start = 0; start < unique.length; start += HASH_PARALLEL) {
    const batch = unique.slice(start, start + HASH_PARALLEL);
    const hashes = await Promise.all(
      batch.map((a) => sha256File(a.realPath).catch((error: unknown) => error)),
    );
    batch.forEach((artifact, i) => {
      const sha256 = hashes[i];
      if (typeof sha256 === 'string') {
        inventoried.push({ path: artifact.path, kind: artifact.kind, size: artifact.size, sha256 });
      } else {
        skip(artifact.path, `cannot be read (${errorCode(sha256)})`);
      }
    });
  }

  return {
    root: rootReal,
    gitTracked: tracked !== null,
    files: sortByPath(files),
    skipped: sortByPath(skipped),
    artifacts: sortByPath(inventoried),
    countsByType: countByType(files, inventoried.length, skipped.length),
  };
}

interface Target extends WalkedFile {
  language: SourceLanguage;
  excluded: boolean;
}

function targetLanguage(file: WalkedFile, include: PathGlobs): SourceLanguage | undefined {
  if (include.active && !include.matches(file.path)) return undefined;
  const name = posix.basename(file.path);
  const language =
    languageByExtension(name) ?? (isExtensionless(name) ? readShebangLanguage(file.realPath) : undefined);
  if (language) return language;
  return include.active && include.namesFile(file.path) ? 'python' : undefined;
}

/** Whether a file at `path` might have been a target or an artifact, judged by its name alone. */
function couldBeTarget(path: string, include: PathGlobs): boolean {
  const name = posix.basename(path);
  if (artifactKind(name) !== undefined) return true;
  if (include.active && !include.matches(path)) return false;
  return languageByExtension(name) !== undefined || isExtensionless(name) || include.namesFile(path);
}

function onePerRealPath<T extends WalkedFile & { excluded: boolean }>(items: readonly T[]): T[] {
  const preferred = (a: T, b: T): boolean =>
    (Number(a.excluded) - Number(b.excluded) ||
      Number(a.viaLink) - Number(b.viaLink) ||
      comparePaths(a.path, b.path)) < 0;
  const best = new Map<string, T>();
  for (const item of items) {
    const current = best.get(item.realPath);
    if (!current || preferred(item, current)) best.set(item.realPath, item);
  }
  return [...best.values()];
}

/** Files per language (every language present), plus `artifact` and `skipped`, keys in path order. */
export function countByType(
  files: readonly DiscoveredFile[],
  artifacts: number,
  skipped: number,
): Record<string, number> {
  const counts: Record<string, number> = { artifact: artifacts };
  for (const language of SOURCE_LANGUAGES) counts[language] = 0;
  for (const file of files) counts[file.language] = (counts[file.language] ?? 0) + 1;
  counts.skipped = skipped;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => comparePaths(a, b)));
}

function sizeReason(size: number, limit: number): string {
  const shown = formatBytes(size) === formatBytes(limit) ? `${size} bytes` : formatBytes(size);
  return `larger than ${formatBytes(limit)} (${shown})`;
}

function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

async function realRoot(root: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(root);
  } catch {
    throw new ConfigError(`target "${root}": no such folder`);
  }
  if (!(await stat(real)).isDirectory()) throw new ConfigError(`target "${root}" is not a folder`);
  return real;
}

/** The output folder need not exist yet; compare against where it will be. */
async function realOrResolved(dir: string): Promise<string> {
  return realpath(dir).catch(() => resolve(dir));
}
