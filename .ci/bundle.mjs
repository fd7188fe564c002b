// Builds dist/: one ncc bundle per entry point, plus the assets the bundles load at run time
// (tree-sitter runtime and grammars, the rulepack). Deterministic: same sources, same bytes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const scratch = path.join(root, 'node_modules', '.cache', 'bundle');

// scan-worker is the worker-thread bundle every other entry starts for `--jobs` (src/pipeline/analyze-files.ts).
const entries = {
  cli: 'src/cli.ts',
  index: 'src/action/main.ts',
  lib: 'src/index.ts',
  'scan-worker': 'src/pipeline/scan-worker.ts',
};
const grammars = ['tree-sitter-python', 'tree-sitter-bash', 'tree-sitter-powershell'];

rmSync(dist, { recursive: true, force: true });
mkdirSync(path.join(dist, 'grammars'), { recursive: true });

for (const [name, entry] of Object.entries(entries)) {
  rmSync(scratch, { recursive: true, force: true });
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'ncc'),
    [
      'build',
      entry,
      '-o',
      scratch,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022',
      '--transpile-only',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  renameSync(path.join(scratch, 'index.js'), path.join(dist, `${name}.js`));
  // ncc writes the licence file only when the bundle includes third-party code.
  const licenses = path.join(scratch, 'licenses.txt');
  if (existsSync(licenses)) renameSync(licenses, path.join(dist, `${name}.licenses.txt`));
  const leftovers = readdirSync(scratch).filter((f) => f !== 'package.json');
  if (leftovers.length) throw new Error(`ncc emitted unexpected files for ${entry}: ${leftovers.join(', ')}`);
}
rmSync(scratch, { recursive: true, force: true });

writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');
const wts = path.join(root, 'node_modules', 'web-tree-sitter');
cpSync(path.join(wts, 'web-tree-sitter.js'), path.join(dist, 'web-tree-sitter.js'));
cpSync(path.join(wts, 'web-tree-sitter.wasm'), path.join(dist, 'web-tree-sitter.wasm'));
for (const [from, to] of [
  ['sql-wasm.js', 'sql-wasm.cjs'],
  ['sql-wasm.wasm', 'sql-wasm.wasm'],
])
  cpSync(path.join(root, 'node_modules', 'sql.js', 'dist', from), path.join(dist, to));
for (const g of grammars) {
  cpSync(path.join(root, 'node_modules', g, `${g}.wasm`), path.join(dist, 'grammars', `${g}.wasm`));
}
// The rulepack ships as the library's validated snapshot of rules/, so runs never parse YAML.
const lib = await import(pathToFileURL(path.join(dist, 'lib.js')).href);
writeFileSync(
  path.join(dist, 'rulepack.json'),
  lib.rulepackSnapshot(lib.loadRulepack(path.join(root, 'rules'))),
);
cpSync(path.join(root, 'src', 'egress', 'python'), path.join(dist, 'egress', 'python'), {
  recursive: true,
  filter: (f) => !f.includes('__pycache__'),
});
