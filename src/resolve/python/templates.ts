/**
 * Operations on string templates (known text plus holes): concatenation, Python escape
 * decoding, `%`-formatting and `str.format`. Option counts are capped so hostile code
 * cannot blow up the cross products.
 */
import type { Hole, Template } from '../../model/value.js';

/** At most this many possible spellings are kept for one string. */
export const MAX_OPTIONS = 16;
/** Known text longer than this is cut (payload blobs stay intact up to this size). */
export const MAX_TEXT = 1 << 20;

/**
 * Reasons (of holes and unknown values) longer than this are cut with `…`: reasons are built from
 * other reasons (`x + y` describes both sides), so `x = x + y + x` line after line would double
 * one every line until no string can hold it.
 */
export const MAX_REASON = 300;

/** `reason` cut to `MAX_REASON` characters. */
export function clipReason(reason: string): string {
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}

export function hole(reason: string): Hole {
  return { hole: clipReason(reason) };
}

/**
 * At most this many parts (text runs and holes) are kept for one template; the rest becomes one
 * hole. A value that doubles itself (`X=$X$X` line after line, in a script or in Python) would
 * otherwise grow to millions of parts.
 */
export const MAX_PARTS = 256;
const CUT = 'the rest of a value built from too many pieces';

/** Joins adjacent text parts so templates compare and print simply; keeps at most `MAX_PARTS` parts. */
export function normalise(template: Template): Template {
  const out: Template = [];
  for (const part of template) {
    const last = out[out.length - 1];
    if (typeof part === 'string') {
      if (part === '') continue;
      if (typeof last === 'string') {
        out[out.length - 1] = (last + part).slice(0, MAX_TEXT);
        continue;
      }
    }
    if (out.length === MAX_PARTS - 1) {
      out.push(hole(CUT));
      break;
    }
    out.push(part);
  }
  return out;
}

/** Every combination of one option from each list, concatenated (capped). */
export function concatOptions(lists: Template[][]): Template[] {
  let acc: Template[] = [[]];
  for (const options of lists) {
    const next: Template[] = [];
    for (const head of acc) {
      for (const tail of options) {
        next.push(normalise([...head, ...tail]));
        if (next.length >= MAX_OPTIONS) break;
      }
      if (next.length >= MAX_OPTIONS) break;
    }
    acc = next;
  }
  return acc;
}

/** Removes duplicate templates, keeping first occurrences. */
export function dedupe(options: Template[]): Template[] {
  const seen = new Set<string>();
  const out: Template[] = [];
  for (const option of options) {
    const key = JSON.stringify(option);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(option);
      if (out.length >= MAX_OPTIONS) break;
    }
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes Python backslash escapes of a non-raw literal. `bytes` literals have no `\u`/`\N`.
 * Unknown escapes stay as written, as Python keeps them.
 */
export function decodeEscapes(text: string, bytes: boolean): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1]!;
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 1;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(digits, 8));
      i += digits.length;
    } else if (!bytes && next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (!bytes && next === 'U' && /^[0-9a-fA-F]{8}$/.test(text.slice(i + 2, i + 10))) {
      const code = parseInt(text.slice(i + 2, i + 10), 16);
      out += code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(i, i + 10);
      i += 9;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A value as `str()` would print it, for splicing into templates; undefined when unknown. */
export type Printable = Template[];

/**
 * `%`-formatting of one template with positional (`args`) or mapping (`named`) values.
 * Conversions whose value is unknown become holes; `%%` is a percent sign.
 */
export function percentFormat(
  template: Template,
  args: Printable[],
  named: Map<string, Printable> | undefined,
  unknown: (what: string) => Template[],
): Template[] {
  let parts: Template[][] = [];
  let next = 0;
  for (const part of template) {
    if (typeof part !== 'string') {
      parts.push([[part]]);
      continue;
    }
    const spec = /%(?:\(([^)]*)\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
    let last = 0;
    for (let m = spec.exec(part); m; m = spec.exec(part)) {
      parts.push([[part.slice(last, m.index)]]);
      last = m.index + m[0].length;
      if (m[2] === '%') {
        parts.push([['%']]);
        continue;
      }
      const key = m[1];
      const value = key !== undefined ? named?.get(key) : args[next++];
      parts.push(value ?? unknown(key !== undefined ? `format field %(${key})` : `format argument ${next}`));
    }
    parts.push([[part.slice(last)]]);
  }
  parts = parts.filter((p) => p.length > 0);
  return concatOptions(parts);
}

/**
 * `str.format` of one template: `{}`, `{0}`, `{name}`, with conversions and specs ignored
 * (they do not change which host a URL names). `{{`/`}}` are braces.
 */
export function braceFormat(
  template: Template,
  args: Printable[],
  named: Map<string, Printable>,
  unknown: (what: string) => Template[],
): Template[] {
  const parts: Template[][] = [];
  let auto = 0;
  for (const part of template) {
    if (typeof part !== 'string') {
      parts.push([[part]]);
      continue;
    }
    const field = /\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g;
    let last = 0;
    for (let m = field.exec(part); m; m = field.exec(part)) {
      parts.push([[part.slice(last, m.index)]]);
      last = m.index + m[0].length;
      if (m[0] === '{{' || m[0] === '}}') {
        parts.push([[m[0][0]!]]);
        continue;
      }
      const name = (m[1] ?? '').split(/[.[]/)[0]!;
      const value = name === '' ? args[auto++] : /^\d+$/.test(name) ? args[Number(name)] : named.get(name);
      const plainField = (m[1] ?? '') === name;
      parts.push(value && plainField ? value : unknown(`format field {${m[1] ?? ''}}`));
    }
    parts.push([[part.slice(last)]]);
  }
  return concatOptions(parts);
}
