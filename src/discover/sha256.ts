import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

// Large reads keep hashing near disk speed; a stream's 64 KB chunks halve throughput on big wheels.
const CHUNK_BYTES = 1024 * 1024;

/** SHA-256 of `bytes` as 64 lowercase hex digits (the manifest's `sha256`). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * SHA-256 of the file at `absPath`, read in 1 MB chunks so a multi-gigabyte artifact never sits in
 * memory. Rejects with the file system error when the file cannot be read.
 */
export async function sha256File(absPath: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(absPath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
