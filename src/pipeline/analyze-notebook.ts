/**
 * Analysis of one Jupyter notebook (`.ipynb`): code cells as Python, IPython shell escapes
 * (`!cmd`, `x = !cmd`, `%system`, `%sx`, `%pip`, `%conda`, `%%bash`/`%%sh`/`%%script` cells) as
 * shell, other magics and help lines skipped, markdown and raw cells never code. Each finding's
 * `line` is the line of the raw file holding its source line; `details.cell` and
 * `details.cell_line` (1-based) name it for people.
 */
import type { RawFinding } from '../model/finding.js';
import type { Rulepack } from '../model/rulepack.js';
import { analyzePythonSource, type SourceAnalysis } from './analyze-python.js';
import { analyzeScriptSource, type ScriptParsers } from './analyze-script.js';
import { jsonWithLines } from '../parse/json-lines.js';
import { cellMagicLanguage, notebookCells } from '../parse/notebook-cells.js';
import { IPYTHON_VALUE } from '../resolve/scripts/shell.js';

/** A notebook that cannot be read as one is skipped with the reason (SPEC 3). */
export type NotebookAnalysis = SourceAnalysis | { skipped: string };

/** IPython interpolates `{expr}` into shell escapes: unknown to a static reader. */
function interpolated(command: string): string {
  return command.replace(/\{[^{}]*\}/g, `\${${IPYTHON_VALUE}}`);
}

/** The shell command of an IPython line, or undefined when the line is Python (or a magic we skip: ''). */
function shellEscape(text: string): string | undefined {
  const body = text.trimStart();
  const assigned = /^[\w.,\s[\]()]+=\s*!(.*)$/.exec(body);
  if (assigned) return assigned[1]!;
  if (body.startsWith('!')) return body.replace(/^!!?/, '');
  const magic = /^%(\w+)\s*(.*)$/.exec(body);
  if (magic) {
    const [, name, rest] = magic;
    if (name === 'system' || name === 'sx') return rest!;
    if (name === 'pip' || name === 'conda' || name === 'mamba') return `${name} ${rest!}`;
    return '';
  }
  // `obj?`, `??obj`: IPython help, not code.
  if (/^\?{1,2}[\w.]+$|^[\w.]+\?{1,2}$/.test(body.trim())) return '';
  return undefined;
}

/**
 * Every raw finding of a notebook's code cells. Invalid JSON, or JSON without cells, is
 * `{ skipped }` with the reason. Never throws.
 */
export function analyzeNotebookSource(
  text: string,
  parsers: ScriptParsers,
  pack: Rulepack,
): NotebookAnalysis {
  const parsed = jsonWithLines(text);
  if ('error' in parsed) return { skipped: `not a valid notebook: ${parsed.error}` };
  const cells = notebookCells(parsed.value);
  if (!cells) return { skipped: 'not a valid notebook: no cells' };
  const findings: RawFinding[] = [];
  let incomplete: string | undefined;
  cells.forEach((cell, index) => {
    if (cell.type !== 'code' || !cell.lines.length) return;
    const place = (f: RawFinding, cellLine: number, endCellLine = cellLine): RawFinding => {
      const line = cell.lines[cellLine - 1]?.rawLine ?? cell.lines[0]!.rawLine;
      const endLine = cell.lines[endCellLine - 1]?.rawLine ?? line;
      return { ...f, line, endLine, details: { ...f.details, cell: index + 1, cell_line: cellLine } };
    };
    const magic = cellMagicLanguage(cell.lines[0]!.text);
    if (magic === 'skip') return;
    if (magic === 'shell' || magic === 'powershell') {
      const body = cell.lines
        .slice(1)
        .map((l) => l.text)
        .join('\n');
      const result = analyzeScriptSource(body, magic, parsers, pack);
      for (const f of result.findings) findings.push(place(f, f.line + 1, f.endLine + 1));
      return;
    }
    const from = magic === 'python' ? 1 : 0;
    const python: string[] = cell.lines.map((l) => l.text);
    for (let i = 0; i < from; i++) python[i] = '';
    for (let i = from; i < cell.lines.length; i++) {
      const command = shellEscape(cell.lines[i]!.text);
      if (command === undefined) continue;
      // The line stays a statement at its indentation, so the block around it still parses.
      python[i] = `${/^\s*/.exec(cell.lines[i]!.text)![0]}pass`;
      if (!command.trim()) continue;
      const result = analyzeScriptSource(interpolated(command), 'shell', parsers, pack);
      for (const f of result.findings) if (f.ruleId !== 'SCAN001') findings.push(place(f, i + 1));
    }
    const result = analyzePythonSource(python.join('\n'), parsers.python, pack);
    if (result.incomplete) incomplete = result.incomplete;
    for (const f of result.findings) findings.push(place(f, f.line, f.endLine));
  });
  return incomplete ? { findings, incomplete } : { findings };
}
