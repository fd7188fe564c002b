// Runs the script and notebook analysers on annotated fixtures (.sh, .ps1, .bat, .cmd, .vbs,
// .ipynb) with the vocabulary of fixture-harness.ts, written in each language's comment syntax:
// `# expect: NET001` (sh, ps1, and inside notebook code cells), `REM expect:` or `:: expect:`
// (batch), `' expect:` (VBScript). The annotation applies to the next line that is not blank and
// not itself an annotation or comment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { RawFinding, Severity } from '../../src/model/finding.js';
import type { ScriptLanguage } from '../../src/model/rulepack.js';
import { analyzeNotebookSource } from '../../src/pipeline/analyze-notebook.js';
import { analyzeScriptSource, scriptParsers } from '../../src/pipeline/analyze-script.js';
import { type Annotation, compareWithAnnotations, engine, type FixtureResult } from './fixture-harness.js';

const LANGUAGE_BY_EXTENSION: Record<string, ScriptLanguage | 'notebook'> = {
  '.sh': 'shell',
  '.bash': 'shell',
  '.ps1': 'powershell',
  '.bat': 'batch',
  '.cmd': 'batch',
  '.vbs': 'vbscript',
  '.ipynb': 'notebook',
};

/** The comment that introduces an annotation, per language (a notebook's sit in JSON strings). */
const COMMENT: Record<ScriptLanguage | 'notebook', string> = {
  shell: '#',
  powershell: '#',
  batch: '(?:REM|::)',
  vbscript: "(?:'|rem)",
  notebook: '"\\s*#',
};

/** Lines that are comments in the language, skipped when finding an annotation's target line. */
const COMMENT_LINE: Record<ScriptLanguage | 'notebook', RegExp> = {
  shell: /^\s*#/,
  powershell: /^\s*#/,
  batch: /^\s*(?:@?rem\b|::)/i,
  vbscript: /^\s*(?:'|rem\b)/i,
  notebook: /^\s*"\s*#/,
};

/** Annotations of a script fixture, each tied to the next line that is not blank or a comment. */
export function scriptAnnotations(source: string, language: ScriptLanguage | 'notebook'): Annotation[] {
  const pattern = new RegExp(
    `^\\s*${COMMENT[language]}\\s*(expect|ok|todo-expect|todo-ok):\\s*([A-Z]+\\d{3})((?:\\s+(?:practical|strict)=\\w+)*)`,
    'i',
  );
  const lines = source.split('\n');
  const found: Annotation[] = [];
  lines.forEach((text, index) => {
    const m = pattern.exec(text);
    if (!m) return;
    let target = index + 1;
    while (
      target < lines.length &&
      (lines[target]!.trim() === '' || COMMENT_LINE[language].test(lines[target]!))
    )
      target++;
    const severity: Annotation['severity'] = {};
    for (const pair of (m[3] ?? '').trim().split(/\s+/).filter(Boolean)) {
      const [profile, value] = pair.split('=') as [string, Severity];
      severity[profile === 'practical' ? 'mcen_practical' : 'mcen_strict'] = value;
    }
    found.push({ kind: m[1]!.toLowerCase() as Annotation['kind'], rule: m[2]!, line: target + 1, severity });
  });
  return found;
}

/** The raw findings of a script or notebook source, as the scan pipeline computes them. */
export async function scriptFindings(
  source: string,
  language: ScriptLanguage | 'notebook',
): Promise<RawFinding[]> {
  const { parser, pack } = await engine();
  const parsers = await scriptParsers(parser);
  if (language === 'notebook') {
    const result = analyzeNotebookSource(source, parsers, pack);
    return 'skipped' in result ? [] : result.findings;
  }
  return analyzeScriptSource(source, language, parsers, pack).findings;
}

/** Checks one script fixture against its annotations, as `checkFixture` does for Python. */
export async function checkScriptFixture(file: string): Promise<FixtureResult> {
  const { pack } = await engine();
  const language = LANGUAGE_BY_EXTENSION[path.extname(file).toLowerCase()]!;
  const source = readFileSync(file, 'utf8');
  const findings = await scriptFindings(source, language);
  return compareWithAnnotations(path.basename(file), scriptAnnotations(source, language), findings, pack);
}

export function scriptFamilyTests(folder: string): void {
  const dir = path.join(import.meta.dirname, 'fixtures', folder);
  const files = readdirSync(dir)
    .filter((f) => LANGUAGE_BY_EXTENSION[path.extname(f).toLowerCase()] !== undefined)
    .sort()
    .map((f) => path.join(dir, f));
  describe(`${folder} fixtures`, () => {
    test.each(files.map((f) => [path.basename(f), f]))('%s matches its annotations', async (_name, file) => {
      const result = await checkScriptFixture(file);
      expect(result.failures).toEqual([]);
    });
    test('has at least 10 firing and 10 look-alike cases', async () => {
      const all = await Promise.all(files.map(checkScriptFixture));
      expect(all.reduce((n, r) => n + r.counts.expect, 0)).toBeGreaterThanOrEqual(10);
      expect(all.reduce((n, r) => n + r.counts.ok, 0)).toBeGreaterThanOrEqual(10);
    });
  });
}
