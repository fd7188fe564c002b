/**
 * Decides from a file's words alone whether parsing it could produce any finding, so files
 * that cannot are never parsed. Everything is derived from the rulepack: a catalog API
 * `pkg.mod.func` can only be reached by code that names `pkg` (or a module the alias catalog
 * rewrites to it) and mentions `func` (as a name, an attribute or a string looked up by
 * name); a builtin needs its own name. The resolver's ways of reaching a name by a computed
 * string (`getattr`, `__import__`, `globals()[...]`, `sys.modules[...]`) force parsing, as do
 * literals long enough to be encoded payloads and bidirectional-control characters.
 *
 * A file skipped here has no findings at all. A syntax error is reported (SCAN001) only in a
 * file this prefilter would parse, with or without the prefilter: in any other file nothing
 * could be hidden by it. `__tests__/match/prefilter.test.ts` proves the
 * prefilter never hides a finding over the rule fixtures, the standard library and
 * generated code.
 */
import type { Rulepack } from '../model/rulepack.js';
import { pythonWords, type PythonWords } from '../parse/python-words.js';
import type { PolicyRule } from '../review/policy/model.js';
import { apiIndex } from './api-index.js';
import { BIDI_CONTROL } from './obfuscation.js';

/** Builtins through which the resolver reaches any name from a computed string. */
const ALWAYS = ['__import__', 'globals', 'locals', 'vars', '__builtins__'];
/** Lookups by string that reach an attribute of a module the file also names. */
const LOOKUPS = [
  'getattr',
  '__dict__',
  'modules',
  'import_module',
  'attrgetter',
  'methodcaller',
  '__getattribute__',
];

export interface PythonPrefilter {
  /** Whether `source` could produce a finding; false only when it provably cannot. */
  mayMatch(source: string): boolean;
}

interface Triggers {
  /** A plain name that alone forces parsing. */
  bare: Set<string>;
  /** Final name → the module roots that reach it; both present force parsing. */
  pairs: Map<string, Set<string>>;
  /** Every module root any API has. */
  roots: Set<string>;
  minPayload: number;
  /** A policy with a wildcard root can match any file. */
  everything: boolean;
}

const root = (name: string): string => name.split('.')[0]!;

/** Module roots each root is also reachable by, through the alias catalog (transitively). */
function rootSpellings(pack: Rulepack): (name: string) => Set<string> {
  const spellings = new Map<string, Set<string>>();
  const get = (r: string): Set<string> => {
    let set = spellings.get(r);
    if (!set) spellings.set(r, (set = new Set([r])));
    return set;
  };
  const { modules, names, returns } = pack.aliases;
  const edges = [...Object.entries(modules), ...Object.entries(names), ...Object.entries(returns)].map(
    ([from, to]) => [root(from), root(to)] as const,
  );
  get('builtins').add('__builtins__');
  for (let changed = true; changed;) {
    changed = false;
    for (const [from, to] of edges) {
      const target = get(to);
      for (const spelling of get(from)) {
        if (!target.has(spelling)) {
          target.add(spelling);
          changed = true;
        }
      }
    }
  }
  return (name) => get(root(name));
}

function triggersOf(pack: Rulepack, policies: readonly PolicyRule[]): Triggers {
  const spellings = rootSpellings(pack);
  const triggers: Triggers = {
    bare: new Set([...ALWAYS, ...spellings('builtins')]),
    pairs: new Map(),
    roots: new Set(['sys', 'importlib', 'operator']),
    minPayload: pack.obfuscation.blobs.base64_min_length,
    everything: false,
  };
  const addApi = (api: string): void => {
    const final = api.slice(api.lastIndexOf('.') + 1);
    if (root(api) === 'builtins') triggers.bare.add(final);
    let roots = triggers.pairs.get(final);
    if (!roots) triggers.pairs.set(final, (roots = new Set()));
    for (const spelling of spellings(api)) {
      roots.add(spelling);
      triggers.roots.add(spelling);
    }
  };
  for (const api of apiIndex(pack).names) addApi(api);
  for (const module of pack.networkModules) addApi(module);
  for (const decoder of pack.obfuscation.decoders) addApi(decoder);
  for (const policy of policies) {
    if (!policy.is_active) continue;
    if (root(policy.pattern).includes('*')) triggers.everything = true;
    for (const spelling of spellings(policy.pattern)) triggers.bare.add(spelling);
  }
  return triggers;
}

function mayMatchWords(words: PythonWords, t: Triggers): boolean {
  const { bare, attributes, quoted } = words;
  for (const name of bare) if (t.bare.has(name)) return true;
  const mentioned = (name: string): boolean => bare.has(name) || attributes.has(name) || quoted.has(name);
  for (const [final, roots] of t.pairs) {
    if (!mentioned(final)) continue;
    for (const r of roots) if (bare.has(r)) return true;
  }
  if (LOOKUPS.some(mentioned)) for (const r of t.roots) if (bare.has(r)) return true;
  return words.longestEncodedLiteral >= t.minPayload;
}

const built = new WeakMap<Rulepack, WeakMap<readonly PolicyRule[], PythonPrefilter>>();
const NO_POLICIES: readonly PolicyRule[] = [];

/** The prefilter for `pack` (and the rules of `policies`, which match names too), built once per pair. */
export function pythonPrefilter(
  pack: Rulepack,
  policies: readonly PolicyRule[] = NO_POLICIES,
): PythonPrefilter {
  let byPolicies = built.get(pack);
  if (!byPolicies) built.set(pack, (byPolicies = new WeakMap()));
  let prefilter = byPolicies.get(policies);
  if (!prefilter) {
    const triggers = triggersOf(pack, policies);
    prefilter = {
      mayMatch: (source) =>
        triggers.everything || BIDI_CONTROL.test(source) || mayMatchWords(pythonWords(source), triggers),
    };
    byPolicies.set(policies, prefilter);
  }
  return prefilter;
}
