// Covers inline waivers through src/pipeline/scan.ts and audit.ts: every language, both profiles, and the written packet.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import { audit } from '../../src/pipeline/audit.js';
import { scan } from '../../src/pipeline/scan.js';
import { tempDir, writeTree } from '../discover/tree.js';

const notebook = JSON.stringify(
  {
    cells: [
      {
        cell_type: 'code',
        metadata: {},
        source: [
          'import subprocess\n',
          '# mcen: allow PEX003 -- renders the docs locally\n',
          'subprocess.run(["sphinx-build"])\n',
        ],
      },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  },
  null,
  1,
);

const root = writeTree(tempDir(), {
  'build.py': [
    'import subprocess',
    '# mcen: allow PEX003 -- runs the pinned local formatter',
    'subprocess.run(["black", "."])',
    'subprocess.run(["isort", "."])  # mcen: allow PEX003 -- sorts imports, no network',
    'eval(code)  # mcen: allow DEX001 -- trusted',
    's = "# mcen: allow PEX003 -- in a string"',
    'subprocess.run(["flake8"])',
    '# mcen: allow NET002 -- nothing here',
    'x = 1',
    '# mcen: allow PEX003',
    'subprocess.run(["mypy"])',
    '',
  ].join('\n'),
  'fetch.sh':
    '#!/bin/sh\n# mcen: allow NET002 -- the internal mirror set by the pipeline\ncurl "$MIRROR_URL"\n',
  'fetch.ps1': '<# mcen: allow NET002 -- internal mirror #>\nInvoke-WebRequest -Uri $url\n',
  'fetch.bat': 'REM mcen: allow NET002 -- internal mirror\r\ncurl %URL%\r\n',
  'fetch.vbs':
    'Set h = CreateObject("MSXML2.XMLHTTP")\n\' mcen: allow NET002 -- internal mirror\nh.Open "GET", url, False\n',
  'docs.ipynb': notebook,
});

const outcome = (report: Report): string[] =>
  report.findings.map((f) =>
    [f.file, f.line, f.rule_id, f.disposition, f.justification ?? f.details.problem ?? ''].join(' '),
  );

const notebookLine = notebook.split('\n').findIndex((l) => l.includes('sphinx-build')) + 1;

test('mcen_practical waives review-level findings in every language and reports the waivers that honour nothing', async () => {
  const report = await scan({ target: root, profile: 'mcen_practical', outputDir: tempDir() });
  expect(outcome(report)).toEqual([
    'build.py 3 PEX003 waived runs the pinned local formatter',
    'build.py 4 PEX003 waived sorts imports, no network',
    'build.py 5 DEX001 active ',
    'build.py 5 WAV001 active DEX001 is never suppressible',
    'build.py 7 PEX003 active ',
    'build.py 8 WAV001 active stale: no NET002 finding in reach',
    'build.py 10 WAV001 active reason required: add " -- reason" after the rule ids',
    'build.py 11 PEX003 active ',
    `docs.ipynb ${notebookLine} PEX003 waived renders the docs locally`,
    'fetch.bat 2 NET002 waived internal mirror',
    'fetch.ps1 2 NET002 waived internal mirror',
    'fetch.sh 3 NET002 waived the internal mirror set by the pipeline',
    'fetch.vbs 3 NET002 waived internal mirror',
  ]);
  expect(report.waivers.map((w) => [w.location, w.covered.length, w.stale, w.not_honoured ?? null])).toEqual([
    ['build.py:2', 1, false, null],
    ['build.py:4', 1, false, null],
    ['build.py:5', 0, false, 'DEX001 is never suppressible'],
    ['build.py:8', 0, true, null],
    ['build.py:10', 0, false, 'reason required: add " -- reason" after the rule ids'],
    [`docs.ipynb:${notebookLine - 1} (cell 1, line 2)`, 1, false, null],
    ['fetch.bat:1', 1, false, null],
    ['fetch.ps1:1', 1, false, null],
    ['fetch.sh:2', 1, false, null],
    ['fetch.vbs:2', 1, false, null],
  ]);
  // WAV001 is low: the decision comes from the DEX001 blocker alone.
  expect(report.summary.decision).toBe('FAIL');
  expect(report.summary.totals_by_disposition.waived).toBe(7);
});

test('mcen_strict honours no waiver and reports only the ones that are wrong in themselves', async () => {
  const report = await scan({ target: root, profile: 'mcen_strict', outputDir: tempDir() });
  expect(report.findings.filter((f) => f.disposition !== 'active')).toEqual([]);
  expect(report.findings.filter((f) => f.rule_id === 'WAV001').map((f) => f.line)).toEqual([5, 10]);
  expect(report.waivers.filter((w) => w.stale)).toEqual([]);
  expect(
    report.waivers.filter((w) => w.not_honoured === 'mcen_strict honours no inline waivers'),
  ).toHaveLength(8);
});

test('a waived finding keeps its disposition, reason and waiver line in report.json, report.md and SARIF', async () => {
  const { files } = await audit({ target: root, profile: 'mcen_practical', outputDir: tempDir() });
  const json = JSON.parse(readFileSync(files.reportJson, 'utf8')) as Report;
  const waived = json.findings.find((f) => f.file === 'build.py' && f.line === 3)!;
  expect(waived).toMatchObject({
    disposition: 'waived',
    justification: 'runs the pinned local formatter',
    details: { waiver_line: 2 },
  });
  expect(json.waivers.find((w) => w.location === 'build.py:2')?.covered).toEqual([waived.fingerprint]);

  const md = readFileSync(files.reportMd, 'utf8');
  expect(md).toContain('  - Justification: runs the pinned local formatter');
  expect(md).toContain(
    '| `build.py:2` | PEX003 | runs the pinned local formatter | — | `PEX003 build.py:3` | applied |',
  );
  expect(md).toContain('| `build.py:8` | NET002 | nothing here | — | — | **stale**: matched nothing |');
  expect(md).toContain('**not honoured**: DEX001 is never suppressible');

  const sarif = JSON.parse(readFileSync(files.sarif, 'utf8')) as {
    runs: { results: { partialFingerprints: Record<string, string>; suppressions?: unknown[] }[] }[];
  };
  const result = sarif.runs[0]!.results.find((r) =>
    Object.values(r.partialFingerprints).includes(waived.fingerprint),
  );
  expect(result?.suppressions).toEqual([
    {
      kind: 'inSource',
      status: 'accepted',
      justification: 'runs the pinned local formatter',
      location: {
        physicalLocation: {
          artifactLocation: { uri: 'build.py', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2 },
        },
      },
    },
  ]);
  expect(path.basename(files.sarif)).toBe('report.sarif');
});

test('waivers in an excluded file are not applied', async () => {
  const report = await scan({
    target: root,
    profile: 'mcen_practical',
    outputDir: tempDir(),
    exclude: ['build.py'],
  });
  expect(report.waivers.map((w) => w.location).filter((l) => l.startsWith('build.py'))).toEqual([]);
  expect(
    report.findings.filter((f) => f.file === 'build.py').map((f) => `${f.rule_id}:${f.disposition}`),
  ).toEqual(['DEX001:excluded']);
});
