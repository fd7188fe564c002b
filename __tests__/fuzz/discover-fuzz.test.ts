// Property test over generated file trees (SPEC 3, 11): hostile names, and symlinks to anywhere
// (inside, outside, up, to themselves, dangling). Discovery never throws, never hands out a real
// path outside the root, lists every link that leaves the root as skipped, and gives the same
// answer twice. Case count: fuzzRuns(); MCEN_FUZZ_RUNS=N runs N cases.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { discover } from '../../src/discover/discover.js';
import { tempDir } from '../discover/tree.js';
import { fileName, FUZZ_TIMEOUT_MS, fuzzRuns } from './generators.js';

const RUNS = fuzzRuns(40);

/** One entry of a generated tree, placed in folder `dir` (an index into the folders made so far). */
type Entry =
  | { kind: 'dir'; dir: number; name: string }
  | { kind: 'file'; dir: number; name: string; ext: string }
  | { kind: 'link'; dir: number; name: string; target: string };

const linkTarget = fc.oneof(
  fc.constantFrom(
    '.',
    '..',
    '../..',
    '../../outside',
    '../outside/secret.py',
    '/etc',
    '/etc/passwd',
    'nowhere',
  ),
  fc.constantFrom('self', 'a.py', 'sub', 'sub/a.py', '../sub'),
  fc
    .array(fc.constantFrom('..', '.', 'sub', 'outside', 'a.py'), { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join('/')),
);

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({ kind: fc.constant('dir' as const), dir: fc.nat(5), name: fileName }),
  fc.record({
    kind: fc.constant('file' as const),
    dir: fc.nat(5),
    name: fileName,
    ext: fc.constantFrom('.py', '.sh', '.ipynb', '.whl', ''),
  }),
  fc.record({ kind: fc.constant('link' as const), dir: fc.nat(5), name: fileName, target: linkTarget }),
);

function build(entries: Entry[]): { root: string; outside: string } {
  const base = tempDir();
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.py'), 'eval(1)\n');
  writeFileSync(path.join(root, 'a.py'), 'eval(1)\n');
  const dirs = [root, path.join(root, 'sub')];
  for (const e of entries) {
    const where = dirs[e.dir % dirs.length]!;
    const name = e.kind === 'file' ? `${e.name}${e.ext}` : e.name;
    const abs = path.join(where, name);
    try {
      if (e.kind === 'dir') {
        mkdirSync(abs);
        dirs.push(abs);
      } else if (e.kind === 'file') {
        writeFileSync(abs, 'eval(1)\n');
      } else {
        symlinkSync(e.target === 'self' ? name : e.target, abs);
      }
    } catch {
      // A name the file system refuses (too long, taken): that entry is simply not in the tree.
    }
  }
  return { root: realpathSync(root), outside: realpathSync(outside) };
}

const inside = (root: string, p: string): boolean => p === root || p.startsWith(`${root}${path.sep}`);

test(
  `discovery over generated trees with hostile names and links (${RUNS} cases): never reads outside the root`,
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), async (entries) => {
        const { root } = build(entries);
        const first = await discover(root);
        for (const file of first.files) {
          expect([file.path, inside(root, realpathSync(file.absPath))]).toEqual([file.path, true]);
          expect(file.path.split('/')).not.toContain('..');
        }
        const listed = new Set([...first.files.map((f) => f.path), ...first.skipped.map((s) => s.path)]);
        expect(listed).toContain('a.py');
        expect(await discover(root)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  },
  FUZZ_TIMEOUT_MS,
);
