// Covers the rulepack in rules/ against SPEC 5 and 6 and docs/RULES.md: the parity check CI runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { RuleMeta } from '../../src/model/rulepack.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rulesDir = path.join(root, 'rules');
const catalogDir = path.join(rulesDir, 'catalogs');
const pack = loadRulepack(rulesDir);
const rules = [...pack.rules.values()];

/** SPEC 5: category and severity per profile, by id. */
const SPEC_TABLE: Record<string, [category: string, practical: string, strict: string]> = {
  NET001: ['network', 'blocker', 'blocker'],
  NET002: ['network', 'high', 'blocker'],
  NET003: ['network', 'blocker', 'blocker'],
  PER001: ['persistence', 'blocker', 'blocker'],
  PER002: ['persistence', 'blocker', 'blocker'],
  PER003: ['persistence', 'high', 'high'],
  DEX001: ['dynamic_exec', 'blocker', 'blocker'],
  DEX002: ['dynamic_exec', 'blocker', 'blocker'],
  DEX003: ['dynamic_exec', 'high', 'high'],
  DES001: ['deserialization', 'blocker', 'blocker'],
  PEX001: ['process_exec', 'blocker', 'blocker'],
  PEX002: ['process_exec', 'blocker', 'blocker'],
  PEX003: ['process_exec', 'high', 'blocker'],
  OBF001: ['obfuscation', 'high', 'high'],
  POL001: ['policy', 'blocker', 'blocker'],
  EGR001: ['network', 'blocker', 'blocker'],
  EGR002: ['process_exec', 'high', 'high'],
  SCAN001: ['other', 'high', 'blocker'],
  // Not in the SPEC 5 table: reports the inline waivers of SPEC 6 that honour nothing.
  WAV001: ['other', 'low', 'low'],
};

/** SPEC 5 variants (NET002 import only; PEX003 local orchestration is medium) with their strict severities. */
const SPEC_VARIANTS: Record<string, Record<string, [practical: string, strict: string]>> = {
  NET002: { import_only: ['info', 'high'] },
  PEX003: { orchestration: ['medium', 'high'] },
};

/** SPEC 6: never suppressible by allowlist, waiver or allow policy. */
const NEVER_SUPPRESSIBLE = [
  'NET001',
  'NET003',
  'DEX001',
  'DEX002',
  'DES001',
  'PER001',
  'PER002',
  'POL001',
  'EGR001',
];

/** Rules outside SPEC 5 that no waiver may suppress either: a waiver cannot excuse a broken waiver. */
const TOOL_RULES_NEVER_SUPPRESSIBLE = ['WAV001'];

/** STYLE "A rule file": the fields in this order (variants only where needed). */
const FIELD_ORDER = [
  'id',
  'title',
  'category',
  'severity',
  'variants',
  'confidence',
  'cwe',
  'suppressible',
  'catalogs',
  'docs',
];
const DOCS_ORDER = ['what', 'why', 'example', 'fix', 'references'];

function rawYaml(file: string): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Problems as "rules/X.yaml: what to change", so a failure says which file to open. */
function problems(check: (rule: RuleMeta, file: string) => string[]): string[] {
  return rules.flatMap((rule) => check(rule, `rules/${rule.id}.yaml`));
}

test('the pack has exactly the SPEC 5 rules and WAV001, with their categories and severities', () => {
  expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(SPEC_TABLE).sort());
  const found = problems((rule, file) => {
    const [category, practical, strict] = SPEC_TABLE[rule.id]!;
    const want = { category, severity: { mcen_practical: practical, mcen_strict: strict } };
    const got = { category: rule.category, severity: rule.severity };
    return JSON.stringify(got) === JSON.stringify(want)
      ? []
      : [`${file}: set category ${category}, severity ${practical}/${strict} (SPEC 5)`];
  });
  expect(found).toEqual([]);
});

test('variants are the SPEC 5 ones, with their severities', () => {
  const found = problems((rule, file) => {
    const want = Object.fromEntries(
      Object.entries(SPEC_VARIANTS[rule.id] ?? {}).map(([name, [p, s]]) => [
        name,
        { mcen_practical: p, mcen_strict: s },
      ]),
    );
    const got = Object.fromEntries(
      Object.entries(rule.variants ?? {}).map(([name, v]) => [name, v.severity]),
    );
    return JSON.stringify(got) === JSON.stringify(want)
      ? []
      : [`${file}: variants should be ${JSON.stringify(want)}`];
  });
  expect(found).toEqual([]);
});

test('suppressible matches the SPEC 6 never-suppressible list', () => {
  const found = problems((rule, file) => {
    const want = ![...NEVER_SUPPRESSIBLE, ...TOOL_RULES_NEVER_SUPPRESSIBLE].includes(rule.id);
    return rule.suppressible === want ? [] : [`${file}: set suppressible: ${String(want)} (SPEC 6)`];
  });
  expect(found).toEqual([]);
});

test('rule files keep the STYLE field order and a short title', () => {
  const found = problems((rule, file) => {
    const raw = rawYaml(path.join(rulesDir, `${rule.id}.yaml`));
    const out: string[] = [];
    const keys = Object.keys(raw);
    const order = FIELD_ORDER.filter((k) => keys.includes(k));
    if (keys.join() !== order.join()) out.push(`${file}: order the fields as ${order.join(', ')}`);
    const docKeys = Object.keys(raw['docs'] as object);
    if (docKeys.join() !== DOCS_ORDER.join()) out.push(`${file}: order docs as ${DOCS_ORDER.join(', ')}`);
    if (rule.title.length > 60 || rule.title.endsWith('.'))
      out.push(`${file}: shorten the title, no full stop`);
    return out;
  });
  expect(found).toEqual([]);
});

test('every docs section says something', () => {
  const found = problems((rule, file) => {
    const sections: Record<string, string> = {
      what: rule.docs.what,
      why: rule.docs.why,
      'example.flagged': rule.docs.example.flagged,
      'example.safe': rule.docs.example.safe,
      fix: rule.docs.fix,
    };
    const out = Object.entries(sections)
      .filter(([, text]) => text.trim().length < 10)
      .map(([name]) => `${file}: write docs.${name}`);
    if (rule.docs.references.length === 0) out.push(`${file}: add a docs.references link`);
    if (rule.docs.example.flagged.trim() === rule.docs.example.safe.trim()) {
      out.push(`${file}: make docs.example.safe differ from the flagged snippet`);
    }
    return out;
  });
  expect(found).toEqual([]);
});

describe('catalogs and rules point at each other', () => {
  const catalogFiles = readdirSync(catalogDir).sort();
  const raws = catalogFiles.map((name) => ({
    name: path.basename(name, '.yaml'),
    data: rawYaml(path.join(catalogDir, name)),
  }));

  test('every catalog except the aliases is drawn on by some rule', () => {
    const used = new Set(rules.flatMap((r) => r.catalogs));
    const orphans = raws
      .filter(({ name, data }) => data['kind'] !== 'aliases' && !used.has(name))
      .map(({ name }) => `rules/catalogs/${name}.yaml: name it in the catalogs of the rule it serves`);
    expect(orphans).toEqual([]);
  });

  test('a rule named inside a catalog lists that catalog', () => {
    const found: string[] = [];
    for (const { name, data } of raws) {
      const entries = [
        ...((data['entries'] as { rule?: string }[] | undefined) ?? []),
        ...((data['keys'] as { rule?: string }[] | undefined) ?? []),
        ...((data['persistence_commands'] as { rule?: string }[] | undefined) ?? []),
      ];
      for (const id of new Set(entries.map((e) => e.rule).filter((r): r is string => r !== undefined))) {
        if (!pack.rules.get(id)?.catalogs.includes(name))
          found.push(`rules/${id}.yaml: add ${name} to catalogs`);
      }
    }
    expect(found).toEqual([]);
  });
});

test('docs/RULES.md has a table row for every rule, matching its metadata', () => {
  const markdown = readFileSync(path.join(root, 'docs', 'RULES.md'), 'utf8');
  const rows = new Set(markdown.split('\n').map((line) => line.trim()));
  const found = problems((rule) => {
    const row = `| ${rule.id} | ${rule.title} | ${rule.category} | ${rule.severity.mcen_practical} | ${rule.severity.mcen_strict} | ${rule.suppressible ? 'yes' : 'no'} |`;
    return rows.has(row) ? [] : [`docs/RULES.md: add or update the row ${row}`];
  });
  expect(found).toEqual([]);
});
