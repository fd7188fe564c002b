// Covers src/egress/runtime-evidence.ts: one run gives the packet files and the EGR findings (no network used).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { planHarness } from '../../src/egress/run-harness.js';
import { collectRuntimeEgress } from '../../src/egress/runtime-evidence.js';
import type { Report } from '../../src/model/report.js';
import { python } from './python-interpreter.js';

const maybe = python === '' ? test.skip : test;
if (python === '') console.warn('SKIPPED runtime-evidence test: no python3 (3.8+)');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runtime-evidence-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

maybe(
  'an unwatched child becomes an EGR002 on its line and both files land in the output folder',
  async () => {
    writeFileSync(path.join(dir, 'main.py'), "import subprocess\n\nsubprocess.run(['true'])\n");
    const out = path.join(dir, 'audit');
    const runtime = await collectRuntimeEgress(
      planHarness({ target: dir, command: [python, 'main.py'] }),
      out,
    );
    expect(runtime.files).toEqual({
      log: path.join(out, 'egress_log.jsonl'),
      summary: path.join(out, 'runtime_egress.json'),
    });
    expect(
      runtime.findings.map((f) => [f.file, f.finding.ruleId, f.finding.line, f.finding.subject]),
    ).toEqual([['main.py', 'EGR002', 3, 'true']]);
    const forReport: Report['runtime_egress'] = runtime.summary;
    expect(JSON.parse(readFileSync(runtime.files.summary, 'utf8'))).toEqual(forReport);
    const ops = readFileSync(runtime.files.log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { op: string }).op);
    expect(ops).toEqual(['hook.start', 'subprocess.Popen']);
  },
);
