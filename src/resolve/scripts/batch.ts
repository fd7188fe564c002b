/** Placeholder until the batch tokenizer lands. */
import type { ScriptFacts } from './facts.js';

export function analyzeBatch(_source: string): ScriptFacts {
  return { language: 'batch', commands: [], methods: [], syntaxErrors: [] };
}
