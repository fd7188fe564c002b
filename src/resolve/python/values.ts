/** Constructors and combinators for abstract values (src/model/value.ts). */
import type { Template, Value } from '../../model/value.js';
import { flatten } from '../../model/value.js';
import { clipReason, dedupe, hole, MAX_OPTIONS } from './templates.js';

export function str(text: string, extra: { bytes?: boolean; path?: boolean } = {}): Value {
  return { kind: 'str', options: [[text]], ...extra };
}

export function unknown(reason: string, via?: string[]): Value {
  const clipped = clipReason(reason);
  return via?.length ? { kind: 'unknown', reason: clipped, via } : { kind: 'unknown', reason: clipped };
}

/** The templates `str(value)` could print, or undefined for values we cannot print (objects). */
export function printable(value: Value): Template[] | undefined {
  switch (value.kind) {
    case 'str':
      return value.options;
    case 'num':
      return [[String(value.value)]];
    case 'bool':
      return [[value.value ? 'True' : 'False']];
    case 'none':
      return [['None']];
    case 'unknown':
      return [[hole(value.reason)]];
    default:
      return undefined;
  }
}

/** Templates for splicing into a string; objects become holes described by `describe`. */
export function templatesOf(value: Value): Template[] {
  return printable(value) ?? [[hole(describe(value))]];
}

/** A short human description of a value, for provenance notes and evidence. */
export function describe(value: Value): string {
  switch (value.kind) {
    case 'str':
      return value.options.length === 1 && value.options[0]!.every((p) => typeof p === 'string')
        ? JSON.stringify(flatten(value.options[0])).slice(0, 120)
        : `a string built from ${value.options.flatMap((o) => o.filter((p) => typeof p !== 'string').map((p) => p.hole)).join('; ') || 'constants'}`;
    case 'num':
      return String(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'seq':
      return value.tuple ? 'a tuple' : 'a list';
    case 'dict':
      return 'a dict';
    case 'module':
      return `module ${value.name}`;
    case 'qualname':
      return value.name;
    case 'instance':
      return `a ${value.type} object`;
    case 'local':
      return `local ${value.name}`;
    case 'unknown':
      return value.reason;
  }
}

/** The possible values of a name assigned in several places (branches, reassignments). */
export function union(values: Value[]): Value {
  const distinct: Value[] = [];
  for (const v of values) if (!distinct.some((d) => sameValue(d, v))) distinct.push(v);
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length === 0) return unknown('no value');
  if (distinct.every((v) => v.kind === 'str' || v.kind === 'unknown' || v.kind === 'num')) {
    const options = dedupe(distinct.flatMap((v) => templatesOf(v))).slice(0, MAX_OPTIONS);
    const via = [...new Set(distinct.flatMap((v) => ('via' in v && v.via) || []))];
    const path = distinct.some((v) => v.kind === 'str' && v.path);
    return { kind: 'str', options, ...(via.length ? { via } : {}), ...(path ? { path } : {}) };
  }
  const kinds = new Set(distinct.map((v) => v.kind));
  if (
    kinds.size === 1 &&
    (distinct[0]!.kind === 'instance' || distinct[0]!.kind === 'module' || distinct[0]!.kind === 'qualname')
  ) {
    // Same kind of object from different branches: keep the first; callee names resolve alike.
    const names = new Set(
      distinct.map((v) => (v.kind === 'instance' ? v.type : (v as { name: string }).name)),
    );
    if (names.size === 1) return distinct[0]!;
  }
  return unknown(`one of several values (${distinct.map(describe).join(', ').slice(0, 200)})`);
}

function templateKey(template: Template): string {
  return template.map((p) => (typeof p === 'string' ? p : `\u0000${p.hole}\u0000`)).join('');
}

/** Cheap equality for merging: containers compare by identity, strings by their spellings. */
function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'str':
      return (
        b.kind === 'str' &&
        a.options.length === b.options.length &&
        a.options.every((t, i) => templateKey(t) === templateKey(b.options[i]!))
      );
    case 'num':
    case 'bool':
      return b.kind === a.kind && b.value === a.value;
    case 'none':
      return b.kind === 'none';
    case 'module':
    case 'qualname':
    case 'local':
      return b.kind === a.kind && b.name === a.name;
    case 'instance':
      return b.kind === 'instance' && a.type === b.type && a.origin === b.origin;
    case 'unknown':
      return b.kind === 'unknown' && a.reason === b.reason;
    default:
      return false;
  }
}

/** True/false when the value is a constant with known truthiness, else undefined. */
export function truthiness(value: Value): boolean | undefined {
  switch (value.kind) {
    case 'bool':
      return value.value;
    case 'num':
      return value.value !== 0;
    case 'none':
      return false;
    case 'str':
      return value.options.every((o) => o.length > 0 && o.every((p) => typeof p === 'string'))
        ? value.options.every((o) => flatten(o).length > 0) || undefined
        : undefined;
    case 'seq':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0;
    default:
      return undefined;
  }
}

/** A compile-time constant: fully known text, number, bool, None, or containers of them. */
export function isConstant(value: Value): boolean {
  switch (value.kind) {
    case 'str':
      return value.options.every((o) => o.every((p) => typeof p === 'string'));
    case 'num':
    case 'bool':
    case 'none':
      return true;
    case 'seq':
      return value.items.every(isConstant);
    case 'dict':
      return value.entries.every(([k, v]) => isConstant(k) && isConstant(v));
    default:
      return false;
  }
}

/** The single known text of a value, when it has exactly one fully known spelling. */
export function knownText(value: Value | undefined): string | undefined {
  if (value?.kind !== 'str' || value.options.length !== 1) return undefined;
  const [only] = value.options;
  return only!.every((p) => typeof p === 'string') ? only.join('') : undefined;
}
