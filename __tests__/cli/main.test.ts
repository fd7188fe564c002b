// Covers src/cli/main.ts with the scan and rules commands: exit codes, outputs and every malformed-input path.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import { run } from './run-cli.js';

/** A fresh folder holding the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mcen-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const readReport = (dir: string): Report =>
  JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'mcen-out-'));

describe('exit codes follow the decision', () => {
  test.each([
    [
      'PASS -> 0',
      { 'a.py': 'import urllib.request\nurllib.request.urlopen("http://127.0.0.1:8080/health")\n' },
      [],
      0,
    ],
    [
      'FAIL -> 1',
      { 'a.py': 'import urllib.request\nurllib.request.urlopen("https://example.com")\n' },
      [],
      1,
    ],
    ['CONDITIONAL_PASS -> 2', { 'a.py': 'import subprocess\nsubprocess.run(["echo", "hi"])\n' }, [], 2],
    [
      'strict makes review findings gate -> 1',
      { 'a.py': 'import subprocess\nsubprocess.run(["echo", "hi"])\n' },
      ['--profile', 'mcen_strict'],
      1,
    ],
  ])('%s', async (_title, files, extra, want) => {
    const out = scratch();
    const result = await run(['scan', tree(files), '--output-dir', out, ...extra]);
    expect(result.stderr).not.toContain('mcen-scan');
    expect(result.code).toBe(want);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'report.json', 'report.md', 'report.sarif']);
  });
});

test('scan is the default command and prints one summary line', async () => {
  const out = scratch();
  const result = await run([tree({ 'a.py': 'eval("1+1")\n' }), '--output-dir', out]);
  expect(result.code).toBe(1);
  expect(result.stdout.trim().split('\n')).toHaveLength(1);
  expect(result.stdout).toMatch(/^FAIL \(1 blocker\) - /);
});

test('--print-json prints report.json, --quiet prints nothing, --no-manifest leaves the manifest out', async () => {
  const root = tree({ 'a.py': 'x = 1\n' });
  const out = scratch();
  const printed = await run(['scan', root, '--output-dir', out, '--print-json', '--no-manifest']);
  expect(JSON.parse(printed.stdout).summary.decision).toBe('PASS');
  expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
  const quiet = await run(['scan', root, '--output-dir', scratch(), '--quiet']);
  expect(quiet.stdout).toBe('');
  expect(quiet.code).toBe(0);
});

test('--json/--md/--sarif write extra copies', async () => {
  const copies = scratch();
  const out = scratch();
  await run([
    'scan',
    tree({ 'a.py': 'x = 1\n' }),
    '--output-dir',
    out,
    '--json',
    path.join(copies, 'r.json'),
    '--md',
    path.join(copies, 'r.md'),
    '--sarif',
    path.join(copies, 'r.sarif'),
  ]);
  expect(readFileSync(path.join(copies, 'r.json'), 'utf8')).toBe(
    readFileSync(path.join(out, 'report.json'), 'utf8'),
  );
  expect(readFileSync(path.join(copies, 'r.md'), 'utf8')).toContain('BLUF');
  expect(JSON.parse(readFileSync(path.join(copies, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
});

test('--exclude keeps never-suppressible findings visible as excluded and ungated under practical', async () => {
  const root = tree({ 'tests/t.py': 'import subprocess\nsubprocess.run(["echo"])\neval("1")\n' });
  const out = scratch();
  const result = await run(['scan', root, '--output-dir', out, '--exclude', 'tests']);
  const report = readReport(out);
  expect(report.findings.map((f) => `${f.rule_id}:${f.disposition}`)).toEqual(['DEX001:excluded']);
  expect(result.code).toBe(0);
  const strict = await run([
    'scan',
    root,
    '--output-dir',
    scratch(),
    '--exclude',
    'tests',
    '--profile',
    'mcen_strict',
  ]);
  expect(strict.code).toBe(1);
});

describe('bad input is one line on stderr, exit 3, and nothing written', () => {
  const badAllowlists: [string, string, RegExp][] = [
    ['not JSON', '{"entries": [', /allow\.json/],
    ['no justification', '{"entries": [{"command_exact": "x"}]}', /entries\[0\]/],
    [
      'catastrophic regex',
      '{"entries": [{"command_regex": "(a+)+$", "justification": "j"}]}',
      /entries\[0\]/,
    ],
    [
      'unknown key',
      '{"entries": [{"command_exact": "x", "justification": "j", "colour": 1}]}',
      /entries\[0\]/,
    ],
  ];
  test.each(badAllowlists)('allowlist: %s', async (_title, content, names) => {
    const dir = scratch();
    const file = path.join(dir, 'allow.json');
    writeFileSync(file, content);
    const out = path.join(scratch(), 'packet');
    const result = await run(['scan', tree({ 'a.py': 'x = 1\n' }), '--output-dir', out, '--allowlist', file]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(names);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['missing target', (root: string) => ['scan', path.join(root, 'nope')], /nope/],
    [
      'missing allowlist file',
      (root: string) => ['scan', root, '--allowlist', path.join(root, 'missing.json')],
      /missing\.json/,
    ],
    ['unknown profile', (root: string) => ['scan', root, '--profile', 'lenient'], /lenient/],
    ['unknown option', (root: string) => ['scan', root, '--colour'], /--colour/],
    ['target is a file', (root: string) => ['scan', path.join(root, 'a.py')], /a\.py/],
    ['zero jobs', (root: string) => ['scan', root, '--jobs', '0'], /--jobs/],
    ['jobs not a number', (root: string) => ['scan', root, '--jobs', 'all'], /--jobs/],
    ['max-file-bytes zero', (root: string) => ['scan', root, '--max-file-bytes', '0'], /--max-file-bytes/],
    [
      'max-file-bytes with a unit',
      (root: string) => ['scan', root, '--max-file-bytes', '2MB'],
      /--max-file-bytes/,
    ],
  ])('%s', async (_title, argv, names) => {
    const root = tree({ 'a.py': 'x = 1\n' });
    const out = path.join(scratch(), 'packet');
    const result = await run([...argv(root), '--output-dir', out]);
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(names);
    expect(existsSync(out)).toBe(false);
  });
});

test('--max-file-bytes moves the size limit both ways; a skipped file is listed and SCAN001', async () => {
  const root = tree({ 'a.py': `# ${'x'.repeat(100)}\neval(1)\n` });
  const lowered = scratch();
  expect((await run(['scan', root, '--output-dir', lowered, '--max-file-bytes', '50'])).code).toBe(2);
  expect(readReport(lowered).inventory.skipped_files).toEqual([
    { path: 'a.py', reason: 'larger than 50 bytes (111 bytes)' },
  ]);
  expect(readReport(lowered).findings.map((f) => f.rule_id)).toEqual(['SCAN001']);
  const raised = scratch();
  expect((await run(['scan', root, '--output-dir', raised, '--max-file-bytes', '111'])).code).toBe(1);
  expect(readReport(raised).findings.map((f) => f.rule_id)).toEqual(['DEX001']);
});

test('hostile content never stops the scan: binary, bad encoding and syntax errors are reported', async () => {
  const root = tree({
    'bin.py': '\u0000\u0001\u0002binary',
    'broken.py': 'def x(:\n  pass\neval("2")\n',
    'cookie.py': '# -*- coding: no-such-codec -*-\nx = 1\n',
  });
  const out = scratch();
  const result = await run(['scan', root, '--output-dir', out]);
  const report = readReport(out);
  expect(result.code).toBe(1);
  expect(report.summary.audit_complete).toBe(false);
  expect(report.inventory.skipped_files.map((s) => s.path)).toEqual(['bin.py', 'cookie.py']);
  const rules = report.findings.map((f) => `${f.file}:${f.line}:${f.rule_id}`);
  expect(rules).toEqual(
    expect.arrayContaining([
      'broken.py:1:SCAN001',
      'broken.py:3:DEX001',
      'bin.py:1:SCAN001',
      'cookie.py:1:SCAN001',
    ]),
  );
});

test('the same tree gives byte-identical reports apart from the run block', async () => {
  const root = tree({
    'a.py': 'import os, requests\nrequests.get(os.environ["U"])\n',
    'b/c.py': 'import pickle\npickle.loads(b"")\n',
  });
  const first = scratch();
  const second = scratch();
  await run(['scan', root, '--output-dir', first]);
  await run(['scan', root, '--output-dir', second]);
  expect(readFileSync(path.join(second, 'manifest.json'), 'utf8')).toBe(
    readFileSync(path.join(first, 'manifest.json'), 'utf8'),
  );
  // SARIF's invocation times are its run block.
  const sarif = (dir: string): string =>
    readFileSync(path.join(dir, 'report.sarif'), 'utf8').replace(/"(start|end)TimeUtc": "[^"]*"/g, '');
  expect(sarif(second)).toBe(sarif(first));
  // report.md prints the run block as its one `| Run |` row.
  const md = (dir: string): string =>
    readFileSync(path.join(dir, 'report.md'), 'utf8').replace(/^\| Run \|.*$/m, '');
  expect(md(second)).toBe(md(first));
  const strip = (file: string): unknown => ({ ...JSON.parse(readFileSync(file, 'utf8')), run: null });
  expect(strip(path.join(second, 'report.json'))).toEqual(strip(path.join(first, 'report.json')));
});

test('rules lists every rule', async () => {
  const result = await run(['rules']);
  expect(result.code).toBe(0);
  for (const id of [
    'NET001',
    'NET002',
    'NET003',
    'PER001',
    'PER002',
    'PER003',
    'DEX001',
    'DEX002',
    'DEX003',
    'DES001',
    'PEX001',
    'PEX002',
    'PEX003',
    'OBF001',
    'SCAN001',
  ]) {
    expect(result.stdout).toContain(id);
  }
});
