/** Canonical qualified names: Python 2, six and private spellings mapped to one name (catalog `aliases`). */
import type { AliasCatalog } from '../../model/rulepack.js';

export interface Names {
  /** `six.moves.urllib.request.urlopen` -> `urllib.request.urlopen`; unknown names unchanged. */
  canonical(name: string): string;
  /** The canonical name of a callee: also `Base.__init__` (from `super().__init__`) -> `Base`. */
  callName(name: string): string;
}

/** Builds a memoised name canonicaliser from the alias catalog. */
export function createNames(aliases: AliasCatalog): Names {
  const modules = aliases.modules;
  const prefixes = Object.keys(modules).sort((a, b) => b.length - a.length);
  const memo = new Map<string, string>();
  const canonical = (name: string): string => {
    const cached = memo.get(name);
    if (cached !== undefined) return cached;
    // Methods of builtin types are named by the type alone (`bytes.fromhex`), as catalogs spell them.
    let result = aliases.names[name] ?? name.replace(/^builtins\.(bytes|bytearray|str)\./, '$1.');
    for (const prefix of prefixes) {
      if (result === prefix || result.startsWith(`${prefix}.`)) {
        result = modules[prefix]! + result.slice(prefix.length);
        break;
      }
    }
    result = aliases.names[result] ?? result;
    if (memo.size < 50_000) memo.set(name, result);
    return result;
  };
  return {
    canonical,
    callName: (name) => canonical(name.endsWith('.__init__') ? name.slice(0, -'.__init__'.length) : name),
  };
}
