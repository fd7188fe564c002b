/**
 * The code cells of a Jupyter notebook (`.ipynb`) with the raw file line of each source line, and
 * the language a cell magic (`%%bash`, `%%script pwsh`) selects. Shared by the notebook analysis
 * and the inline-waiver reader, so both see the same cells and lines.
 */
import type { ScriptLanguage } from '../model/rulepack.js';
import type { LinedJson } from './json-lines.js';

/** One source line of a cell and the raw file line that holds it. */
export interface CellLine {
  text: string;
  rawLine: number;
}

/** The cells of a notebook (nbformat 4 `cells`, nbformat 3 `worksheets[].cells`) with their lines. */
export function notebookCells(root: LinedJson): { type: string; lines: CellLine[] }[] | undefined {
  if (root.kind !== 'object') return undefined;
  let cells = root.entries.get('cells');
  const worksheets = root.entries.get('worksheets');
  if (!cells && worksheets?.kind === 'array') {
    const items = worksheets.items.flatMap((w) => {
      const c = w.kind === 'object' ? w.entries.get('cells') : undefined;
      return c?.kind === 'array' ? c.items : [];
    });
    cells = { kind: 'array', items, line: worksheets.line };
  }
  if (cells?.kind !== 'array') return undefined;
  return cells.items.map((cell) => {
    if (cell.kind !== 'object') return { type: 'unknown', lines: [] };
    const type = cell.entries.get('cell_type');
    const source = cell.entries.get('source') ?? cell.entries.get('input');
    const parts = source?.kind === 'array' ? source.items : source ? [source] : [];
    // Each string may hold several lines (a single-string source holds them all on one raw line).
    const text: { value: string; line: number }[] = parts.flatMap((p) =>
      p.kind === 'string' ? [{ value: p.value, line: p.line }] : [],
    );
    const lines: CellLine[] = [];
    let pending = '';
    let pendingLine = text[0]?.line ?? 1;
    for (const part of text) {
      const pieces = part.value.split('\n');
      pieces.forEach((piece, i) => {
        if (pending === '' && i === 0) pendingLine = part.line;
        pending += piece;
        if (i < pieces.length - 1) {
          lines.push({ text: pending, rawLine: pendingLine });
          pending = '';
          pendingLine = part.line;
        }
      });
    }
    if (pending !== '') lines.push({ text: pending, rawLine: pendingLine });
    return { type: type?.kind === 'string' ? type.value : 'unknown', lines };
  });
}

/** Cell magics whose body is another language, and those whose body is not code at all. */
export function cellMagicLanguage(first: string): ScriptLanguage | 'python' | 'skip' | undefined {
  const m = /^%%(\w+)\s*(.*)$/.exec(first.trim());
  if (!m) return undefined;
  const [, magic, rest] = m;
  if (magic === 'bash' || magic === 'sh' || magic === 'system' || magic === '!') return 'shell';
  if (magic === 'script') {
    const program = (rest ?? '').trim().split(/\s+/)[0]?.split('/').pop() ?? '';
    if (/^(ba|z|da|k)?sh$/.test(program)) return 'shell';
    if (/^(pwsh|powershell)$/.test(program)) return 'powershell';
    if (/^python[\d.]*$/.test(program)) return 'python';
    return 'skip';
  }
  if (['time', 'timeit', 'capture', 'prun', 'python', 'python3', 'debug'].includes(magic!)) return 'python';
  return 'skip';
}
