// Covers src/pipeline/analyze-notebook.ts: cell positions, raw-file lines, magics and bad notebooks.
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzeNotebookSource } from '../../src/pipeline/analyze-notebook.js';
import { scriptParsers, type ScriptParsers } from '../../src/pipeline/analyze-script.js';

let parsers: ScriptParsers;
beforeAll(async () => {
  parsers = await scriptParsers(await createParser('python'));
});

function notebook(cells: { cell_type: string; source: string[] | string }[]): string {
  return JSON.stringify(
    { cells: cells.map((c) => ({ metadata: {}, ...c })), metadata: {}, nbformat: 4, nbformat_minor: 5 },
    null,
    1,
  );
}

function run(text: string) {
  const result = analyzeNotebookSource(text, parsers, loadRulepack());
  if ('skipped' in result) throw new Error(result.skipped);
  return result.findings;
}

test('a finding names its cell and cell line and points at the raw line holding the source', () => {
  const text = notebook([
    { cell_type: 'markdown', source: ['requests.get("https://md.example.com")\n'] },
    {
      cell_type: 'code',
      source: ['import requests\n', 'x = 1\n', 'requests.get("https://api.example.com")\n'],
    },
  ]);
  const [finding] = run(text).filter((f) => f.ruleId === 'NET001');
  const rawLine = text.split('\n').findIndex((l) => l.includes('api.example.com')) + 1;
  expect(finding).toMatchObject({ line: rawLine, details: { cell: 2, cell_line: 3 } });
});

test('a source given as one string maps every cell line to the line of that string', () => {
  const text = notebook([
    { cell_type: 'code', source: 'import socket\n\nsocket.create_connection(("db.example.com", 5432))\n' },
  ]);
  const [finding] = run(text);
  const rawLine = text.split('\n').findIndex((l) => l.includes('db.example.com')) + 1;
  expect(finding).toMatchObject({ ruleId: 'NET001', line: rawLine, details: { cell: 1, cell_line: 3 } });
});

test('shell escapes are shell, other magics are skipped and the cell still parses as Python', () => {
  const text = notebook([
    {
      cell_type: 'code',
      source: [
        '%load_ext autoreload\n',
        'for i in range(2):\n',
        '    !curl https://loop.example.com\n',
        'print(i)\n',
      ],
    },
  ]);
  const findings = run(text);
  expect(findings.map((f) => [f.ruleId, f.details.cell_line, f.details.language])).toEqual([
    ['NET001', 3, 'shell'],
  ]);
});

test('a notebook that is not valid JSON is skipped with the reason', () => {
  const result = analyzeNotebookSource('{"cells": [', parsers, loadRulepack());
  expect(result).toEqual({
    skipped: expect.stringMatching(/^not a valid notebook: invalid JSON: .*line 1/) as string,
  });
});

test('JSON without cells is skipped as not a notebook', () => {
  expect(analyzeNotebookSource('{"a": 1}', parsers, loadRulepack())).toEqual({
    skipped: 'not a valid notebook: no cells',
  });
});

test('a syntax error in a cell is SCAN001 at that cell line', () => {
  // The cell names socket: a syntax error could hide what a rule looks for, so it is reported.
  const text = notebook([{ cell_type: 'code', source: ['import socket\n', 'def broken(:\n'] }]);
  const scan = run(text).find((f) => f.ruleId === 'SCAN001');
  expect(scan?.details).toMatchObject({ cell: 1, cell_line: 2 });
});
