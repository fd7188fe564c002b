// Covers src/render/sarif.ts: GitHub's SARIF subset, level/severity mapping, suppressions, and validation by
// the SARIF 2.1.0 schema and `sarif validate --rule-kind Sarif;Ghas` when @microsoft/sarif-multitool is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';

import type { Finding, Severity } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import type { SarifRule } from '../../src/render/sarif.js';
import { pathToUri, renderSarif, SARIF_LEVEL, SECURITY_SEVERITY } from '../../src/render/sarif.js';
import { HOSTILE, report, rules } from './fixtures/report.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: Record<string, number>;
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; semanticVersion: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    originalUriBaseIds?: Record<string, { uri: string }>;
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    }[];
    results: SarifResult[];
  }[];
}

function sarifOf(r: Report = report): SarifLog {
  return JSON.parse(renderSarif(r, rules)) as SarifLog;
}

const run = sarifOf().runs[0]!;

function resultFor(fingerprint: string): SarifResult {
  return run.results.find((r) => r.partialFingerprints['mcenFingerprint/v1'] === fingerprint)!;
}

test.each<[Severity, string, string, string]>([
  ['blocker', 'error', '9.5', 'critical'],
  ['high', 'error', '8.0', 'high'],
  ['medium', 'warning', '5.5', 'medium'],
  ['low', 'note', '3.0', 'low'],
  ['info', 'note', '1.0', 'low'],
])('%s maps to level %s and security-severity %s (GitHub label %s)', (severity, level, score, label) => {
  expect(SARIF_LEVEL[severity]).toBe(level);
  expect(SECURITY_SEVERITY[severity]).toBe(score);
  // GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
  const n = Number(score);
  const band = n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : n > 0 ? 'low' : 'none';
  expect(band).toBe(label);
});

test('a result takes its level from the finding severity and points at its rule', () => {
  const info = resultFor('1111222233334444');
  expect(info.level).toBe('note');
  for (const result of run.results) {
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  }
});

test('the log carries what GitHub code scanning requires', () => {
  const log = sarifOf();
  expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  expect(run.tool.driver.name).toBe('GateKeeper6');
  expect(run.tool.driver.semanticVersion).toBe('0.1.0');
  expect(run.automationDetails.id).toBe('gatekeeper6/mcen_practical/');
  expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/runner/work/app/' } });
  expect(run.results).toHaveLength(report.findings.length);
  for (const result of run.results) {
    expect(result.message.text.length).toBeGreaterThan(0);
    expect(result.locations).toHaveLength(1);
    const { artifactLocation, region } = result.locations[0]!.physicalLocation;
    expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
    expect(() => new URL(artifactLocation.uri, 'file:///root/')).not.toThrow();
    expect(region.startLine).toBeGreaterThanOrEqual(1);
  }
});

test('every rule has the descriptions, help, tags and scores GitHub reads', () => {
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(ids).toEqual(['DES001', 'DEX001', 'NET001', 'NET002', 'NET003', 'PEX003', 'SCAN001', 'OBF001']);
  for (const rule of run.tool.driver.rules) {
    expect(rule.shortDescription.text).not.toBe('');
    expect(rule.fullDescription.text).not.toBe('');
    expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.help.text).not.toBe('');
    expect(rule.name.length).toBeLessThanOrEqual(255);
    expect(rule.properties.tags.length).toBeLessThanOrEqual(10);
    expect(rule.properties.tags[0]).toBe('security');
    expect(Number.isFinite(Number(rule.properties['security-severity']))).toBe(true);
  }
});

test('a rule is described from its metadata: title, what + why, all docs sections, CWE tags, precision', () => {
  const net001 = run.tool.driver.rules.find((r) => r.id === 'NET001')!;
  expect(net001.name).toBe('NetworkConnectionToANonLoopbackDestination');
  expect(net001.shortDescription.text).toBe('Network connection to a non-loopback destination');
  expect(net001.fullDescription.text).toBe(
    'What NET001 detects, wrapped over two lines. Why NET001 matters.',
  );
  expect(net001.properties).toEqual({
    tags: ['security', 'network', 'external/cwe/cwe-923', 'external/cwe/cwe-200'],
    precision: 'high',
    'security-severity': '9.5',
  });
  expect(net001.defaultConfiguration.level).toBe('error');
  for (const part of [
    '## What it detects',
    '## Why it matters',
    'flagged_net001()',
    'safe_net001()',
    '## How to fix',
    'https://example.org/NET001',
  ]) {
    expect(net001.help.markdown).toContain(part);
  }
  const pex003 = run.tool.driver.rules.find((r) => r.id === 'PEX003')!;
  expect(pex003.properties.precision).toBe('low');
  expect(pex003.properties.tags).toHaveLength(10);
  expect(pex003.properties.tags.slice(0, 5)).toEqual([
    'security',
    'process_exec',
    'external/cwe/cwe-78',
    'T1059',
    'external/cwe/cwe-1',
  ]);
});

test('a code fence in rule docs cannot be closed by the example inside it', () => {
  const dex001 = run.tool.driver.rules.find((r) => r.id === 'DEX001')!;
  expect(dex001.help.markdown).toContain('````\neval(user_text)\nx = ```\n````');
});

test('the severity of a rule follows the profile', () => {
  const strict = sarifOf({ ...report, tool: { ...report.tool, profile: 'mcen_strict' } }).runs[0]!;
  const pex003 = strict.tool.driver.rules.find((r) => r.id === 'PEX003')!;
  expect(pex003.properties['security-severity']).toBe('9.5');
  expect(strict.automationDetails.id).toBe('gatekeeper6/mcen_strict/');
});

test.each<[string, string, string | undefined, string]>([
  ['eeee2222eeee2222', 'allowlisted', 'external', 'operator feedback only | approved'],
  [
    'eeee1111eeee1111',
    'waived',
    'inSource',
    'needed for [build](http://evil.example) *now* <img src=x onerror=alert(1)>',
  ],
  ['5555666677778888', 'allowed_by_policy', 'external', 'Internal API client reviewed by the ISSO'],
  ['9999aaaabbbbcccc', 'baseline', 'external', 'present in the baseline'],
  ['3333000033330000', 'excluded', 'external', 'in a file excluded from the scan'],
])(
  'finding %s (%s) is suppressed with kind %s and its justification',
  (fingerprint, _disposition, kind, justification) => {
    const [suppression] = resultFor(fingerprint).suppressions as Record<string, unknown>[];
    expect(suppression).toMatchObject({ kind, status: 'accepted', justification });
  },
);

test('a waived finding names the waiver comment as its suppression location; others name none', () => {
  const suppressions = (fingerprint: string) =>
    resultFor(fingerprint).suppressions as { location?: Record<string, unknown> }[];
  expect(suppressions('eeee1111eeee1111')[0]!.location).toEqual({
    physicalLocation: {
      artifactLocation: { uri: 'src/tasks.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14 },
    },
  });
  expect(suppressions('eeee2222eeee2222')[0]!.location).toBeUndefined();
});

test('active findings carry no suppression', () => {
  expect(resultFor('0a1b2c3d4e5f6071').suppressions).toBeUndefined();
});

test('repository text reaches SARIF as plain text: hidden characters shown, brackets escaped, one line', () => {
  const dex = resultFor('dddd0000dddd0000');
  expect(dex.message.text).toBe(
    'Builtin eval, exec or compile: eval("a|b`c<script>::error::\\u001B\\[31m # x")',
  );
  expect(dex.message.text).not.toContain('\u001b');
  expect(dex.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
    'src/we%7Cird%60%3Cb%3Ename%0A%23%20x.py',
  );
  expect(dex.locations[0]!.physicalLocation.region).toEqual({
    startLine: 7,
    startColumn: 5,
    endLine: 8,
    endColumn: 3,
  });
  const notes = run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text);
  expect(notes).toEqual([
    'File not analysed: binary content',
    'File not analysed: larger than 2 MB (3.1 MB)',
  ]);
  expect(HOSTILE).toContain('\u001b');
});

test('the message names the destination, its provenance and the command when known', () => {
  expect(resultFor('5555666677778888').message.text).toBe(
    "Network call to a dynamic destination: requests.get(url) (destination unknown; from environment variable API_URL, default 'http://localhost:9000')",
  );
  expect(resultFor('eeee2222eeee2222').message.text).toBe(
    'Process execution: subprocess.run(\\["echo", "hi"\\]) (command echo hi)',
  );
});

test('a message without evidence is the title alone, and a runaway one is clipped', () => {
  const bare: Finding = { ...report.findings[0]!, evidence: '', details: {} };
  const long: Finding = { ...report.findings[0]!, evidence: 'y'.repeat(5000), fingerprint: 'long' };
  const [first, second] = sarifOf({ ...report, findings: [bare, long] }).runs[0]!.results;
  expect(first!.message.text).toBe('Obfuscated code or hidden characters');
  expect(second!.message.text).toHaveLength(2000);
  expect(second!.message.text.endsWith('…')).toBe(true);
});

test('a region never starts before line 1 and an empty end is left out', () => {
  const odd: Finding = {
    ...report.findings[0]!,
    line: 0,
    column: 0,
    end_line: 0,
    end_column: 0,
    fingerprint: 'odd',
  };
  const result = sarifOf({ ...report, findings: [odd] }).runs[0]!.results[0]!;
  expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1 });
});

test('over the result limit the most severe findings are kept, in report order, and the rest counted', () => {
  const capped = JSON.parse(renderSarif(report, rules, { maxResults: 3 })) as SarifLog;
  const kept = capped.runs[0]!.results.map(
    (r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}`,
  );
  expect(kept).toEqual(['NET003 build/gen.py', 'NET001 src/net/client.py', 'DES001 src/store.py']);
  const notes = capped.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text);
  expect(notes).toContain('7 less severe findings left out; all are in report.json');
  expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text).join()).not.toContain(
    'left out',
  );
});

test('a relative root path gives no base URI instead of a wrong one', () => {
  const relative = sarifOf({ ...report, target: { ...report.target, root_path: 'app' } }).runs[0]!;
  expect(relative.originalUriBaseIds).toBeUndefined();
});

/**
 * The multitool (a .NET program shipped in npm packages) is a devDependency;
 * `SARIF_MULTITOOL_DIR` may point at another unpacked `@microsoft/sarif-multitool-<platform>`.
 */
function multitoolDir(): string | undefined {
  const fromEnv = process.env.SARIF_MULTITOOL_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  try {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
  } catch {
    return undefined;
  }
}

const toolDir = multitoolDir();

// The multitool is a devDependency, so these checks always run: a missing tool fails them.
describe('with @microsoft/sarif-multitool', () => {
  const dir = toolDir ?? '';

  test('the multitool is installed', () => {
    expect(existsSync(path.join(dir, 'sarif-2.1.0.json'))).toBe(true);
  });

  test('the SARIF is valid against the SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(dir, 'sarif-2.1.0.json'), 'utf8')) as object,
    );
    const valid = validate(sarifOf());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const broken = sarifOf();
    (broken.runs[0]!.results[0] as unknown as Record<string, unknown>).level = 'critical';
    expect(validate(broken)).toBe(false);
  });

  test('sarif validate --rule-kind Sarif;Ghas reports no error', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'sarif-validate-'));
    try {
      const file = path.join(work, 'report.sarif');
      writeFileSync(file, renderSarif(report, rules));
      const out = spawnSync(
        path.join(dir, 'Sarif.Multitool'),
        ['validate', file, '--rule-kind', 'Sarif;Ghas'],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(out.error).toBeUndefined();
      expect(out.stdout).toContain('Analysis completed successfully');
      expect(out.stdout.split('\n').filter((line) => / error [A-Z]+\d+:/.test(line))).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

test('crash fixed: a path with a lone surrogate (a report.json can spell one) is encoded, not a URIError', () => {
  expect(pathToUri('d\ud800/a\udc00.py')).toBe('d%EF%BF%BD/a%EF%BF%BD.py');
});
