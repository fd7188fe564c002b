/**
 * Orders repository paths by their UTF-8 bytes, the order the manifest and every report use.
 * JavaScript's default string order compares UTF-16 units, which disagrees with byte order for
 * characters above U+FFFF, so this compares encoded bytes instead.
 */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Sorts `items` in place by `path` in UTF-8 byte order (see `comparePaths`) and returns them.
 * Each path is encoded once, not once per comparison.
 */
export function sortByPath<T extends { path: string }>(items: T[]): T[] {
  const keys = new Map(items.map((item) => [item, Buffer.from(item.path, 'utf8')]));
  return items.sort((a, b) => Buffer.compare(keys.get(a)!, keys.get(b)!));
}
