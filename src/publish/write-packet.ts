/**
 * Writing the audit packet so that nothing is ever half-written (SPEC 8, 11): every file goes to
 * a temporary file in the same directory, is flushed to disk, and only then renamed over the old
 * one. rename(2) within one file system replaces the target atomically, so a reader sees either
 * the old file or the new one.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

import { ConfigError } from '../model/errors.js';

/** One file of the packet: a plain file name (no directory part) and its content. */
export interface PacketFile {
  name: string;
  content: string | Uint8Array;
}

/** The file-system calls the writer makes; tests pass a wrapper that fails on purpose. */
export type PacketFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'rename' | 'rm' | 'stat'>;

/** The `code` of a Node system error; not `instanceof Error`, which fails across realms (jest's VM). */
function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Errors that mean the chosen output location cannot be written, rather than a bug. */
const NOT_WRITABLE: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EROFS', 'read-only file system'],
]);

/** A ConfigError naming `dir` for an unwritable location; any other error unchanged. */
function asUserError(error: unknown, dir: string): unknown {
  const reason = NOT_WRITABLE.get(errorCode(error) ?? '');
  return reason === undefined ? error : new ConfigError(`cannot write to output directory ${dir}: ${reason}`);
}

/** Makes sure `dir` is a directory, creating it and its parents when missing; a file in the way is a ConfigError. */
async function ensureDirectory(fs: PacketFs, dir: string): Promise<void> {
  let isDirectory: boolean | undefined;
  try {
    isDirectory = (await fs.stat(dir)).isDirectory();
  } catch (error) {
    // ENOTDIR: a parent is a file. That is the user's path, not a bug.
    if (errorCode(error) === 'ENOTDIR')
      throw new ConfigError(`output directory ${dir}: a parent is not a directory`);
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  if (isDirectory === false) throw new ConfigError(`output directory ${dir} exists and is not a directory`);
  if (isDirectory === undefined)
    await fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw asUserError(error, dir);
    });
}

/** Writes `content` to a new temporary file beside `target`, flushed to disk; returns its path. */
async function writeTemp(fs: PacketFs, target: string, content: string | Uint8Array): Promise<string> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  // 'wx': never reuse an existing file, so a temp name cannot clobber anything.
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  return temp;
}

/** Makes the renames themselves durable; some platforms cannot open a directory, which is harmless there. */
async function syncDirectory(fs: PacketFs, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the renames are still atomic, only their durability differs.
  }
}

/** Rejects names that would leave the directory or hide a path inside a name. */
function checkName(name: string): void {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    name.includes('/') ||
    name.includes('\\') ||
    name.includes('\0')
  ) {
    throw new Error(`packet file name must be a plain file name, got ${JSON.stringify(name)}`);
  }
}

/**
 * Writes every file into `dir` (created with its parents when missing) so that no file is ever
 * half-written: all contents go to flushed temporary files first, and only when every one of them
 * was written are they renamed over the old files. If any temporary write fails, the temporaries
 * are removed, every old file is left as it was, and the error is rethrown (as a ConfigError
 * naming `dir` when it is not writable). An existing `dir` that is not a directory is a ConfigError; a file name with a directory part or a repeated name
 * is a programming error (Error).
 */
export async function writePacket(
  dir: string,
  files: readonly PacketFile[],
  fs: PacketFs = nodeFs,
): Promise<void> {
  const names = new Set<string>();
  for (const file of files) {
    checkName(file.name);
    if (names.has(file.name)) throw new Error(`packet file ${file.name} given twice`);
    names.add(file.name);
  }
  await ensureDirectory(fs, dir);
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file.name);
      temps.push({ temp: await writeTemp(fs, target, file.content), target });
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => fs.rm(temp, { force: true })));
    throw asUserError(error, dir);
  }
  for (const [index, { temp, target }] of temps.entries()) {
    try {
      await fs.rename(temp, target);
    } catch (error) {
      // Files renamed before this one are complete new files; the rest stay old. Leave no temporaries.
      await Promise.all(temps.slice(index).map((t) => fs.rm(t.temp, { force: true })));
      if (errorCode(error) === 'EISDIR') throw new ConfigError(`cannot write ${target}: it is a directory`);
      throw error;
    }
  }
  await syncDirectory(fs, dir);
}

/**
 * Writes one file atomically (temporary file in the same directory, flushed, renamed), creating
 * missing parent directories; for `--json PATH`, `--md PATH`, `--sarif PATH`. A `filePath` that is
 * an existing directory, or whose parent is not a directory, is a ConfigError naming it.
 */
export async function writeFileAtomic(
  filePath: string,
  content: string | Uint8Array,
  fs: PacketFs = nodeFs,
): Promise<void> {
  let isDirectory = false;
  try {
    isDirectory = (await fs.stat(filePath)).isDirectory();
  } catch (error) {
    // A missing file is the usual case; a parent that is not a directory is reported by writePacket.
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw error;
  }
  if (isDirectory) throw new ConfigError(`cannot write ${filePath}: it is a directory`);
  await writePacket(path.dirname(filePath), [{ name: path.basename(filePath), content }], fs);
}
