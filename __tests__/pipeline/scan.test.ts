// Covers src/pipeline/scan.ts: the pipeline end to end on small trees, and catalogs as data.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { scan } from '../../src/pipeline/scan.js';

const repoRules = path.resolve(import.meta.dirname, '../../rules');
const extraCatalog = path.resolve(
  import.meta.dirname,
  '../match/fixtures/rulepack-extra/catalogs/network-acme.yaml',
);

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mcen-scan-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const outputDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'mcen-out-'));

test('adding an API to a catalog needs no TypeScript change: the new entry finds calls', async () => {
  const pack = mkdtempSync(path.join(os.tmpdir(), 'mcen-pack-'));
  cpSync(repoRules, pack, { recursive: true });
  cpSync(extraCatalog, path.join(pack, 'catalogs', 'network-acme.yaml'));
  const root = tree({
    'telemetry.py':
      'from acme import telemetry as t\nt.send("https://collector.acme.example/v1")\nt.send("http://127.0.0.1:9/")\n',
  });
  const withEntry = await scan({
    target: root,
    profile: 'mcen_practical',
    outputDir: outputDir(),
    rulepackDir: pack,
  });
  expect(withEntry.findings.map((f) => `${f.rule_id}:${f.line}:${f.details.destination ?? ''}`)).toEqual([
    'NET001:2:https://collector.acme.example/v1',
  ]);
  const shipped = await scan({ target: root, profile: 'mcen_practical', outputDir: outputDir() });
  expect(shipped.findings.filter((f) => f.rule_id === 'NET001')).toEqual([]);
});

test('the report carries inventory, hashes and the decision', async () => {
  const root = tree({
    'app/main.py': 'import pickle\npickle.loads(b"x")\n',
    'tool.ps1': 'Write-Host hi\n',
    'lib.whl': 'PK',
  });
  const report = await scan({ target: root, profile: 'mcen_practical', outputDir: outputDir() });
  expect(report.summary.decision).toBe('FAIL');
  expect(report.summary.exit_code).toBe(1);
  expect(report.inventory.scanned_files.map((f) => [f.path, f.language, f.sha256.length])).toEqual([
    ['app/main.py', 'python', 64],
    ['tool.ps1', 'powershell', 64],
  ]);
  expect(report.inventory.third_party_artifacts.map((a) => a.path)).toEqual(['lib.whl']);
  expect(report.findings[0]).toMatchObject({
    rule_id: 'DES001',
    file: 'app/main.py',
    line: 2,
    severity: 'blocker',
    disposition: 'active',
  });
  expect(report.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32,64}$/);
});

test('fingerprints survive unrelated edits above the finding', async () => {
  const before = await scan({
    target: tree({ 'a.py': 'import os\nos.system("curl http://x.example")\n' }),
    profile: 'mcen_practical',
    outputDir: outputDir(),
  });
  const after = await scan({
    target: tree({ 'a.py': '"""Docs."""\nimport os\n\n\nX = 1\nos.system("curl http://x.example")\n' }),
    profile: 'mcen_practical',
    outputDir: outputDir(),
  });
  const prints = (findings: typeof before.findings): string[] =>
    findings.map((f) => `${f.rule_id}:${f.fingerprint}`).sort();
  expect(prints(after.findings)).toEqual(prints(before.findings));
  expect(after.findings[0]!.line).toBe(6);
});
