// Covers src/render/manifest.ts: what was scanned, sorted by path, with only the fields the manifest promises.
import { renderManifest } from '../../src/render/manifest.js';
import { report } from './fixtures/report.js';

interface Manifest {
  tool: Record<string, string>;
  target: { root_path: string };
  scanned_files: Record<string, unknown>[];
  skipped_files: Record<string, unknown>[];
  artifacts: Record<string, unknown>[];
}

const manifest = JSON.parse(renderManifest(report)) as Manifest;

test('has the tool, the target and the three file lists, in that order', () => {
  expect(Object.keys(manifest)).toEqual(['tool', 'target', 'scanned_files', 'skipped_files', 'artifacts']);
  expect(manifest.tool).toEqual(report.tool);
  expect(manifest.target.root_path).toBe('/home/runner/work/app');
});

test('scanned files carry path, sha256 and size only, sorted by path', () => {
  expect(manifest.scanned_files.map((f) => Object.keys(f))).toEqual(
    report.inventory.scanned_files.map(() => ['path', 'sha256', 'size']),
  );
  const paths = manifest.scanned_files.map((f) => f.path as string);
  expect(paths).toEqual([...paths].sort());
  expect(paths[0]).toBe('build/gen.py');
});

test('skipped files and artifacts are listed by path with their reason or kind', () => {
  expect(manifest.skipped_files).toEqual([
    { path: 'bin/tool\n::error::x.sh', reason: 'binary content' },
    { path: 'data/big.py', reason: 'larger than 2 MB (3.1 MB)' },
  ]);
  expect(manifest.artifacts).toEqual([
    { path: 'vendor/pkg-1.0-py3-none-any.whl', kind: 'wheel', size: 2048, sha256: '2'.repeat(64) },
  ]);
});

test('the caller’s order does not change a byte', () => {
  const reversed = {
    ...report,
    inventory: { ...report.inventory, scanned_files: [...report.inventory.scanned_files].reverse() },
  };
  expect(renderManifest(reversed)).toBe(renderManifest(report));
});
