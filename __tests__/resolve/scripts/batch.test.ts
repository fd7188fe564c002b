// Covers src/resolve/scripts/batch.ts: comments, continuations, quoting, variables, guards and blocks.
import { flatten } from '../../../src/model/value.js';
import { analyzeBatch } from '../../../src/resolve/scripts/batch.js';
import { showTemplate } from '../../../src/match/finding-builder.js';

const commands = (source: string): string[][] =>
  analyzeBatch(source).commands.map((c) => c.words.map(showTemplate));

test.each([
  [
    'REM lines and :: lines are comments',
    'REM curl http://a\n:: curl http://b\n@rem x\necho hi',
    [['echo', 'hi']],
  ],
  ['REM after & ends the line', 'echo a & rem curl http://x', [['echo', 'a']]],
  ['labels run nothing', ':start\ngoto start', [['goto', 'start']]],
  ['a caret at the end continues the line', 'curl ^\n  http://a.example', [['curl', 'http://a.example']]],
  [
    'a doubled caret is a literal caret, not a continuation',
    'echo a^^\necho b',
    [
      ['echo', 'a^'],
      ['echo', 'b'],
    ],
  ],
  ['quotes keep separators inside one word', 'copy "a b.txt" "c;d"', [['copy', 'a b.txt', 'c;d']]],
  ['& && || and | separate commands', 'a & b && c || d | e', [['a'], ['b'], ['c'], ['d'], ['e']]],
  ['a caret escapes an operator', 'echo a^&b', [['echo', 'a&b']]],
  ['set assigns and %VAR% expands', 'set U=http://x.example\ncurl %U%/y', [['curl', 'http://x.example/y']]],
  ['set with quotes around the pair', 'set "U=http://q.example"\ncurl !U!', [['curl', 'http://q.example']]],
  ['an unassigned variable is the environment', 'curl %HOST%', [['curl', '<environment variable HOST>']]],
  [
    'script arguments and loop variables are holes',
    'curl %1 %~2 %%i',
    [['curl', '<script argument 1>', '<script argument 2>', '<loop variable %%i>']],
  ],
  ['substring expansion is a part of the variable', 'curl %U:~0,4%', [['curl', '<part of variable U>']]],
  ['if guards run their command', 'if exist x.txt curl http://a', [['curl', 'http://a']]],
  ['if not /i with a comparison', 'if not /i "%A%"=="b" echo x', [['echo', 'x']]],
  ['for ... do runs its command', 'for %%f in (a b) do echo %%f', [['echo', '<loop variable %%f>']]],
  [
    'blocks run their inner commands',
    'if exist x (\n  echo a\n) else (\n  echo b\n)',
    [
      ['echo', 'a'],
      ['echo', 'b'],
    ],
  ],
  ['redirections are not words', 'echo x > out.txt 2>&1', [['echo', 'x']]],
])('%s', (_title, source, expected) => {
  expect(commands(source)).toEqual(expected);
});

test('redirect targets are recorded as written files', () => {
  const [command] = analyzeBatch('echo x >> "%APPDATA%\\a.txt"').commands;
  expect(command!.redirects.map(flatten)).toEqual(['\u0000\\a.txt']);
});

test('an unclosed block is a syntax error at its opening parenthesis', () => {
  const facts = analyzeBatch('echo ok\nif exist x (\n  echo inside');
  expect(facts.syntaxErrors).toEqual([{ line: 2, column: 12, endLine: 2, endColumn: 13 }]);
});

test('commands are positioned at their first word', () => {
  const [, second] = analyzeBatch('echo a &   curl http://x').commands;
  expect(second!.range).toMatchObject({ line: 1, column: 12 });
});
