import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** SHA-256 of `bytes` as 64 lowercase hex digits (the manifest's `sha256`). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * SHA-256 of the file at `absPath`, streamed in chunks so a multi-gigabyte artifact never sits
 * in memory. Rejects with the file system error when the file cannot be read.
 */
export async function sha256File(absPath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(absPath) as AsyncIterable<Buffer>) {
    hash.update(chunk);
  }
  return hash.digest('hex');
}
