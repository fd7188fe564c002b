// Covers src/review/baseline/load.ts: report.json, baseline files and SARIF read by content; every malformed case is exit 3 naming file and entry.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { ConfigError } from '../../../src/model/errors.js';
import type { Report } from '../../../src/model/report.js';
import { renderBaselineFile } from '../../../src/render/baseline-file.js';
import { renderReportJson } from '../../../src/render/report-json.js';
import { renderSarif } from '../../../src/render/sarif.js';
import { baselineEntries, loadBaseline } from '../../../src/review/baseline/load.js';
import { FINGERPRINT_KEY } from '../../../src/review/fingerprint.js';
import { tempDir } from '../../discover/tree.js';
import { HOSTILE, report, rules } from '../../render/fixtures/report.js';

/** Writes `content` to a fresh file with the given name and returns its path. */
function file(content: string | Uint8Array, name = 'baseline.txt'): string {
  const target = path.join(tempDir(), name);
  writeFileSync(target, content);
  return target;
}

/** The fixture's findings as a baseline records them, in report order. */
const recorded = (JSON.parse(renderReportJson(report)) as Report).findings.map((f) => ({
  fingerprint: f.fingerprint,
  rule_id: f.rule_id,
  file: f.file,
  line: f.line,
}));

describe('accepted formats, told apart by content', () => {
  test.each([
    ['a report.json', renderReportJson(report), 'report.json'],
    ['a report.json named .sarif', renderReportJson(report), 'old.sarif'],
    ['a baseline file from `baseline create`', renderBaselineFile(report), '.mcen-baseline.json'],
    ['our report.sarif (hostile path percent-decoded)', renderSarif(report, rules), 'report.sarif'],
    ['our report.sarif named .json', renderSarif(report, rules), 'report.json'],
    ['a report.json with a byte-order mark', `\uFEFF${renderReportJson(report)}`, 'bom.json'],
  ])('%s', (_name, content, name) => {
    const source = file(content, name);
    const baseline = loadBaseline(source);
    expect(baseline.source).toBe(source);
    expect(baseline.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(baseline.entries).toEqual(recorded);
  });

  test('every finding counts, whatever its disposition was', () => {
    const dispositions = new Set(report.findings.map((f) => f.disposition));
    expect(dispositions.size).toBeGreaterThan(3);
    expect(baselineEntries(JSON.parse(renderReportJson(report)), 'r.json')).toHaveLength(
      report.findings.length,
    );
  });

  test('an empty findings list is an empty baseline', () => {
    expect(baselineEntries({ findings: [] }, 'b.json')).toEqual([]);
  });

  test('the hash is of the bytes as read', () => {
    const a = loadBaseline(file(renderBaselineFile(report)));
    const b = loadBaseline(file(`${renderBaselineFile(report)}\n`));
    expect(a.entries).toEqual(b.entries);
    expect(a.sha256).not.toBe(b.sha256);
  });
});

const FP = 'a'.repeat(32);
const entry = { fingerprint: FP, rule_id: 'NET001', file: 'a.py', line: 3 };
const result = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ruleId: 'NET001',
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: 'src/a%20b.py', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4 },
      },
    },
  ],
  partialFingerprints: { [FINGERPRINT_KEY]: FP },
  ...overrides,
});
const sarif = (results: unknown, extra: Record<string, unknown> = {}): unknown => ({
  version: '2.1.0',
  runs: [{ results: [result(), ...(results as unknown[])] }],
  ...extra,
});

test('a SARIF result gives its decoded path and start line', () => {
  expect(baselineEntries(sarif([]), 'r.sarif')).toEqual([
    { fingerprint: FP, rule_id: 'NET001', file: 'src/a b.py', line: 4 },
  ]);
});

describe('malformed baselines: ConfigError naming the file and the entry', () => {
  test.each<[string, unknown, string]>([
    ['a JSON array', [entry], 'top level: not a report.json, baseline or SARIF file'],
    ['an object without findings or runs', { entries: [entry] }, 'top level: not a report.json'],
    ['findings that is not an array', { findings: { 0: entry } }, 'top level: not a report.json'],
    ['a finding that is not an object', { findings: [entry, 'x'] }, 'findings[1]: must be an object'],
    [
      'a finding without a fingerprint',
      { findings: [entry, { ...entry, fingerprint: undefined }] },
      'findings[1]: has no fingerprint',
    ],
    [
      'a numeric fingerprint',
      { findings: [{ ...entry, fingerprint: 12 }] },
      'findings[0]: fingerprint must be a string of 16 to 64 lowercase hex digits',
    ],
    [
      'a fingerprint of free text',
      { findings: [{ ...entry, fingerprint: `${FP}\n::error::x` }] },
      'findings[0]: fingerprint must be',
    ],
    [
      'a short fingerprint',
      { findings: [{ ...entry, fingerprint: 'abc' }] },
      'findings[0]: fingerprint must be',
    ],
    [
      'a missing rule id',
      { findings: [{ ...entry, rule_id: undefined }] },
      'findings[0]: rule id must be a string like "NET001"',
    ],
    ['a lower-case rule id', { findings: [{ ...entry, rule_id: 'net001' }] }, 'findings[0]: rule id must be'],
    [
      'a finding with an empty path',
      { findings: [{ ...entry, file: '' }] },
      'findings[0]: file must be a non-empty string',
    ],
    ['a line 0', { findings: [{ ...entry, line: 0 }] }, 'findings[0]: line must be a whole number from 1'],
    ['a fractional line', { findings: [{ ...entry, line: 2.5 }] }, 'findings[0]: line must be'],
    ['a line as text', { findings: [{ ...entry, line: '3' }] }, 'findings[0]: line must be'],
    [
      'SARIF of another version',
      sarif([], { version: '2.0.0' }),
      'version: a SARIF baseline must be version "2.1.0"',
    ],
    ['a SARIF run that is not an object', { version: '2.1.0', runs: [null] }, 'runs[0]: must be an object'],
    ['a SARIF run without results', { version: '2.1.0', runs: [{}] }, 'runs[0].results: must be an array'],
    ['a result that is not an object', sarif([3]), 'runs[0].results[1]: must be an object'],
    [
      'a result of another tool',
      sarif([result({ partialFingerprints: { primaryLocationLineHash: 'x' } })]),
      `runs[0].results[1]: has no partialFingerprints "${FINGERPRINT_KEY}" (not a GateKeeper6 result)`,
    ],
    [
      'a result with a bad fingerprint',
      sarif([result({ partialFingerprints: { [FINGERPRINT_KEY]: 'zz' } })]),
      'runs[0].results[1]: fingerprint must be',
    ],
    [
      'a result without a rule id',
      sarif([result({ ruleId: undefined })]),
      'runs[0].results[1]: rule id must be',
    ],
    [
      'a result without locations',
      sarif([result({ locations: [] })]),
      'runs[0].results[1]: needs locations[0].physicalLocation',
    ],
    [
      'a result with an undecodable uri',
      sarif([
        result({
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'a%E0%A4%A.py' }, region: { startLine: 1 } } },
          ],
        }),
      ]),
      'runs[0].results[1]: artifactLocation uri is not a valid URI reference',
    ],
    [
      'a result without a start line',
      sarif([
        result({ locations: [{ physicalLocation: { artifactLocation: { uri: 'a.py' }, region: {} } }] }),
      ]),
      'runs[0].results[1]: line must be',
    ],
  ])('%s', (_name, data, problem) => {
    const source = file(JSON.stringify(data));
    let thrown: unknown;
    try {
      loadBaseline(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const expected = `baseline ${source}: ${problem}`;
    expect((thrown as ConfigError).message.slice(0, expected.length)).toBe(expected);
  });

  test.each([
    ['invalid JSON', '{"findings": [', 'invalid JSON'],
    ['an empty file', '', 'invalid JSON'],
  ])('%s', (_name, content, problem) => {
    const source = file(content);
    expect(() => loadBaseline(source)).toThrow(ConfigError);
    expect(() => loadBaseline(source)).toThrow(`baseline ${source}: ${problem}`);
  });

  test('an unreadable file', () => {
    const missing = path.join(tempDir(), 'missing.json');
    expect(() => loadBaseline(missing)).toThrow(new ConfigError(`baseline ${missing}: cannot read: ENOENT`));
  });

  test('hostile text in an entry does not leak into the message', () => {
    const source = file(JSON.stringify({ findings: [{ ...entry, fingerprint: HOSTILE }] }));
    expect(() => loadBaseline(source)).toThrow(ConfigError);
    try {
      loadBaseline(source);
    } catch (error) {
      expect((error as Error).message).not.toContain('::error::');
    }
  });
});

/** Every path to a value inside `value` (object keys and array indexes). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

/** A deep copy of `doc` with the value at `at` replaced (or removed when `by` is undefined). */
function mutate(doc: unknown, at: (string | number)[], by: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (at.length === 0) return by;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (by === undefined) delete parent[last];
  else parent[last] = by;
  return copy;
}

/** The loader's promise: a list of entries or a ConfigError, never another error. */
function acceptsOrRefuses(data: unknown): boolean {
  try {
    return Array.isArray(baselineEntries(data, 'b.json'));
  } catch (error) {
    return error instanceof ConfigError;
  }
}

describe('property: the loader accepts or throws ConfigError, nothing else', () => {
  const valid = [
    JSON.parse(renderReportJson(report)) as unknown,
    JSON.parse(renderBaselineFile(report)) as unknown,
    JSON.parse(renderSarif(report, rules)) as unknown,
  ];

  test('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => acceptsOrRefuses(data)),
      { numRuns: 500 },
    );
  });

  test('on valid baselines with one value replaced or removed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.nat(),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        (doc, pick, by) => {
          const paths = pathsOf(doc);
          return acceptsOrRefuses(mutate(doc, paths[pick % paths.length]!, by));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('on arbitrary bytes in the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          loadBaseline(file(bytes));
          return true;
        } catch (error) {
          return error instanceof ConfigError;
        }
      }),
      { numRuns: 50 },
    );
  });
});
