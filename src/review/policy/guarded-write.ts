/**
 * Writing a store back without losing anyone's work (SPEC 7.2): remember what the file was when
 * we read it, refuse when it changed since or another process is mid-write, and replace it
 * atomically (temporary file in the same folder, then rename) so a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

import { sha256Hex } from '../../discover/sha256.js';
import { ConfigError } from '../../model/errors.js';

/** What a store file was when it was read: enough to tell whether anyone changed it since. */
export interface FileSnapshot {
  exists: boolean;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the content, or null when the file did not exist. */
  sha256: string | null;
  mode: number;
}

/** Reads `file` and records its snapshot; a missing file gives an empty content and `exists: false`. */
export function readWithSnapshot(file: string): { bytes: Buffer | null; snapshot: FileSnapshot } {
  if (!existsSync(file))
    return { bytes: null, snapshot: { exists: false, size: 0, mtimeMs: 0, sha256: null, mode: 0o644 } };
  const before = statSync(file);
  const bytes = readFileSync(file);
  return {
    bytes,
    snapshot: {
      exists: true,
      size: before.size,
      mtimeMs: before.mtimeMs,
      sha256: sha256Hex(bytes),
      mode: before.mode & 0o777,
    },
  };
}

/** Why `file` is no longer what `snapshot` saw, or undefined when it still is. */
function changeSince(file: string, snapshot: FileSnapshot): string | undefined {
  const exists = existsSync(file);
  if (exists !== snapshot.exists)
    return exists ? 'it was created since it was read' : 'it was deleted since it was read';
  if (!exists) return undefined;
  const now = statSync(file);
  if (now.size !== snapshot.size || now.mtimeMs !== snapshot.mtimeMs) return 'it changed since it was read';
  // Same size and time can still hide a rewrite within the timestamp resolution: compare content.
  return sha256Hex(readFileSync(file)) === snapshot.sha256 ? undefined : 'it changed since it was read';
}

/** The first of `sidecars` that exists (e.g. SQLite's `-wal`/`-journal`), meaning another process is writing. */
export function existingSidecar(sidecars: readonly string[], nonEmptyOnly = false): string | undefined {
  return sidecars.find((file) => existsSync(file) && (!nonEmptyOnly || statSync(file).size > 0));
}

function refuseIfBusy(file: string, snapshot: FileSnapshot, sidecars: readonly string[]): void {
  const sidecar = existingSidecar(sidecars);
  if (sidecar) {
    throw new ConfigError(
      `${file}: another process is writing it (${path.basename(sidecar)} exists); nothing was written, try again when it has finished`,
    );
  }
  const change = changeSince(file, snapshot);
  if (change)
    throw new ConfigError(
      `${file}: ${change}, by another writer; nothing was written, run the command again`,
    );
}

/**
 * Replaces `file` with `bytes` if it is still what `snapshot` recorded and none of `sidecars`
 * exists; otherwise throws ConfigError and leaves the file untouched. A file that did not exist
 * is created exclusively (a concurrent creator wins and we refuse). Keeps the file's mode, and
 * writes through a symlink to the file it names.
 */
export function writeGuarded(
  file: string,
  snapshot: FileSnapshot,
  bytes: Uint8Array,
  sidecars: readonly string[] = [],
): void {
  refuseIfBusy(file, snapshot, sidecars);
  // Replace what a symlink points at, not the link: the application reading the store follows it.
  const target = snapshot.exists ? realpathSync(file) : file;
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(temp, 'wx', snapshot.mode);
  try {
    try {
      // The creation mode above passes through the umask; set it exactly.
      fchmodSync(fd, snapshot.mode);
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Check again right before the switch: the write above may have taken a while.
    refuseIfBusy(file, snapshot, sidecars);
    if (snapshot.exists) {
      renameSync(temp, target);
    } else {
      try {
        linkSync(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new ConfigError(`${file}: it was created by another writer meanwhile; nothing was written`);
        }
        throw error;
      }
      unlinkSync(temp);
    }
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
