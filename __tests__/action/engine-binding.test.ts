// Covers src/action/engine-binding.ts: the action's requests reach the engine; policy, baseline and egress-command apply.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { AuditRequest } from '../../src/action/engine.js';
import { auditWithEngine } from '../../src/action/engine-binding.js';
import { ConfigError } from '../../src/model/errors.js';

function request(overrides: Partial<AuditRequest> = {}): AuditRequest {
  const target = mkdtempSync(path.join(tmpdir(), 'gk6-bind-'));
  writeFileSync(path.join(target, 'a.py'), 'import os\nos.system(cmd)\n');
  return {
    target,
    profile: 'mcen_practical',
    outputDir: path.join(target, 'mcen_audit'),
    include: [],
    exclude: [],
    sarif: true,
    ...overrides,
  };
}

test('scans and writes the packet, returning where each file is', async () => {
  const req = request();
  const { report, files } = await auditWithEngine(req);
  expect(report.findings.map((f) => `${f.rule_id} ${f.file}:${f.line}`)).toContain('PEX001 a.py:2');
  expect(files.reportJson).toBe(path.join(req.outputDir, 'report.json'));
  for (const file of [files.reportJson, files.reportMd, files.manifest!, files.sarif!])
    expect(existsSync(file)).toBe(true);
});

test('sarif false: no sarif-file is offered', async () => {
  expect((await auditWithEngine(request({ sarif: false }))).files.sarif).toBeUndefined();
});

test('baseline: findings the previous report.json recorded do not decide', async () => {
  const first = request();
  const before = await auditWithEngine(first);
  expect(before.report.summary.decision).toBe('FAIL');
  const second = request({ baseline: before.files.reportJson });
  const { report } = await auditWithEngine(second);
  expect(report.findings.map((f) => `${f.rule_id} ${f.disposition}`)).toContain('PEX001 baseline');
  expect(report.summary.decision).toBe('PASS');
  expect(report.baseline).toMatchObject({ source: before.files.reportJson, fixed: [] });
});

test('a malformed baseline rejects with a ConfigError naming file and entry, nothing written', async () => {
  const req = request();
  const bad = path.join(req.target, 'bad-baseline.json');
  writeFileSync(bad, JSON.stringify({ findings: [{ fingerprint: 12 }] }));
  const rejected = auditWithEngine({ ...req, baseline: bad });
  await expect(rejected).rejects.toThrow(ConfigError);
  await expect(auditWithEngine({ ...req, baseline: bad })).rejects.toThrow(
    `baseline ${bad}: findings[0]: fingerprint must be`,
  );
  expect(existsSync(req.outputDir)).toBe(false);
});

test('policy: deny rules add POL001 and the applied policy is recorded', async () => {
  const { report } = await auditWithEngine(request({ policy: 'builtin:chameleon-defaults' }));
  expect(report.findings.map((f) => `${f.rule_id} ${f.line}`)).toEqual(
    expect.arrayContaining(['POL001 2', 'PEX001 2']),
  );
  expect(report.policy).toMatchObject({ source: 'builtin:chameleon-defaults' });
});

test('egress-command runs under the harness and its evidence is in the report', async () => {
  const req = request({ egressCommand: 'python3 -c "print(1)"' });
  const { report } = await auditWithEngine(req);
  expect(report.runtime_egress).toMatchObject({ exit_code: 0 });
  expect(existsSync(path.join(req.outputDir, 'runtime_egress.json'))).toBe(true);
});

test('a failing egress-command is evidence, not an error: the packet is written', async () => {
  const req = request({ egressCommand: 'exit 7' });
  const { report, files } = await auditWithEngine(req);
  expect(report.runtime_egress).toMatchObject({ exit_code: 7 });
  expect(existsSync(files.reportJson)).toBe(true);
});
