// Covers src/review/allowlist.ts: loading and checking the allowlist file and applying it to PEX003.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ConfigError } from '../../src/model/errors.js';
import type { Finding } from '../../src/model/finding.js';
import type { Allowlist } from '../../src/review/allowlist.js';
import { applyAllowlist, loadAllowlist } from '../../src/review/allowlist.js';
import { MAX_MATCH_INPUT } from '../../src/review/regex-safety.js';
import { finding } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'allowlist-'));
let counter = 0;

/** Writes `content` (an object is written as JSON) to a fresh file and returns its path. */
function file(content: unknown): string {
  const target = path.join(dir, `allow-${counter++}.json`);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return target;
}

const load = (entries: unknown[]): Allowlist => loadAllowlist(file({ entries }));

function loadError(content: unknown): string {
  const target = file(content);
  try {
    loadAllowlist(target);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(target);
    return message.slice(message.indexOf(target) + target.length);
  }
  throw new Error('expected a ConfigError');
}

describe('loadAllowlist', () => {
  test('reads the seed format with every field', () => {
    const list = load([
      {
        path_glob: '*.py',
        command_exact: ' echo hi ',
        justification: ' operator feedback ',
        approved_by: 'ISSO',
        approved_on: '2025-01-31',
      },
      { command_regex: 'git (?:status|log)', justification: 'read-only git' },
    ]);
    expect(list.entries).toHaveLength(2);
    expect(list.entries[0]).toMatchObject({
      path_glob: '*.py',
      command_exact: 'echo hi',
      justification: 'operator feedback',
      approved_by: 'ISSO',
      approved_on: '2025-01-31',
    });
    expect(list.entries[1]!.location).toBe(`${list.source}#entries[1]`);
  });

  test('an empty entries list is valid', () => {
    expect(load([]).entries).toEqual([]);
  });

  test('a UTF-8 byte order mark is accepted', () => {
    expect(loadAllowlist(file('\uFEFF{"entries": []}')).entries).toEqual([]);
  });

  test.each<[string, unknown, RegExp]>([
    [
      'a missing justification (the seed contract case)',
      { entries: [{ command_exact: 'x' }] },
      /entries\[0\]: justification is required/,
    ],
    [
      'an empty justification',
      { entries: [{ command_exact: 'x', justification: '  ' }] },
      /entries\[0\]\.justification: must be a non-empty string/,
    ],
    [
      'no matcher',
      { entries: [{ justification: 'j' }] },
      /entries\[0\]: needs at least one of path_glob, command_exact, command_regex/,
    ],
    [
      'an unknown entry key',
      { entries: [{ command_exact: 'x', justification: 'j', rule: 'PEX001' }] },
      /entries\[0\]: unknown key "rule"/,
    ],
    ['an unknown top-level key', { entries: [], version: 2 }, /top level: unknown key "version"/],
    [
      'a non-string value',
      { entries: [{ command_exact: ['x'], justification: 'j' }] },
      /entries\[0\]\.command_exact: must be a non-empty string/,
    ],
    [
      'an entry that is not an object',
      { entries: [{ command_exact: 'x', justification: 'j' }, 'x'] },
      /entries\[1\]: must be an object/,
    ],
    ['entries that is not an array', { entries: {} }, /entries: must be an array/],
    ['a top level that is an array', [], /top level: must be an object/],
    [
      'an invalid regex',
      { entries: [{ command_regex: 'a(b', justification: 'j' }] },
      /entries\[0\]\.command_regex: invalid regular expression/,
    ],
    [
      'a regex that would break out of its anchors',
      { entries: [{ command_regex: 'echo hi)|(.*', justification: 'j' }] },
      /entries\[0\]\.command_regex: invalid regular expression/,
    ],
    [
      'a catastrophic regex',
      { entries: [{ command_regex: '(a+)+', justification: 'j' }] },
      /entries\[0\]\.command_regex: rejected: the pattern repeats a group/,
    ],
    [
      'an absolute glob',
      { entries: [{ path_glob: '/etc/*.py', justification: 'j' }] },
      /entries\[0\]\.path_glob: .*relative to the target root/,
    ],
    [
      'a glob leaving the root',
      { entries: [{ path_glob: '../x/*.py', justification: 'j' }] },
      /entries\[0\]\.path_glob: .*"\.\."/,
    ],
  ])('refuses %s', (_title, content, message) => {
    expect(loadError(content)).toMatch(message);
  });

  test('bad JSON names the line and column', () => {
    expect(loadError('{\n  "entries": [\n    {"command_exact": "x" "justification": "j"}\n  ]\n}')).toMatch(
      /invalid JSON: line 3, column 27/,
    );
  });

  test('an unreadable file is a ConfigError naming it', () => {
    const missing = path.join(dir, 'missing.json');
    expect(() => loadAllowlist(missing)).toThrow(ConfigError);
    expect(() => loadAllowlist(missing)).toThrow(`allowlist ${missing}: cannot read: ENOENT`);
  });
});

describe('applyAllowlist', () => {
  test('the seed contract case: *.py + "echo hi" allowlists the PEX003 finding in a.py', () => {
    const list = load([
      { path_glob: '*.py', command_exact: 'echo hi', justification: 'operator feedback only' },
    ]);
    const subject = finding({ file: 'a.py', details: { command: 'echo hi' }, fingerprint: 'fp1' });
    const { findings, ledger } = applyAllowlist([subject], list);
    expect(findings).toEqual([
      { ...subject, disposition: 'allowlisted', justification: 'operator feedback only' },
    ]);
    expect(ledger).toEqual([
      {
        source: 'allowlist',
        location: `${list.source}#entries[0]`,
        rules: ['PEX003'],
        justification: 'operator feedback only',
        covered: ['fp1'],
        stale: false,
      },
    ]);
    expect(subject.disposition).toBe('active');
  });

  const covered = (entry: Record<string, string>, target: Partial<Finding>): boolean =>
    applyAllowlist([finding(target)], load([{ justification: 'j', ...entry }])).findings[0]!.disposition ===
    'allowlisted';

  test.each<[string, Record<string, string>, Partial<Finding>, boolean]>([
    ['a basename glob matches at any depth', { path_glob: '*.py' }, { file: 'pkg/sub/a.py' }, true],
    [
      'a basename glob matches a folder at any depth',
      { path_glob: 'tools' },
      { file: 'src/tools/run.py' },
      true,
    ],
    [
      'a glob with a slash is anchored at the root',
      { path_glob: 'scripts/*.py' },
      { file: 'x/scripts/a.py' },
      false,
    ],
    ['an anchored glob matches from the root', { path_glob: 'scripts/*.py' }, { file: 'scripts/a.py' }, true],
    ['a trailing slash names a folder', { path_glob: 'scripts/' }, { file: 'scripts/deep/a.py' }, true],
    ['./ is the root', { path_glob: './a.py' }, { file: 'a.py' }, true],
    ['dot files match', { path_glob: '*.py' }, { file: '.hidden/.x.py' }, true],
    ['a different extension does not match', { path_glob: '*.py' }, { file: 'a.sh' }, false],
    [
      'exact command matches after trimming',
      { command_exact: 'echo hi' },
      { details: { command: '  echo hi\n' } },
      true,
    ],
    [
      'exact command is exact',
      { command_exact: 'echo hi' },
      { details: { command: 'echo hi there' } },
      false,
    ],
    [
      'exact command is case-sensitive',
      { command_exact: 'echo hi' },
      { details: { command: 'ECHO hi' } },
      false,
    ],
    [
      'a regex must match the whole command',
      { command_regex: 'echo' },
      { details: { command: 'echo hi' } },
      false,
    ],
    [
      'a regex matching the whole command covers it',
      { command_regex: 'echo \\w+' },
      { details: { command: 'echo hi' } },
      true,
    ],
    [
      'a regex cannot be escaped with alternation',
      { command_regex: 'ls|rm' },
      { details: { command: 'rm -rf x' } },
      false,
    ],
    [
      'a regex over an anchored alternation matches',
      { command_regex: 'ls|rm -rf x' },
      { details: { command: 'rm -rf x' } },
      true,
    ],
    ['a command matcher needs a command', { command_exact: 'echo hi' }, { details: {} }, false],
    ['all matchers must hold', { path_glob: '*.sh', command_exact: 'echo hi' }, { file: 'a.py' }, false],
    ['all matchers holding covers', { path_glob: '*.py', command_regex: 'echo .*' }, { file: 'a.py' }, true],
    ['a glob alone covers every command', { path_glob: 'a.py' }, { details: {} }, true],
    ['only PEX003 can be allowlisted', { path_glob: '*.py' }, { rule_id: 'PEX002' }, false],
    [
      'never-suppressible rules stay',
      { path_glob: '*.py' },
      { rule_id: 'NET001', severity: 'blocker' },
      false,
    ],
    [
      'a strict-profile PEX003 blocker is allowlistable',
      { path_glob: '*.py' },
      { severity: 'blocker' },
      true,
    ],
    [
      'an already waived finding keeps its disposition',
      { path_glob: '*.py' },
      { disposition: 'waived' },
      false,
    ],
    [
      'a very long command is not tried against a regex',
      { command_regex: 'x+' },
      { details: { command: 'x'.repeat(MAX_MATCH_INPUT + 1) } },
      false,
    ],
  ])('%s', (_title, entry, target, expected) => {
    expect(covered(entry, target)).toBe(expected);
  });

  test('the first covering entry justifies; every covering entry lists the finding; unused entries are stale', () => {
    const list = load([
      { path_glob: 'nowhere/*.py', justification: 'unused', approved_by: 'ISSO' },
      { command_exact: 'echo hi', justification: 'first', approved_on: '2025-02-01' },
      { path_glob: '*.py', justification: 'second' },
    ]);
    const findings = [
      finding({ file: 'b.py', fingerprint: 'fb' }),
      finding({ file: 'a.py', fingerprint: 'fa' }),
      finding({ file: 'a.py', fingerprint: 'fc', details: { command: 'ls' } }),
      finding({ file: 'a.py', fingerprint: 'fa' }),
    ];
    const result = applyAllowlist(findings, list);
    expect(result.findings.map((f) => f.justification)).toEqual(['first', 'first', 'second', 'first']);
    expect(
      result.ledger.map(({ covered: fps, stale, approved_by, approved_on }) => ({
        fps,
        stale,
        approved_by,
        approved_on,
      })),
    ).toEqual([
      { fps: [], stale: true, approved_by: 'ISSO', approved_on: undefined },
      { fps: ['fa', 'fb'], stale: false, approved_by: undefined, approved_on: '2025-02-01' },
      { fps: ['fa', 'fb', 'fc'], stale: false, approved_by: undefined, approved_on: undefined },
    ]);
    expect('approved_by' in result.ledger[1]!).toBe(false);
  });

  test('findings it does not cover are returned as the same objects', () => {
    const other = finding({ rule_id: 'DEX001' });
    expect(applyAllowlist([other], load([{ path_glob: '*.py', justification: 'j' }])).findings[0]).toBe(
      other,
    );
  });
});

test('the shipped example allowlist loads', () => {
  const example = loadAllowlist(path.join(import.meta.dirname, '..', '..', 'docs', 'allowlist.example.json'));
  expect(example.entries.length).toBeGreaterThan(0);
  expect(example.entries.every((entry) => entry.justification.length > 0)).toBe(true);
});
