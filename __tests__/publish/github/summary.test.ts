// Covers src/publish/github/summary.ts: BLUF content, links, escaping of repository text, size limits.
import { headline, renderSummary } from '../../../src/publish/github/summary.js';
import { makeFinding, makeReport, manyFindings } from './helpers/report-fixture.js';

const blobUrl = 'https://github.com/acme/app/blob/abc123';
/** Rows of the top-findings table: severity cell, then a rule id. */
const findingRows = (md: string): string[] =>
  md.split('\n').filter((l) => /^\| [a-z]+( \([a-z_]+\))? \| [A-Z]+\d{3} /.test(l));

test('decision, counts by severity and category, linked top findings, skipped files, notes', () => {
  const report = makeReport(
    [
      makeFinding({
        severity: 'high',
        rule_id: 'NET002',
        category: 'network',
        title: 'Dynamic destination',
        line: 9,
      }),
      makeFinding(),
      makeFinding({ disposition: 'waived', severity: 'high', fingerprint: 'w' }),
    ],
    {},
  );
  report.inventory.skipped_files = [{ path: 'big.py', reason: 'larger than 2 MB (3.1 MB)' }];
  const md = renderSummary(report, { blobUrl, notes: ['No check run: the token lacks checks: write.'] });
  expect(md).toContain('## GateKeeper6: FAIL');
  expect(md).toContain('**BLUF:** FAIL — confirmed disallowed behaviour');
  expect(md).toContain('| 1 | 1 | 0 | 0 | 0 |');
  expect(md).toContain('| dynamic_exec | 1 |');
  expect(md).toContain('| network | 1 |');
  // Blocker first, then high, then the waived one; each links to its line.
  const rows = findingRows(md);
  expect(rows).toHaveLength(3);
  expect(rows[0]).toContain(`[src/app.py:3](${blobUrl}/src/app.py#L3)`);
  expect(rows[1]).toContain('NET002');
  expect(rows[2]).toMatch(/^\| high \(waived\)/);
  expect(md).toContain('### Skipped files (1)');
  expect(md).toContain('- big.py: larger than 2 MB (3.1 MB)');
  expect(md).toContain('No check run: the token lacks checks: write.');
});

test('hostile file names and evidence cannot add Markdown, HTML or break the link', () => {
  const finding = makeFinding({
    file: 'x](https://evil.example)<img src=x onerror=alert(1)>|.py',
    evidence: '</table><script>alert(1)</script>`|`\n# heading',
  });
  const md = renderSummary(makeReport([finding]), { blobUrl });
  const row = findingRows(md)[0]!;
  // Markup characters in the link text are backslash-escaped; the evidence is a code span (literal).
  expect(row).toContain('[x\\](https://evil.example)\\<img src=x onerror=alert(1)\\>\\|.py:3](');
  expect(row).not.toMatch(/[^\\]<img/);
  expect(row).not.toMatch(/[^\\]\]\(https:\/\/evil/);
  expect(row).toContain('``</table><script>alert(1)</script>`\\|`⏎# heading``');
  // The row still has exactly four cells: no unescaped pipe split it.
  expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  expect(row).toContain(
    `(${blobUrl}/x%5D%28https%3A//evil.example%29%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7C.py#L3)`,
  );
  expect(md).not.toMatch(/^# heading/m);
});

test('the scanned folder prefixes links', () => {
  const md = renderSummary(makeReport([makeFinding()]), { blobUrl, pathPrefix: 'services/api' });
  expect(md).toContain(`(${blobUrl}/services/api/src/app.py#L3)`);
});

test('without a blob URL, locations are plain text', () => {
  expect(renderSummary(makeReport([makeFinding()]))).toContain('| src/app.py:3 |');
});

test('PASS and CONDITIONAL_PASS say what they mean', () => {
  expect(renderSummary(makeReport([]))).toContain('**BLUF:** PASS — no active blocker or high finding');
  expect(renderSummary(makeReport([makeFinding({ severity: 'high' })]))).toContain(
    '**BLUF:** CONDITIONAL_PASS',
  );
});

test('the finding list shrinks to fit the size limit and says how many more there are', () => {
  const report = makeReport(manyFindings(300));
  const full = renderSummary(report, { topFindings: 300 });
  expect(full).not.toContain('more:');
  const small = renderSummary(report, { topFindings: 300, maxBytes: 8000 });
  expect(Buffer.byteLength(small)).toBeLessThanOrEqual(8000);
  expect(small).toMatch(/…and \d+ more: every finding is in the audit packet/);
});

test('an incomplete audit is stated', () => {
  const report = makeReport([]);
  report.summary.audit_complete = false;
  expect(renderSummary(report)).toContain('**The audit is incomplete:**');
});

test('headline counts active blockers and highs and all findings', () => {
  expect(
    headline(
      makeReport([
        makeFinding(),
        makeFinding({ severity: 'high' }),
        makeFinding({ disposition: 'baseline' }),
      ]),
    ),
  ).toBe('FAIL: 1 blocker, 1 high (3 findings)');
});
