// Covers src/action/engine-binding.ts: the action's requests reach the engine's audit(); unsupported inputs are refused.
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

test.each([
  [{ policy: 'builtin:chameleon-defaults' }, 'policy'],
  [{ baseline: '/x/report.json' }, 'baseline'],
  [{ egressCommand: 'pytest' }, 'egress-command'],
])('%j is refused by name, nothing written', async (overrides, input) => {
  const req = request(overrides);
  await expect(auditWithEngine(req)).rejects.toThrow(
    new ConfigError(`input ${input}: not supported by this version of the action yet`),
  );
  expect(existsSync(req.outputDir)).toBe(false);
});
