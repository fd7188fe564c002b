/**
 * PER001/PER002/PER003 by location: a write's resolved path, or a registry write's resolved
 * key, matched against the catalog's path and key patterns.
 */
import { Minimatch } from 'minimatch';

import type { RawFinding } from '../model/finding.js';
import type { CallFact } from '../model/python-facts.js';
import type { PathEntry, RegistryCatalog, WriteEntry } from '../model/rulepack.js';
import { argumentValue, type CallSite, type Template, UNKNOWN_CHAR, type Value } from '../model/value.js';
import { knownText } from '../resolve/python/values.js';
import { rawFinding, showTemplate } from './finding-builder.js';

/** Rules in the order a path or key is tried: the most specific meaning wins. */
export const RULE_ORDER = ['PER001', 'PER002', 'PER003'];

/** A template as a path to match: environment holes as `${NAME}`, separators `/`, homes as `~`. */
export function normalisePath(template: Template): string {
  const text = template
    .map((part) => {
      if (typeof part === 'string') return part;
      const env = /^environment variable (\w+)/.exec(part.hole);
      return env ? `\${${env[1]}}` : UNKNOWN_CHAR;
    })
    .join('');
  return text
    .replace(/%(\w+)%/g, (_m, name: string) => `\${${name}}`)
    .replace(/\$(?!\{)(\w+)/g, (_m, name: string) => `\${${name}}`)
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\$\{(HOME|USERPROFILE)\}/i, '~')
    .replace(/^(?:\/home\/[^/]+|\/root|\/Users\/[^/]+|[A-Za-z]:\/Users\/[^/]+)(?=\/|$)/i, '~');
}

const GLOB_OPTIONS = { nocase: true, dot: true, nonegate: true, nocomment: true };
const globs = new Map<string, Minimatch>();

/** A catalog glob compiled once per process (compiling is most of minimatch's cost). */
function glob(pattern: string): Minimatch {
  let compiled = globs.get(pattern);
  if (!compiled) globs.set(pattern, (compiled = new Minimatch(pattern, GLOB_OPTIONS)));
  return compiled;
}

function matcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map((p) => glob(normalisePath([p])));
  return (path) => compiled.some((m) => m.match(path));
}

const pathMatchers = new WeakMap<PathEntry, (path: string) => boolean>();

function matches(entry: PathEntry, path: string): boolean {
  let test = pathMatchers.get(entry);
  if (!test) pathMatchers.set(entry, (test = matcher(entry.patterns)));
  return test(path);
}

/** The first path entry a template matches, in rule order (PER001, PER002, PER003); undefined for none. */
export function classifyPath(template: Template, paths: PathEntry[]): PathEntry | undefined {
  const path = normalisePath(template);
  // A copy INTO a folder (`shutil.copy(exe, startup_folder)`) lands inside it.
  const inside = `${path.replace(/\/$/, '')}/${UNKNOWN_CHAR}`;
  for (const rule of RULE_ORDER) {
    const hit = paths.find(
      (entry) => entry.rule === rule && (matches(entry, path) || matches(entry, inside)),
    );
    if (hit) return hit;
  }
  return undefined;
}

function templatesOfPath(value: Value | undefined): Template[] {
  if (value?.kind === 'str') return value.options;
  return [];
}

/** Whether the call writes, judged by its mode argument (`open(path, "w")`). */
function writes(site: CallSite, entry: WriteEntry): 'yes' | 'no' | 'maybe' {
  if (!entry.mode) return 'yes';
  const value = argumentValue(site, entry.mode);
  const text = value === undefined ? entry.mode.default : knownText(value);
  if (text === undefined) return 'maybe';
  return new RegExp(entry.mode.write_modes).test(text) ? 'yes' : 'no';
}

/** A finding when a write lands on a persistence or protected location. */
export function matchWrite(fact: CallFact, entry: WriteEntry, paths: PathEntry[]): RawFinding | undefined {
  const { site } = fact;
  const intent = writes(site, entry);
  if (intent === 'no') return undefined;
  const target = entry.path ? argumentValue(site, entry.path) : site.receiver;
  for (const template of templatesOfPath(target)) {
    const hit = classifyPath(template, paths);
    if (!hit) continue;
    const shown = showTemplate(template);
    return rawFinding(hit.rule, fact, {
      confidence: intent === 'yes' ? 'high' : 'medium',
      subject: `${site.callee} ${normalisePath(template)}`,
      details: { qualified_name: site.callee, path: shown, ...(hit.note ? { location: hit.note } : {}) },
    });
  }
  return undefined;
}

const ROOT_ABBREVIATIONS: Record<string, string> = {
  HKEY_CURRENT_USER: 'HKCU',
  HKEY_LOCAL_MACHINE: 'HKLM',
  HKEY_USERS: 'HKU',
  HKEY_CLASSES_ROOT: 'HKCR',
  HKEY_CURRENT_CONFIG: 'HKCC',
};

/** A registry key with `/` separators and its hive abbreviated (`HKEY_CURRENT_USER` -> `HKCU`). */
export function normaliseKey(key: string): string {
  const slashed = key.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  const [root, ...rest] = slashed.split('/');
  return [ROOT_ABBREVIATIONS[root!.toUpperCase()] ?? root!.toUpperCase(), ...rest].join('/');
}

/** The registry path a key value stands for (root and sub key), following `OpenKey`/`CreateKey` handles. */
function keyPath(value: Value | undefined, registry: RegistryCatalog, depth = 0): string | undefined {
  if (!value || depth > 4) return undefined;
  if (value.kind === 'qualname') return value.name.split('.').pop();
  if (value.kind === 'instance' && value.origin) {
    const open = registry.open.find((o) => o.api.includes(value.origin!.callee));
    if (!open) return undefined;
    const root = keyPath(argumentValue(value.origin, open.root), registry, depth + 1);
    const sub = argumentValue(value.origin, open.subkey);
    const subText = sub?.kind === 'str' ? showTemplate(sub.options[0] ?? []) : undefined;
    if (root === undefined) return subText;
    return subText ? `${root}\\${subText}` : root;
  }
  return knownText(value);
}

/** PER002 (or whichever rule the key patterns name) for a registry value write. */
export function matchRegistryWrite(
  fact: CallFact,
  entry: RegistryCatalog['write'][number],
  registry: RegistryCatalog,
): RawFinding | undefined {
  const { site } = fact;
  const base = keyPath(argumentValue(site, entry.key), registry);
  if (base === undefined) return undefined;
  const sub = entry.subkey ? knownText(argumentValue(site, entry.subkey)) : undefined;
  const full = normaliseKey(sub ? `${base}\\${sub}` : base);
  for (const rule of RULE_ORDER) {
    const hit = registry.keys.find(
      (k) => k.rule === rule && k.patterns.some((p) => glob(normaliseKey(p)).match(full)),
    );
    if (hit) {
      return rawFinding(hit.rule, fact, {
        confidence: 'high',
        subject: `${site.callee} ${full}`,
        details: { qualified_name: site.callee, path: full.replace(/\//g, '\\') },
      });
    }
  }
  return undefined;
}
