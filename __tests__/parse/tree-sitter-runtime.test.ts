// Covers src/parse/tree-sitter-runtime.ts: the runtime and the Python grammar load from node_modules.
import { createParser } from '../../src/parse/tree-sitter-runtime.js';

test('parses Python with the shipped grammar', async () => {
  const parser = await createParser('python');
  const tree = parser.parse('import os\nos.system("x")\n');
  expect(tree?.rootNode.type).toBe('module');
  expect(tree?.rootNode.namedChildren.map((n) => n?.type)).toEqual([
    'import_statement',
    'expression_statement',
  ]);
});
