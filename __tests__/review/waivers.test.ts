// Covers src/review/waivers.ts: which findings an inline waiver covers, and what is reported when it covers none.
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { Finding, Profile } from '../../src/model/finding.js';
import { waiverComments } from '../../src/parse/waiver-comments.js';
import { applyWaivers, STRICT_REFUSAL } from '../../src/review/waivers.js';
import { finding } from './helpers.js';

const { rules } = loadRulepack();

/** A finding of `rule` on `line` (to `end`), with the rule's severity under `profile`. */
function at(rule: string, line: number, end = line, profile: Profile = 'mcen_practical'): Finding {
  return finding({
    rule_id: rule,
    line,
    end_line: end,
    severity: rules.get(rule)!.severity[profile],
    fingerprint: `${rule}-${line}`.padEnd(16, '0'),
  });
}

function review(source: string, findings: Finding[], profile: Profile = 'mcen_practical') {
  return applyWaivers(findings, waiverComments(source, 'python'), { file: 'a.py', profile, rules });
}

/** `RULE:line:disposition`, with the justification of a waived finding and the problem of a WAV001. */
function outcome(source: string, findings: Finding[], profile: Profile = 'mcen_practical'): string[] {
  return review(source, findings, profile).findings.map((f) => {
    const extra =
      f.rule_id === 'WAV001'
        ? ` ${String(f.details.problem)}`
        : f.disposition === 'waived'
          ? ` "${f.justification}" @${String(f.details.waiver_line)}`
          : '';
    return `${f.rule_id}:${f.line}:${f.disposition}${extra}`;
  });
}

const FMT = 'runs the local formatter';

test.each<[string, string, Finding[], string[]]>([
  [
    'same line',
    `run()  # mcen: allow PEX003 -- ${FMT}\n`,
    [at('PEX003', 1)],
    [`PEX003:1:waived "${FMT}" @1`],
  ],
  [
    'line above',
    `# mcen: allow PEX003 -- ${FMT}\nrun()\n`,
    [at('PEX003', 2)],
    [`PEX003:2:waived "${FMT}" @1`],
  ],
  [
    'last line of a multi-line statement',
    `run(\n  "a",\n)  # mcen: allow PEX003 -- ${FMT}\n`,
    [at('PEX003', 1, 3)],
    [`PEX003:1:waived "${FMT}" @3`],
  ],
  [
    'middle line of a multi-line statement',
    `run(\n  "a",  # mcen: allow PEX003 -- ${FMT}\n)\n`,
    [at('PEX003', 1, 3)],
    [`PEX003:1:waived "${FMT}" @2`],
  ],
  [
    'two rules on one statement',
    `# mcen: allow PEX003,NET002 -- ${FMT}\nrun(url)\n`,
    [at('PEX003', 2), at('NET002', 2)],
    [`NET002:2:waived "${FMT}" @1`, `PEX003:2:waived "${FMT}" @1`],
  ],
  [
    'only the named rule is waived',
    `# mcen: allow PEX003 -- ${FMT}\nrun(url)\n`,
    [at('PEX003', 2), at('NET002', 2)],
    ['NET002:2:active', `PEX003:2:waived "${FMT}" @1`],
  ],
  [
    'two lines above does not reach',
    `# mcen: allow PEX003 -- ${FMT}\n\nrun()\n`,
    [at('PEX003', 3)],
    ['WAV001:1:active stale: no PEX003 finding in reach', 'PEX003:3:active'],
  ],
  [
    'a trailing waiver does not reach the next line',
    `a()  # mcen: allow PEX003 -- ${FMT}\nrun()\n`,
    [at('PEX003', 2)],
    ['WAV001:1:active stale: no PEX003 finding in reach', 'PEX003:2:active'],
  ],
  [
    'stale: nothing in reach',
    `# mcen: allow PEX003 -- ${FMT}\nx = 1\n`,
    [],
    ['WAV001:1:active stale: no PEX003 finding in reach'],
  ],
  [
    'unknown rule id',
    `# mcen: allow PEX999 -- ${FMT}\nrun()\n`,
    [at('PEX003', 2)],
    ['WAV001:1:active unknown rule id PEX999', 'PEX003:2:active'],
  ],
  [
    'missing reason',
    '# mcen: allow PEX003\nrun()\n',
    [at('PEX003', 2)],
    ['WAV001:1:active reason required: add " -- reason" after the rule ids', 'PEX003:2:active'],
  ],
  [
    'bad separator',
    `# mcen: allow PEX003 - ${FMT}\nrun()\n`,
    [at('PEX003', 2)],
    ['WAV001:1:active bad separator: put " -- " between the rule ids and the reason', 'PEX003:2:active'],
  ],
  [
    'never-suppressible rule',
    '# mcen: allow DEX001 -- trusted input\neval(x)\n',
    [at('DEX001', 2)],
    ['WAV001:1:active DEX001 is never suppressible', 'DEX001:2:active'],
  ],
  [
    'a never-suppressible rule spoils the whole waiver',
    '# mcen: allow PEX003,NET001 -- trusted\nrun(url)\n',
    [at('PEX003', 2), at('NET001', 2)],
    ['WAV001:1:active NET001 is never suppressible', 'NET001:2:active', 'PEX003:2:active'],
  ],
  [
    'a waiver cannot waive a waiver problem',
    '# mcen: allow WAV001 -- x\n',
    [],
    ['WAV001:1:active WAV001 is never suppressible'],
  ],
  [
    'a blocker is not review-level',
    '# mcen: allow PEX001 -- fixed string\nos.system("ls")\n',
    [at('PEX001', 2)],
    [
      'WAV001:1:active the PEX001 finding on line 2 is a blocker: only review-level findings can be waived',
      'PEX001:2:active',
    ],
  ],
  [
    '# inside a string is no waiver',
    `run("# mcen: allow PEX003 -- ${FMT}")\n`,
    [at('PEX003', 1)],
    ['PEX003:1:active'],
  ],
])('%s', (_title, source, findings, expected) => {
  expect(outcome(source, findings)).toEqual(expected);
});

describe('the ledger', () => {
  test('a waiver that covers findings lists their fingerprints, sorted', () => {
    const { ledger } = review(`# mcen: allow PEX003,NET002 -- ${FMT}\nrun(url)\n`, [
      at('PEX003', 2),
      at('NET002', 2),
    ]);
    expect(ledger).toEqual([
      {
        source: 'waiver',
        location: 'a.py:1',
        rules: ['PEX003', 'NET002'],
        justification: FMT,
        covered: ['NET002-200000000', 'PEX003-200000000'],
        stale: false,
      },
    ]);
  });

  test('stale, malformed and refused waivers are listed with what is wrong', () => {
    const source = [
      `# mcen: allow PEX003 -- ${FMT}`,
      'x = 1',
      '# mcen: allow PEX003',
      '# mcen: allow DEX001 -- trusted',
      'eval(x)',
    ].join('\n');
    const { ledger } = review(source, [at('DEX001', 5)]);
    expect(ledger.map((e) => [e.location, e.stale, e.not_honoured, e.covered])).toEqual([
      ['a.py:1', true, undefined, []],
      ['a.py:3', false, 'reason required: add " -- reason" after the rule ids', []],
      ['a.py:4', false, 'DEX001 is never suppressible', []],
    ]);
  });

  test('two waivers reaching one finding both list it; the first gives the justification', () => {
    const source = `# mcen: allow PEX003 -- first\nrun()  # mcen: allow PEX003 -- second\n`;
    const { findings, ledger } = review(source, [at('PEX003', 2)]);
    expect(findings.map((f) => [f.disposition, f.justification, f.details.waiver_line])).toEqual([
      ['waived', 'first', 1],
    ]);
    expect(ledger.map((e) => e.covered)).toEqual([['PEX003-200000000'], ['PEX003-200000000']]);
  });
});

describe('mcen_strict', () => {
  test('honours no waiver, lists each as not honoured, and reports neither stale nor refused', () => {
    const source = `# mcen: allow PEX003 -- ${FMT}\nrun()\n# mcen: allow NET002 -- nothing here\n`;
    const result = review(source, [at('PEX003', 2, 2, 'mcen_strict')], 'mcen_strict');
    expect(result.findings.map((f) => `${f.rule_id}:${f.disposition}`)).toEqual(['PEX003:active']);
    expect(result.ledger.map((e) => [e.location, e.stale, e.not_honoured])).toEqual([
      ['a.py:1', false, STRICT_REFUSAL],
      ['a.py:3', false, STRICT_REFUSAL],
    ]);
  });

  test('still reports a malformed waiver', () => {
    expect(outcome('# mcen: allow PEX003\n', [], 'mcen_strict')).toEqual([
      'WAV001:1:active reason required: add " -- reason" after the rule ids',
    ]);
  });
});

test('a WAV001 finding points at the waiver and says what is wrong, at low severity', () => {
  const [problem] = review('x = 1\n  # mcen: allow PEX003 -- gone\n', []).findings;
  expect(problem).toMatchObject({
    rule_id: 'WAV001',
    severity: 'low',
    category: 'other',
    line: 2,
    column: 5,
    end_column: 5 + 'mcen: allow PEX003 -- gone'.length,
    evidence: 'stale: no PEX003 finding in reach: mcen: allow PEX003 -- gone',
    details: { problem: 'stale: no PEX003 finding in reach' },
    disposition: 'active',
  });
});

test('notebook waivers reach findings of their own cell only, by cell line', () => {
  const notebook = JSON.stringify(
    {
      cells: [
        { cell_type: 'code', source: [`# mcen: allow PEX003 -- ${FMT}\n`, 'run()\n'] },
        { cell_type: 'code', source: ['run()\n'] },
      ],
    },
    null,
    1,
  );
  const lines = notebook.split('\n');
  const rawLines = lines.flatMap((l, i) => (l.includes('run()') ? [i + 1] : []));
  const inCell = (cell: number, line: number): Finding => ({
    ...at('PEX003', line),
    fingerprint: `cell${cell}`.padEnd(16, '0'),
    details: { cell, cell_line: cell === 1 ? 2 : 1 },
  });
  const result = applyWaivers(
    [inCell(1, rawLines[0]!), inCell(2, rawLines[1]!)],
    waiverComments(notebook, 'notebook'),
    { file: 'n.ipynb', profile: 'mcen_practical', rules },
  );
  expect(result.findings.map((f) => [f.details.cell, f.disposition])).toEqual([
    [1, 'waived'],
    [2, 'active'],
  ]);
  expect(result.ledger[0]?.location).toBe(`n.ipynb:${rawLines[0]! - 1} (cell 1, line 1)`);
});
