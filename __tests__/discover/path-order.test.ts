// Covers src/discover/path-order.ts: byte order of UTF-8 paths.
import { comparePaths, sortByPath } from '../../src/discover/path-order.js';

test('sorts by UTF-8 bytes, not UTF-16 units', () => {
  const input = ['😀.py', '\uFF01.py', 'b.py', 'B.py', 'a/z.py', 'a.py', 'a-b.py'];
  expect([...input].sort(comparePaths)).toEqual([
    'B.py',
    'a-b.py',
    'a.py',
    'a/z.py',
    'b.py',
    '\uFF01.py',
    '😀.py',
  ]);
  expect([...input].sort()).not.toEqual([...input].sort(comparePaths));
  expect(comparePaths('x', 'x')).toBe(0);
});

test('sortByPath orders objects the same way, keeping duplicates', () => {
  const items = ['😀.py', '\uFF01.py', 'b.py', 'b.py'].map((path, id) => ({ path, id }));
  expect(sortByPath(items).map((i) => i.id)).toEqual([2, 3, 1, 0]);
});
