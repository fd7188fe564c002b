/**
 * Orders repository paths by their UTF-8 bytes, the order the manifest and every report use.
 * JavaScript's default string order compares UTF-16 units, which disagrees with byte order for
 * characters above U+FFFF, so this compares encoded bytes instead.
 */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
