// Covers src/discover/discover.ts: targets, excludes, git-tracked folders, symlinks, special and odd files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { discover } from '../../src/discover/discover.js';
import type { Discovery } from '../../src/discover/discover.js';
import { ConfigError } from '../../src/model/errors.js';
import { gitAdd, tempDir, writeTree } from './tree.js';

const languages = (d: Discovery): [string, string][] => d.files.map((f) => [f.path, f.language]);
const paths = (d: Discovery): string[] => d.files.map((f) => f.path);
const skips = (d: Discovery): [string, string][] => d.skipped.map((s) => [s.path, s.reason]);

describe('default targets', () => {
  test('extensions and shebangs select files; other files are ignored', async () => {
    const root = writeTree(tempDir(), {
      'a.py': 'x = 1\n',
      'b.pyw': 'x = 1\n',
      'n.ipynb': '{}',
      's.ps1': 'Write-Host 1',
      'm.psm1': 'function f {}',
      'r.bat': '@echo off',
      'R.CMD': '@echo off',
      'x.sh': 'echo 1',
      'y.bash': 'echo 1',
      'v.vbs': 'MsgBox 1',
      'Setup.PY': 'x = 1\n',
      tool: '#!/usr/bin/python3\nprint(1)\n',
      run: '#!/usr/bin/env -S VAR=1 bash -e\necho 1\n',
      pw: '#! /usr/bin/env pwsh\r\nWrite-Host 1\r\n',
      zz: '#!/bin/zsh\n',
      '.profile': '#!/bin/sh\n',
      LICENSE: 'MIT\n',
      Makefile: 'all:\n\techo 1\n',
      perl: '#!/usr/bin/perl\n',
      'README.md': '# x',
      'setup.cfg': '[x]',
      'types.pyi': 'x: int',
    });
    const d = await discover(root);
    expect(languages(d)).toEqual([
      ['.profile', 'shell'],
      ['R.CMD', 'batch'],
      ['Setup.PY', 'python'],
      ['a.py', 'python'],
      ['b.pyw', 'python'],
      ['m.psm1', 'powershell'],
      ['n.ipynb', 'notebook'],
      ['pw', 'powershell'],
      ['r.bat', 'batch'],
      ['run', 'shell'],
      ['s.ps1', 'powershell'],
      ['tool', 'python'],
      ['v.vbs', 'vbscript'],
      ['x.sh', 'shell'],
      ['y.bash', 'shell'],
      ['zz', 'shell'],
    ]);
    expect(d.skipped).toEqual([]);
    expect(d.files.every((f) => !f.excluded && f.absPath === join(d.root, f.path))).toBe(true);
    expect(d.files.find((f) => f.path === 'a.py')?.size).toBe(6);
    expect(d.countsByType).toEqual({
      artifact: 0,
      batch: 2,
      notebook: 1,
      powershell: 3,
      python: 4,
      shell: 5,
      skipped: 0,
      vbscript: 1,
    });
    expect(Object.keys(d.countsByType)).toEqual([...Object.keys(d.countsByType)].sort());
  });

  test('default-excluded folders are not walked outside git, at any depth', async () => {
    const root = writeTree(tempDir(), {
      '.venv/lib/site.py': '',
      'venv/a.py': '',
      'env/a.py': '',
      'node_modules/x/a.py': '',
      '__pycache__/a.py': '',
      'build/a.py': '',
      'dist/a.py': '',
      'out/a.py': '',
      'coverage/a.py': '',
      'src/dist/deep.py': '',
      '.git/hooks/pre-commit.py': '',
      'src/ok.py': '',
      '.github/scripts/ci.sh': '',
      'distribution/kept.py': '',
    });
    const d = await discover(root);
    expect(d.gitTracked).toBe(false);
    expect(paths(d)).toEqual(['.github/scripts/ci.sh', 'distribution/kept.py', 'src/ok.py']);
  });

  test('in a git checkout a tracked file inside build/ is scanned, untracked content is not', async () => {
    const root = writeTree(tempDir(), {
      'build/gen.py': '',
      'build/untracked.py': '',
      'build/sub/tracked.sh': '',
      '.venv/lib/site.py': '',
      'main.py': '',
      'new.py': '',
    });
    gitAdd(root, ['build/gen.py', 'build/sub/tracked.sh', 'main.py']);
    const d = await discover(root);
    expect(d.gitTracked).toBe(true);
    expect(paths(d)).toEqual(['build/gen.py', 'build/sub/tracked.sh', 'main.py', 'new.py']);
  });

  test('a subfolder of a repository is scanned with paths relative to it', async () => {
    const repo = writeTree(tempDir(), {
      'svc/build/kept.py': '',
      'svc/build/dropped.py': '',
      'other/x.py': '',
    });
    gitAdd(repo, ['svc/build/kept.py', 'other/x.py']);
    const d = await discover(join(repo, 'svc'));
    expect(paths(d)).toEqual(['build/kept.py']);
  });

  test('the output folder is never walked, even when it does not look excluded', async () => {
    const root = writeTree(tempDir(), { 'reports/audit/x.py': '', 'reports/y.py': '' });
    const d = await discover(root, { outputDir: join(root, 'reports', 'audit') });
    expect(paths(d)).toEqual(['reports/y.py']);
  });
});

describe('user globs', () => {
  const tree = {
    'src/app.py': '',
    'src/logo.png': '\x89PNG',
    'tests/test_a.py': '',
    'tests/data/big.py': '',
    'vendor/lib.py': '',
    'docs/conf.py': '',
    'docs/deep/x.py': '',
    'notes.txt': 'print(1)\n',
    'tools/runner': 'no shebang\n',
  };

  test.each([
    ['tests', ['tests/data/big.py', 'tests/test_a.py']],
    ['./tests', ['tests/data/big.py', 'tests/test_a.py']],
    ['tests/', ['tests/data/big.py', 'tests/test_a.py']],
    ['docs/*.py', ['docs/conf.py']],
    ['**/lib.py', ['vendor/lib.py']],
    [
      '.',
      [
        'docs/conf.py',
        'docs/deep/x.py',
        'src/app.py',
        'tests/data/big.py',
        'tests/test_a.py',
        'vendor/lib.py',
      ],
    ],
  ])('exclude %j marks files excluded but keeps listing them', async (glob, excluded) => {
    const root = writeTree(tempDir(), tree);
    const d = await discover(root, { exclude: [glob] });
    expect(paths(d)).toEqual([
      'docs/conf.py',
      'docs/deep/x.py',
      'src/app.py',
      'tests/data/big.py',
      'tests/test_a.py',
      'vendor/lib.py',
    ]);
    expect(d.files.filter((f) => f.excluded).map((f) => f.path)).toEqual(excluded);
  });

  test('an excluded file that is too large is still listed as skipped, marked excluded', async () => {
    const root = writeTree(tempDir(), { 'tests/big.py': 'x'.repeat(100), 'big.py': 'x'.repeat(100) });
    const d = await discover(root, { exclude: ['tests'], maxFileBytes: 10 });
    expect(d.skipped).toEqual([
      { path: 'big.py', reason: 'larger than 10 bytes (100 bytes)' },
      { path: 'tests/big.py', reason: 'larger than 10 bytes (100 bytes)', excluded: true },
    ]);
  });

  test.each([
    [['**/*.txt'], [['notes.txt', 'python']]],
    [['src/**'], [['src/app.py', 'python']]],
    [['src'], [['src/app.py', 'python']]],
    [
      ['src/*'],
      [
        ['src/app.py', 'python'],
        ['src/logo.png', 'python'],
      ],
    ],
    [
      ['tools/runner', 'docs/**/*.py'],
      [
        ['docs/conf.py', 'python'],
        ['docs/deep/x.py', 'python'],
        ['tools/runner', 'python'],
      ],
    ],
  ])('include %j replaces the default targets', async (include, expected) => {
    const root = writeTree(tempDir(), tree);
    const d = await discover(root, { include });
    expect(languages(d)).toEqual(expected);
  });

  test('an include naming a default-excluded folder brings it back; a bare ** does not', async () => {
    const root = writeTree(tempDir(), {
      'build/gen/a.py': '',
      'build/other.py': '',
      '.venv/x.py': '',
      'src/b.py': '',
    });
    expect(paths(await discover(root, { include: ['build/gen/**/*.py'] }))).toEqual(['build/gen/a.py']);
    expect(paths(await discover(root, { include: ['**/*.py'] }))).toEqual(['src/b.py']);
  });

  test.each([[''], ['/abs/*.py'], ['../up/*.py'], ['a/../../b']])(
    'exclude %j is a ConfigError',
    async (glob) => {
      const root = tempDir();
      await expect(discover(root, { exclude: [glob] })).rejects.toThrow(ConfigError);
      await expect(discover(root, { exclude: [glob] })).rejects.toThrow(`exclude glob "${glob}"`);
    },
  );
});

describe('symlinks', () => {
  test('links that leave the root are skipped, file or folder, and nothing outside is read', async () => {
    const parent = tempDir();
    writeTree(parent, { 'outside/secret.py': 'import os', 'outside/notes.md': '', 'root/ok.py': '' });
    const root = join(parent, 'root');
    symlinkSync('../outside/secret.py', join(root, 'leak.py'));
    symlinkSync('../outside', join(root, 'ext'));
    symlinkSync(join(parent, 'outside', 'notes.md'), join(root, 'notes.md'));
    symlinkSync('/nonexistent/target.py', join(root, 'dangling.py'));
    const d = await discover(root);
    expect(paths(d)).toEqual(['ok.py']);
    expect(skips(d)).toEqual([
      ['ext', 'symlink leaves the target root'],
      ['leak.py', 'symlink leaves the target root'],
    ]);
    expect(d.countsByType.skipped).toBe(2);
  });

  test('symlink loops are reported and the walk ends', async () => {
    const root = writeTree(tempDir(), { 'pkg/a.py': '' });
    symlinkSync('.', join(root, 'pkg', 'self'));
    symlinkSync('..', join(root, 'pkg', 'up'));
    symlinkSync('ping', join(root, 'pong'));
    symlinkSync('pong', join(root, 'ping'));
    const d = await discover(root);
    expect(paths(d)).toEqual(['pkg/a.py']);
    expect(skips(d)).toEqual([
      ['ping', 'symlink loop'],
      ['pkg/self', 'symlink loop'],
      ['pkg/up', 'symlink loop'],
      ['pong', 'symlink loop'],
    ]);
  });

  test('links inside the root: each real file is listed once, at its real path when reachable', async () => {
    const root = writeTree(tempDir(), { 'real.py': 'x', 'pkg/mod.py': 'y', 'build/gen/out.py': 'z' });
    symlinkSync('real.py', join(root, 'alias.py'));
    symlinkSync('real.py', join(root, 'runner'));
    symlinkSync('pkg', join(root, 'lib'));
    symlinkSync('build/gen', join(root, 'gen'));
    symlinkSync('../real.py', join(root, 'pkg', 'again.py'));
    const d = await discover(root);
    expect(paths(d)).toEqual(['gen/out.py', 'pkg/mod.py', 'real.py']);
    expect(d.files.find((f) => f.path === 'gen/out.py')?.absPath).toBe(
      join(d.root, 'build', 'gen', 'out.py'),
    );
    expect(d.skipped).toEqual([]);
  });

  test('a file reachable through an excluded and a non-excluded path is not excluded', async () => {
    const root = writeTree(tempDir(), { 'vendor/x.py': '' });
    mkdirSync(join(root, 'src'));
    symlinkSync('../vendor/x.py', join(root, 'src', 'x.py'));
    const d = await discover(root, { exclude: ['vendor'] });
    expect(d.files.map((f) => [f.path, f.excluded])).toEqual([['src/x.py', false]]);
    const both = await discover(root, { exclude: ['vendor', 'src'] });
    expect(both.files.map((f) => [f.path, f.excluded])).toEqual([['vendor/x.py', true]]);
  });
});

describe('hostile entries', () => {
  test('fifos are skipped without being opened; only target-like names are listed', async () => {
    const root = writeTree(tempDir(), { 'a.py': '' });
    execFileSync('mkfifo', [join(root, 'pipe.py'), join(root, 'pipe.md'), join(root, 'pipe')]);
    const d = await discover(root);
    expect(paths(d)).toEqual(['a.py']);
    expect(skips(d)).toEqual([
      ['pipe', 'not a regular file (fifo)'],
      ['pipe.py', 'not a regular file (fifo)'],
    ]);
  });

  test('files over the size limit are skipped with size and limit; the limit itself is allowed', async () => {
    const root = writeTree(tempDir(), { 'ok.py': '', 'edge.py': '', 'big.py': '', 'huge.bin': '' });
    truncateSync(join(root, 'big.py'), Math.round(3.1 * 1024 * 1024));
    truncateSync(join(root, 'edge.py'), 2 * 1024 * 1024);
    truncateSync(join(root, 'huge.bin'), 50 * 1024 * 1024);
    const d = await discover(root);
    expect(paths(d)).toEqual(['edge.py', 'ok.py']);
    expect(skips(d)).toEqual([['big.py', 'larger than 2 MB (3.1 MB)']]);
  });

  test('a limit of zero or a fraction is a ConfigError', async () => {
    await expect(discover(tempDir(), { maxFileBytes: 0 })).rejects.toThrow(ConfigError);
    await expect(discover(tempDir(), { maxFileBytes: 1.5 })).rejects.toThrow(ConfigError);
  });

  test('odd file names survive: newline, workflow commands, markdown, spaces, unicode', async () => {
    const names = [
      'new\nline.py',
      '::error::x.py',
      '# x.py',
      '[a](b).py',
      'with space.py',
      'ünï©ødé.py',
      'd/😀.py',
    ];
    const root = writeTree(tempDir(), Object.fromEntries(names.map((n) => [n, 'x = 1\n'])));
    const d = await discover(root, { exclude: ['# x.py'] });
    expect(paths(d).sort()).toEqual([...names].sort());
    expect(d.files.filter((f) => f.excluded).map((f) => f.path)).toEqual(['# x.py']);
  });

  test('odd names work with git too', async () => {
    const root = writeTree(tempDir(), { 'build/new\nline.py': '', 'build/ü x.py': '', 'build/no.py': '' });
    gitAdd(root, ['build/new\nline.py', 'build/ü x.py']);
    expect(paths(await discover(root))).toEqual(['build/new\nline.py', 'build/ü x.py']);
  });

  test('a name that is not valid UTF-8 is skipped, not fatal', async () => {
    const root = writeTree(tempDir(), { 'ok.py': '' });
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xff]), Buffer.from('.py')]), 'x');
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad`), Buffer.from([0xfe]), Buffer.from('.md')]), 'x');
    const d = await discover(root);
    expect(paths(d)).toEqual(['ok.py']);
    expect(skips(d)).toEqual([['bad\uFFFD.py', 'name is not valid UTF-8']]);
  });

  test('a missing or non-folder target is a ConfigError naming it', async () => {
    const root = writeTree(tempDir(), { 'f.py': '' });
    await expect(discover(join(root, 'nope'))).rejects.toThrow(
      `target "${join(root, 'nope')}": no such folder`,
    );
    await expect(discover(join(root, 'f.py'))).rejects.toThrow(ConfigError);
  });
});

describe('artifacts and order', () => {
  test('wheels, archives and native binaries are inventoried with kind, size and sha256', async () => {
    const root = writeTree(tempDir(), {
      'wheels/pkg-1.0-py3-none-any.whl': 'PK wheel',
      'a.tar.gz': 'gz',
      'lib/libfoo.so.1.2': 'elf',
      'bin/TOOL.EXE': 'MZ',
      'x.DLL': 'MZ',
      'mod.pyc': 'pyc',
      'dist/untracked.whl': 'skip me',
      'data.bin': 'not an artifact',
    });
    const d = await discover(root);
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    expect(d.artifacts).toEqual([
      { path: 'a.tar.gz', kind: 'archive', size: 2, sha256: sha('gz') },
      { path: 'bin/TOOL.EXE', kind: 'executable', size: 2, sha256: sha('MZ') },
      { path: 'lib/libfoo.so.1.2', kind: 'native library', size: 3, sha256: sha('elf') },
      { path: 'mod.pyc', kind: 'python bytecode', size: 3, sha256: sha('pyc') },
      { path: 'wheels/pkg-1.0-py3-none-any.whl', kind: 'wheel', size: 8, sha256: sha('PK wheel') },
      { path: 'x.DLL', kind: 'native library', size: 2, sha256: sha('MZ') },
    ]);
    expect(d.files).toEqual([]);
    expect(d.countsByType.artifact).toBe(6);
  });

  test('paths sort by UTF-8 bytes and two runs are identical', async () => {
    const root = writeTree(tempDir(), {
      'b.py': '',
      'B.py': '',
      'a/z.py': '',
      'a.py': '',
      '\uFF01.py': '',
      '😀.py': '',
    });
    const first = await discover(root);
    expect(paths(first)).toEqual(['B.py', 'a.py', 'a/z.py', 'b.py', '\uFF01.py', '😀.py']);
    expect(await discover(root)).toEqual(first);
  });
});
