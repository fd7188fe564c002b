// Covers src/render/report-md.ts: SPEC 8 sections, decisions, size bounds, and that hostile repository text adds no structure.
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { report, rules } from './fixtures/report.js';

const md = renderReportMarkdown(report, rules);

const passReport: Report = {
  ...report,
  summary: {
    decision: 'PASS',
    exit_code: 0,
    audit_complete: true,
    totals_by_severity: { blocker: 0, high: 0, medium: 0, low: 0, info: 0 },
    totals_by_category: {},
    totals_by_disposition: {
      active: 0,
      allowlisted: 0,
      waived: 0,
      allowed_by_policy: 0,
      baseline: 0,
      excluded: 0,
    },
  },
  findings: [],
  inventory: { ...report.inventory, skipped_files: [], third_party_artifacts: [] },
  allowlist: { source: null, entries: [] },
  waivers: [],
  policy: null,
  runtime_egress: undefined,
};

const HEADINGS = [
  /^# GateKeeper6 audit report$/,
  /^## (BLUF \(Leadership\)|Technical Assessment)$/,
  /^### (Scope and context|What was checked and why|Network assurance evidence|How to read the decision|Limitations|Totals|Findings|Review ledger \(allowlist and waivers\)|Baseline|Policy applied|Inventory|Skipped files)$/,
  /^#### (Blocker|High|Medium|Low|Info) \(\d+\)$/,
  /^##### [A-Z][a-z ]+ \(\d+\)$/,
];

test('sections come in SPEC 8 order: BLUF first, then the technical assessment', () => {
  const headings = md.split('\n').filter((line) => /^##?#? /.test(line));
  expect(headings).toEqual([
    '# GateKeeper6 audit report',
    '## BLUF (Leadership)',
    '## Technical Assessment',
    '### Scope and context',
    '### What was checked and why',
    '### Network assurance evidence',
    '### How to read the decision',
    '### Limitations',
    '### Totals',
    '### Findings',
    '### Review ledger (allowlist and waivers)',
    '### Baseline',
    '### Policy applied',
    '### Inventory',
    '### Skipped files',
  ]);
});

test('the BLUF states the decision, its meaning, the counts, completeness and the top issues', () => {
  const bluf = md.slice(md.indexOf('## BLUF'), md.indexOf('## Technical Assessment'));
  expect(bluf).toContain('**Decision: FAIL** (exit code 1): behaviour this profile does not allow');
  expect(bluf).toContain('Active findings (these decide): 2 blocker, 2 high, 0 medium, 0 low, 1 info.');
  expect(bluf).toContain(
    'not gating: 1 allowlisted, 1 waived, 1 allowed by policy, 1 in baseline, 1 excluded.',
  );
  expect(bluf).toContain('Audit completeness: **INCOMPLETE**. 2 files could not be analysed');
  const top = bluf.split('\n').filter((line) => line.startsWith('  - '));
  expect(top.map((line) => /\*\*(\w+)\*\*/.exec(line)![1])).toEqual([
    'NET001',
    'DEX001',
    'SCAN001',
    'OBF001',
    'NET002',
  ]);
});

test.each<[Report['summary']['decision'], string]>([
  ['PASS', 'no active blocker or high finding'],
  ['CONDITIONAL_PASS', 'active high findings need a reviewer’s decision'],
])('a %s report explains what it means', (decision, meaning) => {
  const out = renderReportMarkdown({ ...passReport, summary: { ...passReport.summary, decision } }, rules);
  expect(out).toContain(`**Decision: ${decision}**`);
  expect(out).toContain(meaning);
});

test('a clean report says the audit is complete, nothing is active and the harness did not run', () => {
  const out = renderReportMarkdown(passReport, rules);
  expect(out).toContain(
    'Audit completeness: complete. Every file that should have been analysed was analysed (8 files).',
  );
  expect(out).toContain('Top issues: none active.');
  expect(out).toContain('No active network finding');
  expect(out).toContain('the egress harness was not run');
  expect(out).toContain('No findings.');
  expect(out).toContain('Allowlist: none given.');
  expect(out).toContain('No security policy was given');
  expect(out).toContain('None: every file that should have been analysed was analysed.');
  expect(out).not.toContain('INCOMPLETE');
});

test('runtime egress evidence is shown when the harness ran', () => {
  expect(md).toContain('**Runtime evidence** (egress harness');
  expect(md).toContain('| command | `python3 app.py --serve` |');
  expect(md).toContain('| counts | `{"allowed":2,"blocked":1}` |');
});

test('findings of the runtime harness are counted as runtime evidence, not static', () => {
  const blocked: Finding = {
    ...report.findings[0]!,
    rule_id: 'EGR001',
    category: 'network',
    severity: 'blocker',
    fingerprint: 'egr',
  };
  const out = renderReportMarkdown({ ...report, findings: [...report.findings, blocked] }, rules);
  const section = out.slice(out.indexOf('### Network assurance'), out.indexOf('### How to read'));
  const staticPart = section.slice(0, section.indexOf('**Runtime evidence**'));
  expect(staticPart).not.toContain('EGR001');
  expect(section).toContain('Findings the harness raised: EGR001 1 (see Findings).');
  expect(md).toContain('The harness raised no finding.');
});

test('one line per rule says what was checked and why', () => {
  const section = md.slice(md.indexOf('### What was checked'), md.indexOf('### Network assurance'));
  const lines = section.split('\n').filter((line) => line.startsWith('- **'));
  expect(lines).toHaveLength(rules.size);
  expect(lines).toContain(
    '- **NET002** Network call to a dynamic destination (network; high; import only: info): Why NET002 matters.',
  );
});

test('findings are grouped by severity, then category, with disposition and justification', () => {
  const findings = md.slice(md.indexOf('### Findings'), md.indexOf('### Review ledger'));
  const groups = findings.split('\n').filter((line) => line.startsWith('####'));
  expect(groups).toEqual([
    '#### Blocker (4)',
    '##### Network (2)',
    '##### Dynamic code execution (1)',
    '##### Deserialization (1)',
    '#### High (5)',
    '##### Network (1)',
    '##### Process execution (2)',
    '##### Obfuscation (1)',
    '##### Audit coverage and other (1)',
    '#### Info (1)',
    '##### Network (1)',
  ]);
  expect(findings).toContain('  - Disposition: waived; confidence high; fingerprint `eeee1111eeee1111`');
  expect(findings).toContain(
    '  - Justification: needed for \\[build\\](http://evil.example) \\*now\\* \\<img src=x onerror=alert(1)\\>',
  );
});

test('the ledger lists every allowlist entry and waiver with what it covered, and flags stale ones', () => {
  expect(md).toContain(
    '| `allow.json#entries[0]` | PEX003 | operator feedback only \\| approved | isso@example.mil, 2026-01-01 | `PEX003 src/tasks.py:10` | applied |',
  );
  expect(md).toContain(
    '| `allow.json#entries[1]` | PEX003 | old build step | — | — | **stale**: matched nothing |',
  );
  expect(md).toContain('2 stale entries matched nothing');
});

test('the baseline section gives its source, counts and the fixed list in order; without one it says so', () => {
  const section = md.slice(md.indexOf('### Baseline'), md.indexOf('### Policy applied'));
  expect(section).toContain('| Source | `.mcen-baseline.json` |');
  expect(section).toContain('| Findings still present (matched, not deciding) | 1 |');
  expect(section).toContain('| New findings (not in the baseline) | 9 (5 active) |');
  const fixed = section.split('\n').filter((line) => /^\| (NET|DEX)001/.test(line));
  expect(fixed).toEqual([
    '| NET001 | `src/old/net.py:12` | `7777888899990000` |',
    '| DEX001 | ``src/we\\|ird`<b>name⏎# x.py:9`` | `1111222233335555` |',
  ]);
  const none = renderReportMarkdown({ ...report, baseline: null }, rules);
  expect(none).toContain('No baseline was given: every finding is new and can decide.');
});

test('the fixed list is bounded like the other tables', () => {
  const fixed = Array.from({ length: 4 }, (_, i) => ({
    fingerprint: `${i}`.repeat(16),
    rule_id: 'NET001',
    file: `f${i}.py`,
    line: 1,
  }));
  const bounded = renderReportMarkdown({ ...report, baseline: { ...report.baseline!, fixed } }, rules, {
    maxTableRows: 2,
  });
  expect(bounded).toContain('| … and 2 more in report.json |  |  |');
  expect(bounded).not.toContain('`f2.py:1`');
});

describe('hostile repository text', () => {
  const lines = md.split('\n');

  test('adds no heading, block quote, HTML block or workflow command at the start of a line', () => {
    for (const line of lines) {
      if (line.startsWith('#')) expect(HEADINGS.some((h) => h.test(line))).toBe(true);
      expect(line).not.toMatch(/^\s*(>|<|::|```)/);
    }
  });

  test('leaves no terminal escape, bidirectional override or raw HTML tag', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // Outside code spans every `<` is backslash-escaped.
    const outsideCode = md.replace(/(?<![`\\])(`+)(?!`)(.*?)(?<!`)\1(?!`)/g, '');
    expect(outsideCode).toContain('needed for \\[build\\]');
    expect(outsideCode).not.toMatch(/(^|[^\\])<[a-z/!]/i);
  });

  test('cannot add a column to a table', () => {
    let columns: number | undefined;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = undefined;
        continue;
      }
      const cells = line.split(/(?<!\\)\|/).length;
      columns ??= cells;
      expect(cells).toBe(columns);
    }
  });

  test('shows the hostile path and evidence verbatim inside code spans', () => {
    expect(md).toContain('``src/we|ird`<b>name⏎# x.py:7:5``');
    expect(md).toContain('``eval("a|b`c<script>::error::\\u001B[31m⏎# x")``');
    expect(md).toContain('| ``src/we\\|ird`<b>name⏎# x.py:2`` |');
  });
});

test('at most N findings per severity are shown in full; the rest are counted', () => {
  const out = renderReportMarkdown(report, rules, { maxFindingsPerSeverity: 1 });
  expect(out).toContain('… and 3 more blocker findings in report.json.');
  expect(out).toContain('… and 4 more high findings in report.json.');
  expect(out).not.toContain('more info findings');
  expect(out.split('\n').filter((line) => /^- \*\*[A-Z]+\d+\*\* .* at `/.test(line))).toHaveLength(3);
});

test('long repository strings are clipped', () => {
  const long: Finding = { ...report.findings[0]!, evidence: 'x'.repeat(5000) };
  const out = renderReportMarkdown({ ...report, findings: [long] }, rules);
  expect(out).toContain(`\`${'x'.repeat(499)}…\``);
  expect(out).not.toContain('x'.repeat(501));
});

test('large tables are bounded with a count of what is left out', () => {
  const skipped = Array.from({ length: 7 }, (_, i) => ({ path: `big/${i}.py`, reason: 'too large' }));
  const out = renderReportMarkdown(
    { ...report, inventory: { ...report.inventory, skipped_files: skipped } },
    rules,
    {
      maxTableRows: 5,
    },
  );
  expect(out).toContain('| … and 2 more in manifest.json |  |');
  expect(out).not.toContain('big/5.py');
});

test('rendering is deterministic whatever order the findings came in', () => {
  const reversed = { ...report, findings: [...report.findings].reverse() };
  expect(renderReportMarkdown(reversed, rules)).toBe(md);
});

test.each([
  [{ index: 2, count: 5, file_set_sha256: 'a'.repeat(64) }, true],
  [null, false],
])('the scope says when the report covers one shard only (%j)', (shard, shown) => {
  const out = renderReportMarkdown({ ...report, shard }, rules);
  const row = '| Shard | 2 of 5: only this slice of the files; `mcen-scan merge` joins the slices |';
  if (shown) expect(out).toContain(row);
  else expect(out).not.toContain('| Shard |');
});
