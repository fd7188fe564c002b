/**
 * What the semantic layer learns about one Python file: resolved calls, imports, qualified
 * attribute uses and long literals, each with its position. Rules match these facts, never text.
 */
import type { SourceRange } from './finding.js';
import type { CallSite } from './value.js';

/** Where a fact sits, and what identifies it for fingerprints (SPEC 6). */
export interface FactPlace {
  range: SourceRange;
  /** The call or statement text, first line, shortened. */
  evidence: string;
  /** The enclosing simple statement, whitespace folded. */
  statement: string;
  /** The enclosing scope: `module`, `Class`, `Class.method`, `f.<locals>.g`. */
  scope: string;
  /** Steps that led here when the code was found inside other code (decoded payload, `python -c`). */
  chain?: string[];
}

export interface CallFact extends FactPlace {
  site: CallSite;
}

export interface ImportFact extends FactPlace {
  /** Canonical module name (`urllib.request`); relative imports keep their leading dots. */
  module: string;
  /** How it was spelled: `import`, `from`, or a literal `__import__`/`importlib.import_module`. */
  form: 'import' | 'from' | 'dynamic';
  /** For `from m import a, b`: the imported names (`a` may itself be a submodule `m.a`). */
  names?: string[];
}

/** A qualified name read without being called (`f = os.system`), for attribute policies. */
export interface AccessFact extends FactPlace {
  name: string;
}

/** A string literal long enough to hide a payload (OBF001 blob heuristics). */
export interface LiteralFact extends FactPlace {
  text: string;
}

export interface PythonFacts {
  calls: CallFact[];
  imports: ImportFact[];
  accesses: AccessFact[];
  literals: LiteralFact[];
  syntaxErrors: SourceRange[];
  /** Set when analysis stopped early (nesting too deep, time budget): the audit is incomplete. */
  incomplete?: string;
}
