/** Parses Python source with tree-sitter and locates syntax errors (SCAN001). */
import type { Parser } from 'web-tree-sitter';

import type { SourceRange } from '../model/finding.js';
import type { SyntaxNode, Tree } from './tree-sitter-runtime.js';

/** The 1-based range of a node, columns in UTF-16 code units. */
export function rangeOf(node: SyntaxNode): SourceRange {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

const MAX_REPORTED_ERRORS = 20;

/**
 * Ranges of the syntax errors tree-sitter recovered from (ERROR and MISSING nodes), in source
 * order, at most 20. Walks iteratively so pathological nesting cannot exhaust the stack.
 */
export function syntaxErrors(tree: Tree): SourceRange[] {
  if (!tree.rootNode.hasError) return [];
  const found: SourceRange[] = [];
  const cursor = tree.walk();
  let descend = true;
  while (found.length < MAX_REPORTED_ERRORS) {
    const node = cursor.currentNode;
    if (descend && (node.isError || node.isMissing)) {
      found.push(rangeOf(node));
      descend = false;
    }
    if (descend && node.hasError && cursor.gotoFirstChild()) continue;
    descend = true;
    if (cursor.gotoNextSibling()) continue;
    let climbed = false;
    while (cursor.gotoParent()) {
      if (cursor.gotoNextSibling()) {
        climbed = true;
        break;
      }
    }
    if (!climbed) break;
  }
  return found;
}

/** Parses `text`; never throws on bad syntax (tree-sitter recovers), returns null only if parsing was cancelled. */
export function parsePython(parser: Parser, text: string): Tree | null {
  return parser.parse(text);
}
