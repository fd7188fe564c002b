// Covers src/discover/globs.ts: user include/exclude globs against repo-relative POSIX paths.
import { compileGlobs } from '../../src/discover/globs.js';
import { ConfigError } from '../../src/model/errors.js';

test.each([
  ['tests', 'tests/a.py', true],
  ['./tests', 'tests/deep/a.py', true],
  ['tests/', 'tests', true],
  ['tests', 'src/tests/a.py', false],
  ['**/tests', 'src/tests/a.py', true],
  ['*.py', 'a.py', true],
  ['*.py', 'src/a.py', false],
  ['**/*.py', '.github/x.py', true],
  ['# x.py', '# x.py', true],
  ['!x.py', '!x.py', true],
  ['!x.py', 'y.py', false],
  ['.', 'any/thing', true],
  ['src/{a,b}.py', 'src/b.py', true],
  ['docs/*', 'docs/new\nline.py', true],
])('%j matches %j: %j', (glob, path, expected) => {
  expect(compileGlobs([glob], 'exclude').matches(path)).toBe(expected);
});

test('namesFile tells a file glob from a folder glob', () => {
  const globs = compileGlobs(['**/*.txt', 'src/**', 'tests', 'tools/run'], 'include');
  expect(['a/b.txt', 'src/logo.png', 'tests/x.png', 'tools/run'].map((p) => globs.namesFile(p))).toEqual([
    true,
    false,
    false,
    true,
  ]);
});

test('mayMatchInside and reopens look into folders', () => {
  const globs = compileGlobs(['build/gen/**/*.py', 'src/*.py', '**/*.txt'], 'include');
  expect(['build', 'build/gen', 'build/gen/x', 'src', 'docs'].map((d) => globs.mayMatchInside(d))).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(compileGlobs(['src/*.py'], 'include').mayMatchInside('docs')).toBe(false);
  expect(
    ['build', 'build/gen', 'build/gen/x', 'build/other', 'node_modules'].map((d) => globs.reopens(d)),
  ).toEqual([true, true, false, false, false]);
});

test('no globs: inactive and matching nothing', () => {
  const globs = compileGlobs([], 'include');
  expect(globs.active).toBe(false);
  expect(globs.matches('a.py')).toBe(false);
  expect(globs.reopens('build')).toBe(false);
});

test.each([
  ['', 'is empty'],
  ['  ', 'is empty'],
  ['/etc/*.py', 'relative to the target root'],
  ['../x', '".." cannot match'],
  ['./a/../../x', '".." cannot match'],
])('%j is a ConfigError naming option and glob', (glob, why) => {
  expect(() => compileGlobs(['ok/**', glob], 'include')).toThrow(ConfigError);
  expect(() => compileGlobs(['ok/**', glob], 'include')).toThrow(`include glob "${glob}": `);
  expect(() => compileGlobs([glob], 'include')).toThrow(why);
});
