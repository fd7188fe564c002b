// Covers src/discover/sha256.ts: hashing bytes in memory and files by streaming.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { sha256File, sha256Hex } from '../../src/discover/sha256.js';
import { tempDir } from './tree.js';

test('known digests', () => {
  expect(sha256Hex(new Uint8Array())).toBe(
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
  expect(sha256Hex(Buffer.from('abc'))).toBe(
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});

test('a file streamed over many chunks hashes like its bytes', async () => {
  const dir = tempDir();
  const big = join(dir, 'big.bin');
  writeFileSync(big, 'head');
  truncateSync(big, 5 * 1024 * 1024 + 3);
  const bytes = Buffer.alloc(5 * 1024 * 1024 + 3);
  bytes.write('head');
  expect(await sha256File(big)).toBe(sha256Hex(bytes));
  await expect(sha256File(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
});
