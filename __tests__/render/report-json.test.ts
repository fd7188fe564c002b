// Covers src/render/report-json.ts and docs/report.schema.json: key order, sorting, determinism, schema validity.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Ajv2020 } from 'ajv/dist/2020.js';

import type { Report } from '../../src/model/report.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { report } from './fixtures/report.js';

const schemaFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'report.schema.json',
);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('date-time', (s: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s),
  );
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

/** The same report with its lists reversed and every object's keys reversed: what a careless caller might build. */
function shuffled(r: Report): Report {
  const reverseKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverseKeys);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reverseKeys(v)]),
      );
    }
    return value;
  };
  const copy = reverseKeys(r) as Report;
  const { inventory } = copy;
  return {
    ...copy,
    findings: [...copy.findings].reverse(),
    inventory: {
      ...inventory,
      scanned_files: [...inventory.scanned_files].reverse(),
      skipped_files: [...inventory.skipped_files].reverse(),
      third_party_artifacts: [...inventory.third_party_artifacts].reverse(),
    },
  };
}

test('the rendered fixture is valid against docs/report.schema.json', () => {
  const validate = validator();
  const valid = validate(JSON.parse(renderReportJson(report)));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

test('a report without a baseline (null) is valid too', () => {
  const validate = validator();
  expect(validate(JSON.parse(renderReportJson({ ...report, baseline: null })))).toBe(true);
});

test.each([
  ['an unknown severity', (r: Report) => ({ ...r, findings: [{ ...r.findings[0]!, severity: 'critical' }] })],
  [
    'an unknown disposition',
    (r: Report) => ({ ...r, findings: [{ ...r.findings[0]!, disposition: 'ignored' }] }),
  ],
  ['an unknown decision', (r: Report) => ({ ...r, summary: { ...r.summary, decision: 'OK' } })],
  [
    'an unknown category total',
    (r: Report) => ({ ...r, summary: { ...r.summary, totals_by_category: { web: 1 } } }),
  ],
  ['a line 0', (r: Report) => ({ ...r, findings: [{ ...r.findings[0]!, line: 0 }] })],
  ['an extra top-level key', (r: Report) => ({ ...r, extra: true })],
  ['a report without the baseline key', ({ baseline: _dropped, ...rest }: Report) => rest],
  [
    'a fixed baseline entry without a fingerprint',
    (r: Report) => ({
      ...r,
      baseline: { ...r.baseline!, fixed: [{ rule_id: 'NET001', file: 'a.py', line: 1 }] },
    }),
  ],
])('the schema rejects %s', (_name, mutate) => {
  const validate = validator();
  expect(validate(mutate(JSON.parse(renderReportJson(report)) as Report))).toBe(false);
});

test('top-level and nested keys follow the order of the Report type', () => {
  const parsed = JSON.parse(renderReportJson(shuffled(report))) as Record<string, Record<string, unknown>>;
  expect(Object.keys(parsed)).toEqual([
    'tool',
    'run',
    'target',
    'shard',
    'summary',
    'findings',
    'inventory',
    'allowlist',
    'waivers',
    'policy',
    'baseline',
    'runtime_egress',
  ]);
  expect(Object.keys(parsed.summary!)).toEqual([
    'decision',
    'exit_code',
    'audit_complete',
    'totals_by_severity',
    'totals_by_category',
    'totals_by_disposition',
  ]);
  expect(Object.keys(parsed.summary!.totals_by_severity as object)).toEqual([
    'blocker',
    'high',
    'medium',
    'low',
    'info',
  ]);
  expect(Object.keys((parsed.findings as unknown as object[])[0]!)).toEqual([
    'rule_id',
    'title',
    'category',
    'severity',
    'confidence',
    'file',
    'line',
    'column',
    'end_line',
    'end_column',
    'evidence',
    'why_it_matters',
    'remediation',
    'fingerprint',
    'details',
    'disposition',
  ]);
});

test('findings sort by file, line, column and rule whatever order the caller gave', () => {
  const parsed = JSON.parse(renderReportJson(shuffled(report))) as Report;
  expect(parsed.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule_id}`)).toEqual([
    'build/gen.py:5:1 NET003',
    'data/big.py:1:1 SCAN001',
    'src/net/client.py:1:1 NET002',
    'src/net/client.py:3:1 NET001',
    'src/net/dyn.py:4:9 NET002',
    'src/obf.py:2:1 OBF001',
    'src/store.py:20:12 DES001',
    'src/tasks.py:10:1 PEX003',
    'src/tasks.py:15:5 PEX003',
    'src/we|ird`<b>name\n# x.py:7:5 DEX001',
  ]);
});

test('output is byte-identical whatever order arrays and objects were built in', () => {
  expect(renderReportJson(shuffled(report))).toBe(renderReportJson(report));
});

test('output has 2-space indent and one trailing newline', () => {
  const text = renderReportJson(report);
  expect(text.startsWith('{\n  "tool": {\n    "name"')).toBe(true);
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
});

test('runtime_egress is left out when the harness did not run', () => {
  const withoutRuntime: Report = { ...report };
  delete withoutRuntime.runtime_egress;
  expect(JSON.parse(renderReportJson(withoutRuntime))).not.toHaveProperty('runtime_egress');
});

test.each([
  [{ index: 2, count: 3, file_set_sha256: 'a'.repeat(64) }, true],
  [null, true],
  [{ index: 0, count: 3, file_set_sha256: 'a'.repeat(64) }, false],
  [{ index: 1, count: 3 }, false],
])('the shard block %j is valid against the schema: %s', (shard, valid) => {
  const validate = validator();
  const rendered = JSON.parse(renderReportJson({ ...report, shard } as Report)) as { shard: unknown };
  expect(rendered.shard).toEqual(shard);
  expect(validate(rendered)).toBe(valid);
});
