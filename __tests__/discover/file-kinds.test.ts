// Covers src/discover/file-kinds.ts: target languages and artifact kinds by file name.
import { artifactKind, isExtensionless, languageByExtension } from '../../src/discover/file-kinds.js';

test.each([
  ['a.py', 'python'],
  ['a.PYW', 'python'],
  ['n.ipynb', 'notebook'],
  ['m.PSM1', 'powershell'],
  ['x.Cmd', 'batch'],
  ['x.bash', 'shell'],
  ['v.vbs', 'vbscript'],
  ['a.pyi', undefined],
  ['a.py.bak', undefined],
  ['.py', undefined],
  ['README', undefined],
])('%j -> language %j', (name, language) => {
  expect(languageByExtension(name)).toBe(language);
});

test.each([
  ['configure', true],
  ['.bashrc', true],
  ['a.sh', false],
  ['trailing.', false],
])('%j extensionless: %j', (name, expected) => {
  expect(isExtensionless(name)).toBe(expected);
});

test.each([
  ['pkg-1.0-py3-none-any.whl', 'wheel'],
  ['old.egg', 'egg'],
  ['a.tar.gz', 'archive'],
  ['a.TGZ', 'archive'],
  ['a.tar.xz', 'archive'],
  ['a.7z', 'archive'],
  ['libssl.so.3', 'native library'],
  ['_speedups.cpython-312-x86_64-linux-gnu.so', 'native library'],
  ['x.pyd', 'native library'],
  ['setup.EXE', 'executable'],
  ['setup.msi', 'installer'],
  ['lib.jar', 'java archive'],
  ['mod.pyc', 'python bytecode'],
  ['app.pyz', 'python zipapp'],
  ['model.bin', undefined],
  ['a.py', undefined],
  ['.so', undefined],
  ['notes.so.txt', undefined],
])('%j -> artifact %j', (name, kind) => {
  expect(artifactKind(name)).toBe(kind);
});
