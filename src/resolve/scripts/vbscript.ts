/** Placeholder until the VBScript tokenizer lands. */
import type { ScriptFacts } from './facts.js';

export function analyzeVbscript(_source: string): ScriptFacts {
  return { language: 'vbscript', commands: [], methods: [], syntaxErrors: [] };
}
