/**
 * Per-language dispatch of one decoded source: Python, notebooks and the script languages.
 * A notebook that is not one comes back as `{ skipped }` with the reason.
 */
import type { Parser } from 'web-tree-sitter';

import type { SourceLanguage } from '../discover/file-kinds.js';
import type { Rulepack } from '../model/rulepack.js';
import type { PolicyRule } from '../review/policy/model.js';
import { analyzeNotebookSource, type NotebookAnalysis } from './analyze-notebook.js';
import { analyzePythonSource } from './analyze-python.js';
import { analyzeScriptSource, scriptParsers } from './analyze-script.js';

/**
 * Every raw finding of `text` read as `language`; never throws on bad content. `prefilter`
 * lets Python that no rule can match be parsed for syntax errors only.
 */
export async function analyzeSource(
  text: string,
  language: SourceLanguage,
  python: Parser,
  pack: Rulepack,
  policies?: readonly PolicyRule[],
  options: { prefilter?: boolean } = {},
): Promise<NotebookAnalysis> {
  if (language === 'python') return analyzePythonSource(text, python, pack, policies, options);
  const parsers = await scriptParsers(python);
  if (language === 'notebook') return analyzeNotebookSource(text, parsers, pack);
  return analyzeScriptSource(text, language, parsers, pack);
}
