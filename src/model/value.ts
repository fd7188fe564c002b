/**
 * Abstract values computed by the semantic layer. A string is a set of possible spellings,
 * each a template of known text and unknown parts (holes) that remember where they came from.
 */

/** An unknown part of a string, with its provenance ("environment variable HOST, default 'x'"). */
export interface Hole {
  hole: string;
}

/** One possible spelling of a string: known text and holes, in order. */
export type Template = (string | Hole)[];

/**
 * How an unknown part is written when a template is flattened for classification
 * (URL/host/path parsers see this character where the value is not known).
 */
export const UNKNOWN_CHAR = '\u0000';

export type Value =
  /** `via`: decoders the text went through (OBF001); `path`: a pathlib.Path rather than a str. */
  | { kind: 'str'; options: Template[]; bytes?: boolean; path?: boolean; via?: string[] }
  | { kind: 'num'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'seq'; items: Value[]; tuple: boolean }
  | { kind: 'dict'; entries: [Value, Value][] }
  /** A module, by canonical dotted name. */
  | { kind: 'module'; name: string }
  /** A function or class by canonical qualified name (`os.system`, `socket.socket`, `builtins.eval`). */
  | { kind: 'qualname'; name: string }
  /** An object whose type is a known class (`socket.socket`), with the call that built it. */
  | { kind: 'instance'; type: string; origin?: CallSite }
  /** A function or class defined in the scanned code itself. */
  | { kind: 'local'; name: string }
  | { kind: 'unknown'; reason: string; via?: string[] };

/** A resolved call: what the semantic layer hands to rule matching. */
export interface CallSite {
  /** Canonical qualified name of the callee, when known. */
  callee: string;
  positional: Value[];
  keywords: Map<string, Value>;
  /** True when `*args` / `**kwargs` make unlisted arguments possible. */
  hasStarArgs: boolean;
  hasStarKwargs: boolean;
  /** The receiver's value for a method call (`s.connect` -> the `socket.socket` instance). */
  receiver?: Value;
}

/** Flattens a template, writing holes as UNKNOWN_CHAR. */
export function flatten(template: Template): string {
  return template.map((part) => (typeof part === 'string' ? part : UNKNOWN_CHAR)).join('');
}

/** The provenance notes of a template's holes, in order, without repeats. */
export function holeNotes(template: Template): string[] {
  const notes: string[] = [];
  for (const part of template)
    if (typeof part !== 'string' && !notes.includes(part.hole)) notes.push(part.hole);
  return notes;
}

/** The value bound to a parameter: by keyword first, then by position; undefined when absent. */
export function argumentValue(site: CallSite, ref: { pos?: number; kw?: string }): Value | undefined {
  if (ref.kw !== undefined && site.keywords.has(ref.kw)) return site.keywords.get(ref.kw);
  if (ref.pos !== undefined && ref.pos < site.positional.length) return site.positional[ref.pos];
  return undefined;
}
