// Covers which facts src/resolve/python/analyzer.ts records: without policy rules only the calls a
// rule can match (catalog APIs, forwarders, source executors); with them every call and access.
import type { Parser } from 'web-tree-sitter';

import { loadRulepack } from '../../../src/match/rulepack-loader.js';
import { createParser } from '../../../src/parse/tree-sitter-runtime.js';
import { pythonFacts } from '../../../src/pipeline/analyze-python.js';

let parser: Parser;
beforeAll(async () => {
  parser = await createParser('python');
});
afterAll(() => parser.delete());

const source = [
  'import os, functools',
  'n = len(items)',
  'os.system(cmd)',
  'run = functools.partial(os.popen, cmd)',
  'eval(text)',
  'f = os.getcwd',
  '',
].join('\n');

test.each([
  ['rules only', false, ['os.system', 'functools.partial', 'os.popen', 'builtins.eval'], []],
  [
    'policy rules',
    true,
    ['builtins.len', 'os.system', 'functools.partial', 'os.popen', 'builtins.eval'],
    ['os.popen', 'os.getcwd'],
  ],
])('%s', (_name, allFacts, calls, accesses) => {
  const facts = pythonFacts(source, parser, loadRulepack(), allFacts)!.facts;
  expect(facts.calls.map((c) => c.site.callee)).toEqual(calls);
  expect(facts.accesses.map((a) => a.name)).toEqual(accesses);
});
