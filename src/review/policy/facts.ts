/**
 * What the policy matcher needs to know about one Python file. The semantic layer produces it
 * (every name already resolved: aliases, from-imports, `builtins.`, shadowing), so matching here
 * never looks at text. The shapes are structural: the semantic layer's own fact records fit.
 */
import type { SourceRange } from '../../model/finding.js';

/** Where a fact sits and what identifies its statement for fingerprints (SPEC 6). */
export interface PolicySite {
  range: SourceRange;
  /** The enclosing simple statement, whitespace folded. */
  statement: string;
  /** The enclosing scope: `module`, `Class.method`, ... */
  scope: string;
  /** Steps that led here when the code was found inside other code. */
  chain?: string[];
}

/** An import, however spelled (`import`, `from ... import`, literal `importlib.import_module`/`__import__`). */
export interface PolicyImport extends PolicySite {
  /** Absolute module name (`os.path`); a relative name (leading dots) matches no module rule. */
  module: string;
  /** For `from m import a, b`: the imported names, each of which may be the submodule `m.a`. */
  names?: string[];
}

/** A call of a builtin function however reached (`eval`, `builtins.eval`, `getattr(builtins, "eval")`); never a local that shadows it. */
export interface PolicyBuiltinCall extends PolicySite {
  /** The builtin's name, e.g. `eval`. */
  name: string;
}

/** A call or access whose resolved qualified name is known (`import os as o; o.system` -> `os.system`). */
export interface PolicyQualifiedUse extends PolicySite {
  name: string;
}

/** Everything policy matching reads about one file. */
export interface PolicyFacts {
  imports: PolicyImport[];
  builtinCalls: PolicyBuiltinCall[];
  qualifiedUses: PolicyQualifiedUse[];
}
