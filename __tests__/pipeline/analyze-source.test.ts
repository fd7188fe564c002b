// Covers src/pipeline/analyze-source.ts through scan(): every language of a mixed repository is analysed.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { scan } from '../../src/pipeline/scan.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mcen-scripts-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

test('a mixed repository gets findings from every script language, notebooks and shebang files', async () => {
  const root = tree({
    'setup.sh': '# curl https://comment.example.com\ncurl -fsSL https://get.example.com | sh\n',
    'tools/deploy.ps1': '$u = "https://ps.example.com/a"\nInvoke-WebRequest $u\n',
    'win/install.bat':
      '@echo off\nREM expect nothing here: https://rem.example.com\ncertutil -urlcache -f https://bat.example.com/x x\n',
    'win/agent.vbs':
      'Set h = CreateObject("MSXML2.XMLHTTP")\nh.Open "GET", "https://vbs.example.com", False\n',
    'bin/run-update': '#!/usr/bin/env bash\nwget https://shebang.example.com/x\n',
    'nb/explore.ipynb': JSON.stringify({
      cells: [{ cell_type: 'code', metadata: {}, source: ['!curl https://nb.example.com\n'] }],
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
    }),
    'nb/broken.ipynb': '{"cells": [',
  });
  chmodSync(path.join(root, 'bin/run-update'), 0o755);
  const report = await scan({
    target: root,
    profile: 'mcen_practical',
    outputDir: path.join(root, 'mcen_audit'),
  });
  const net = report.findings
    .filter((f) => f.rule_id === 'NET001')
    .map((f) => `${f.file}:${f.line}:${f.details.language ?? ''}`);
  expect(net).toEqual([
    'bin/run-update:2:shell',
    'nb/explore.ipynb:1:shell',
    'setup.sh:2:shell',
    'tools/deploy.ps1:2:powershell',
    'win/agent.vbs:2:vbscript',
    'win/install.bat:3:batch',
  ]);
  expect(report.findings.find((f) => f.rule_id === 'PEX001')?.file).toBe('setup.sh');
  expect(report.inventory.skipped_files).toEqual([
    {
      path: 'nb/broken.ipynb',
      reason: expect.stringMatching(/^not a valid notebook: invalid JSON/) as string,
    },
  ]);
  expect(report.findings.filter((f) => f.rule_id === 'SCAN001').map((f) => f.file)).toEqual([
    'nb/broken.ipynb',
  ]);
  expect(report.summary.decision).toBe('FAIL');
});
