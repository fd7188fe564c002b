// Covers src/publish/github/changed-lines.ts: patch hunk parsing and the fail-safe pull request file reader.
import type { FileChanges } from '../../../src/publish/github/changed-lines.js';
import { onChangedLine, parsePatch, readChangedLines } from '../../../src/publish/github/changed-lines.js';
import type { CheckAnnotation } from '../../../src/publish/github/github-client.js';
import { FakeGitHubClient } from './helpers/fake-client.js';

describe('parsePatch', () => {
  const table: [string, string, number[] | undefined][] = [
    ['new file', '@@ -0,0 +1,3 @@\n+a\n+b\n+c', [1, 2, 3]],
    ['context then addition', '@@ -10,3 +10,4 @@ def f():\n ctx\n ctx\n+new\n ctx', [12]],
    ['deletion does not advance the new line', '@@ -1,3 +1,3 @@\n a\n-old\n+new\n c', [2]],
    ['two hunks restart numbering', '@@ -1,1 +1,2 @@\n a\n+b\n@@ -50,2 +51,3 @@\n x\n+y\n z', [2, 52]],
    ['hunk header without counts', '@@ -1 +1 @@\n-a\n+b', [1]],
    [
      'no-newline marker is not a line',
      '@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file',
      [1],
    ],
    ['only deletions', '@@ -1,2 +0,0 @@\n-a\n-b', []],
    ['an added line that looks like a header stays content', '@@ -0,0 +1,2 @@\n++++ x\n+@@ y', [1, 2]],
    ['trailing newline ignored', '@@ -0,0 +1,1 @@\n+a\n', [1]],
    ['CRLF content lines', '@@ -0,0 +1,2 @@\r\n+a\r\n+b\r', [1, 2]],
    ['unreadable header', '@@ bogus @@\n+a', undefined],
    ['content before any hunk', '+a\n@@ -0,0 +1,1 @@\n+b', undefined],
  ];
  test.each(table)('%s', (_title, patch, expected) => {
    const result = parsePatch(patch);
    expect(result === undefined ? undefined : [...result].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('readChangedLines', () => {
  test('maps each file to its added lines; no patch with changes means the whole file', async () => {
    const client = new FakeGitHubClient({
      files: [
        { filename: 'a.py', status: 'modified', changes: 2, patch: '@@ -1,1 +1,2 @@\n x\n+y' },
        { filename: 'big.py', status: 'modified', changes: 9000 },
        { filename: 'renamed.py', status: 'renamed', changes: 0 },
        { filename: 'gone.py', status: 'removed', changes: 3, patch: '@@ -1,3 +0,0 @@\n-a\n-b\n-c' },
      ],
    });
    const result = await readChangedLines(client, 5, 4);
    if (!result.ok) throw new Error(result.reason);
    expect(client.calls).toEqual([{ op: 'files', pullNumber: 5 }]);
    expect([...(result.files.get('a.py') as Set<number>)]).toEqual([2]);
    expect(result.files.get('big.py')).toBe('all');
    expect(result.files.has('renamed.py')).toBe(false);
    expect([...(result.files.get('gone.py') as Set<number>)]).toEqual([]);
  });

  test('fewer files than the pull request has: not trusted', async () => {
    const client = new FakeGitHubClient({
      files: [{ filename: 'a.py', status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+a' }],
    });
    expect(await readChangedLines(client, 5, 3001)).toEqual({
      ok: false,
      reason: "the API listed 1 of the pull request's 3001 files",
    });
  });

  test('an API error is returned, not thrown', async () => {
    const result = await readChangedLines(new FakeGitHubClient({ failFiles: 500 }), 5, undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/HTTP 500/);
  });

  test('one unreadable patch disables filtering', async () => {
    const client = new FakeGitHubClient({
      files: [{ filename: 'x.py', status: 'modified', changes: 1, patch: '@@ ?? @@\n+a' }],
    });
    expect(await readChangedLines(client, 1, 1)).toEqual({
      ok: false,
      reason: 'could not read the diff of x.py',
    });
  });
});

describe('onChangedLine', () => {
  const at = (path: string, line: number): CheckAnnotation => ({
    path,
    start_line: line,
    end_line: line + 2,
    annotation_level: 'failure',
    message: 'm',
  });
  const files = new Map<string, FileChanges>([
    ['a.py', new Set([4, 5])],
    ['new.py', 'all' as const],
  ]);
  test.each([
    ['first line added', at('a.py', 4), true],
    ['first line not added (later lines do not count)', at('a.py', 3), false],
    ['whole-file change', at('new.py', 99), true],
    ['file not in the pull request', at('b.py', 4), false],
  ])('%s', (_t, annotation, expected) => {
    expect(onChangedLine(annotation, files)).toBe(expected);
  });
});
