/**
 * Decides from a file's words alone whether any rule could match it, so files that cannot are
 * parsed for their syntax errors only (SCAN001) and never resolved or matched. Everything is
 * derived from the rulepack: a catalog API `pkg.mod.func` can only be reached by code that names
 * `pkg` and mentions `mod` and `func` (as a name, an attribute or a string looked up by name),
 * each in any spelling the alias catalog gives it (`posix` for `os`, `session` for the `Session`
 * it returns); a builtin needs its own name. The resolver's ways of reaching a name by a computed
 * string (`getattr`, `__import__`, `globals()[...]`, `sys.modules[...]`) force analysis, as do
 * literals long enough to be encoded payloads and bidirectional-control characters; a lookup by
 * a literal name (`getattr(os, "system")`) counts as naming it.
 *
 * `__tests__/match/prefilter.test.ts` proves that the findings are the same with and without
 * the prefilter over the rule fixtures, the standard library and generated code.
 */
import type { Rulepack } from '../model/rulepack.js';
import { hasComputedLookup, pythonWords, type PythonWords } from '../parse/python-words.js';
import type { PolicyRule } from '../review/policy/model.js';
import { apiIndex } from './api-index.js';
import { BIDI_CONTROL } from './obfuscation.js';

/** Builtins through which the resolver reaches any name from a computed string. */
const ALWAYS = ['__import__', 'globals', 'locals', 'vars', '__builtins__'];

export interface PythonPrefilter {
  /** Whether a rule could match `source`; false only when provably none can. */
  mayMatch(source: string): boolean;
}

/** What a file must name for one catalog API to be reachable: every set needs one of its spellings. */
interface Requirement {
  /** Spellings of the module root, as a plain name. */
  roots: Set<string>;
  /** Spellings of the segment before the final name (a submodule, object or class), when the API has one. */
  owner?: Set<string>;
}

interface Triggers {
  /** A plain name that alone forces analysis. */
  bare: Set<string>;
  /** A spelling of an API's final name → what else reaching that API needs. */
  finals: Map<string, Requirement[]>;
  /** Every module root any API has, and the modules that look names up (a computed lookup plus one of these forces analysis). */
  roots: Set<string>;
  minPayload: number;
  /** A policy with a wildcard root can match any file. */
  everything: boolean;
}

const segments = (name: string): string[] => name.split('.');
const root = (name: string): string => segments(name)[0]!;
const last = (name: string): string => segments(name).at(-1)!;

/**
 * Every spelling a segment of a catalog name can have in source, through the alias catalog
 * (transitively): `posix` spells the root `os`, `http_client` (six.moves) spells `client`,
 * `session` spells `Session` because `requests.session()` returns a `requests.Session`.
 */
function spellingsOf(pack: Rulepack): {
  root: (name: string) => Set<string>;
  segment: (name: string) => Set<string>;
} {
  const closure = (edges: (readonly [string, string])[]): ((n: string) => Set<string>) => {
    const spellings = new Map<string, Set<string>>();
    const get = (n: string): Set<string> => {
      let set = spellings.get(n);
      if (!set) spellings.set(n, (set = new Set([n])));
      return set;
    };
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
    return get;
  };
  const { modules, names, returns } = pack.aliases;
  const aliases = [...Object.entries(modules), ...Object.entries(names), ...Object.entries(returns)];
  // `__builtins__` is the resolver's own spelling of the builtins module.
  const roots = closure([
    ...aliases.map(([from, to]) => [root(from), root(to)] as const),
    ['__builtins__', 'builtins'],
  ]);
  const lasts = closure(aliases.map(([from, to]) => [last(from), last(to)] as const));
  return { root: (name) => roots(root(name)), segment: (name) => lasts(name) };
}

function triggersOf(pack: Rulepack, policies: readonly PolicyRule[]): Triggers {
  const spellings = spellingsOf(pack);
  const triggers: Triggers = {
    bare: new Set([...ALWAYS, ...spellings.root('builtins')]),
    finals: new Map(),
    // sys.modules, importlib.import_module and operator.attrgetter look names up themselves.
    roots: new Set(['sys', 'importlib', 'operator']),
    minPayload: pack.obfuscation.blobs.base64_min_length,
    everything: false,
  };
  const addApi = (api: string): void => {
    const parts = segments(api);
    if (parts[0] === 'builtins') triggers.bare.add(parts.at(-1)!);
    const requirement: Requirement = { roots: spellings.root(api) };
    if (parts.length > 2) requirement.owner = spellings.segment(parts.at(-2)!);
    for (const r of requirement.roots) triggers.roots.add(r);
    for (const final of spellings.segment(parts.at(-1)!)) {
      const list = triggers.finals.get(final);
      if (list) list.push(requirement);
      else triggers.finals.set(final, [requirement]);
    }
  };
  for (const api of apiIndex(pack).names) addApi(api);
  for (const module of pack.networkModules) addApi(module);
  for (const decoder of pack.obfuscation.decoders) addApi(decoder);
  for (const policy of policies) {
    if (!policy.is_active) continue;
    if (root(policy.pattern).includes('*')) triggers.everything = true;
    for (const spelling of spellings.root(policy.pattern)) triggers.bare.add(spelling);
  }
  return triggers;
}

/** Whether the file names any module root as a plain name (a computed lookup could reach anything in it). */
function namesARoot({ bare }: PythonWords, t: Triggers): boolean {
  for (const r of t.roots) if (bare.has(r)) return true;
  return false;
}

function mayMatchWords(words: PythonWords, t: Triggers): boolean {
  const { bare, attributes, quoted } = words;
  for (const name of bare) if (t.bare.has(name)) return true;
  const mentioned = (name: string): boolean => bare.has(name) || attributes.has(name) || quoted.has(name);
  // A module root is named as a plain name, or as a string a literal lookup imports
  // (`importlib.import_module("os")`, `sys.modules["os"]`).
  const named = (name: string): boolean => bare.has(name) || quoted.has(name);
  const anyOf = (set: Set<string>, has: (name: string) => boolean): boolean => {
    for (const name of set) if (has(name)) return true;
    return false;
  };
  for (const [final, requirements] of t.finals) {
    if (!mentioned(final)) continue;
    for (const { roots, owner } of requirements) {
      if (anyOf(roots, named) && (!owner || anyOf(owner, mentioned))) return true;
    }
  }
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
      mayMatch: (source) => {
        if (triggers.everything || BIDI_CONTROL.test(source)) return true;
        const words = pythonWords(source);
        return mayMatchWords(words, triggers) || (hasComputedLookup(source) && namesARoot(words, triggers));
      },
    };
    byPolicies.set(policies, prefilter);
  }
  return prefilter;
}
