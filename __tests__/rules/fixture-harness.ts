// Shared by the per-family fixture tests: runs the Python engine on annotated fixture files.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Parser } from 'web-tree-sitter';

import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { Profile, RawFinding, Severity } from '../../src/model/finding.js';
import type { Rulepack } from '../../src/model/rulepack.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzePythonSource } from '../../src/pipeline/analyze-python.js';

/**
 * One annotation, written as a comment on the line BEFORE the code it describes:
 * - `# expect: RULE [practical=SEV] [strict=SEV]` — RULE must fire on the next code line;
 * - `# ok: RULE` — RULE must stay silent there;
 * - `# todo-expect: RULE` / `# todo-ok: RULE` — a known miss / false alarm: reported, not failed.
 * Several annotations may stack above one line. Visibly unlike the user waiver `# mcen: allow`.
 */
export interface Annotation {
  kind: 'expect' | 'ok' | 'todo-expect' | 'todo-ok';
  rule: string;
  line: number;
  severity: Partial<Record<Profile, Severity>>;
}

const ANNOTATION = /#\s*(expect|ok|todo-expect|todo-ok):\s*([A-Z]+\d{3})((?:\s+(?:practical|strict)=\w+)*)/;

/** Annotations of a fixture, each tied to the first following line that is not blank or a comment. */
export function annotations(source: string): Annotation[] {
  const lines = source.split('\n');
  const found: Annotation[] = [];
  lines.forEach((text, index) => {
    const m = ANNOTATION.exec(text);
    if (!m || !text.trimStart().startsWith('#')) return;
    let target = index + 1;
    while (
      target < lines.length &&
      (lines[target]!.trim() === '' || lines[target]!.trimStart().startsWith('#'))
    )
      target++;
    const severity: Annotation['severity'] = {};
    for (const pair of (m[3] ?? '').trim().split(/\s+/).filter(Boolean)) {
      const [profile, value] = pair.split('=') as [string, Severity];
      severity[profile === 'practical' ? 'mcen_practical' : 'mcen_strict'] = value;
    }
    found.push({ kind: m[1] as Annotation['kind'], rule: m[2]!, line: target + 1, severity });
  });
  return found;
}

export interface FixtureResult {
  file: string;
  /** Problems that fail the test, each naming file, line and rule. */
  failures: string[];
  /** Known misses and false alarms still open. */
  todos: string[];
  counts: { expect: number; ok: number };
}

let parser: Parser | undefined;
let pack: Rulepack | undefined;

export async function engine(): Promise<{ parser: Parser; pack: Rulepack }> {
  parser ??= await createParser('python');
  pack ??= loadRulepack();
  return { parser, pack };
}

function severityOf(pack: Rulepack, finding: RawFinding, profile: Profile): Severity {
  const rule = pack.rules.get(finding.ruleId)!;
  return (
    (finding.variant ? rule.variants?.[finding.variant]?.severity : rule.severity)?.[profile] ??
    rule.severity[profile]
  );
}

/**
 * Compares a fixture's findings with its annotations: every finding must be expected (or
 * todo-ok), every `expect` must fire with the stated severities, every `ok` must stay silent.
 */
export function compareWithAnnotations(
  name: string,
  notes: Annotation[],
  findings: RawFinding[],
  rules: Rulepack,
): FixtureResult {
  const result: FixtureResult = { file: name, failures: [], todos: [], counts: { expect: 0, ok: 0 } };
  const at = (rule: string, line: number): RawFinding[] =>
    findings.filter((f) => f.ruleId === rule && f.line === line);
  for (const note of notes) {
    const hits = at(note.rule, note.line);
    const where = `${name}:${note.line} ${note.rule}`;
    if (note.kind === 'expect') {
      result.counts.expect++;
      if (!hits.length) result.failures.push(`${where}: expected to fire, did not`);
      for (const [profile, want] of Object.entries(note.severity) as [Profile, Severity][]) {
        const got = hits[0] && severityOf(rules, hits[0], profile);
        if (hits[0] && got !== want)
          result.failures.push(`${where}: ${profile} severity ${got}, expected ${want}`);
      }
    } else if (note.kind === 'ok') {
      result.counts.ok++;
      if (hits.length) result.failures.push(`${where}: fired (${hits[0]!.evidence}), expected silence`);
    } else if (note.kind === 'todo-expect') {
      result.todos.push(
        hits.length ? `${where}: todo-expect now fires: make it expect` : `${where}: known miss`,
      );
    } else {
      result.todos.push(
        hits.length ? `${where}: known false alarm` : `${where}: todo-ok is now silent: make it ok`,
      );
    }
  }
  const declared = new Set(notes.filter((n) => n.kind !== 'ok').map((n) => `${n.rule}:${n.line}`));
  for (const finding of findings) {
    if (!declared.has(`${finding.ruleId}:${finding.line}`)) {
      result.failures.push(
        `${name}:${finding.line} ${finding.ruleId}: unexpected finding (${finding.evidence})`,
      );
    }
  }
  return result;
}

/** Checks one Python fixture against its annotations (see `compareWithAnnotations`). */
export async function checkFixture(file: string): Promise<FixtureResult> {
  const { parser: p, pack: rules } = await engine();
  const source = readFileSync(file, 'utf8');
  const findings = analyzePythonSource(source, p, rules).findings;
  return compareWithAnnotations(path.basename(file), annotations(source), findings, rules);
}

/** The fixture files of one folder under __tests__/rules/fixtures, sorted. */
export function fixtureFiles(folder: string): string[] {
  const dir = path.join(import.meta.dirname, 'fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => path.join(dir, f));
}
