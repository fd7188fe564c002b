/**
 * A lexical pass over Python source, far cheaper than parsing: which names the code uses as
 * plain names and which after a dot, ignoring comments and ordinary string literals, and how
 * long its longest literal that could hold an encoded payload is. The prefilter decides from
 * this whether a file needs parsing at all, so every approximation here errs towards
 * reporting a word, never towards missing one.
 */

export interface PythonWords {
  /** Names used as a plain name (`eval`, `socket` in `socket.socket`). */
  bare: Set<string>;
  /** Names used after a dot (`system` in `os.system`). */
  attributes: Set<string>;
  /** Names written as a whole string literal (`"system"`, `"os.path"`), as lookups by string take them. */
  quoted: Set<string>;
  /**
   * Length in source characters of the longest string literal that could decode to a payload:
   * only Base64/hex-like characters, escapes and whitespace (any f-string counts).
   */
  longestEncodedLiteral: number;
}

// Character codes the scanner compares against.
const TAB = 9;
const NEWLINE = 10;
const RETURN = 13;
const FORM_FEED = 12;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DOT = 46;
const BACKSLASH = 92;
const UNDERSCORE = 95;

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === RETURN || c === FORM_FEED;
}

/** String prefixes Python accepts (any case, either order); `t` is 3.14's template strings. */
const STRING_PREFIX = /^(?:[rbuft]|[rb][rf]|f[r]|r[bf]|t[r]|r[t])$/i;

/** Characters an encoded payload literal can be written with (escapes spell the rest). */
const ENCODED_LITERAL = /^[A-Za-z0-9+/=\s\\{}]*$/;

/** Literals longer than this are data, not a name looked up by string. */
const QUOTED_NAME_MAX = 100;
const DOTTED_NAME =
  /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*(?:\.[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)*$/;

const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/g;

/** The words of `source` as the prefilter needs them; never throws. */
export function pythonWords(source: string): PythonWords {
  const bare = new Set<string>();
  const attributes = new Set<string>();
  const quoted = new Set<string>();
  let longestEncodedLiteral = 0;
  const n = source.length;
  let i = 0;
  // After a `.` the next name is an attribute; a line break outside brackets ends that.
  let afterDot = false;
  let brackets = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordPart(source.charCodeAt(j))) j++;
      const quote = j < n ? source.charCodeAt(j) : 0;
      if ((quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE) && j - i <= 2) {
        const prefix = source.slice(i, j);
        if (STRING_PREFIX.test(prefix)) {
          i = readString(j, /[ft]/i.test(prefix));
          afterDot = false;
          continue;
        }
      }
      (afterDot ? attributes : bare).add(source.slice(i, j));
      afterDot = false;
      i = j;
    } else if (c >= 48 && c <= 57) {
      // A number: its digits, never a name (`1e5`'s `e5` is read as a name, which is harmless).
      i++;
      while (i < n && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
      afterDot = false;
    } else if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
      i = readString(i, false);
      afterDot = false;
    } else if (c === HASH) {
      while (i < n && source.charCodeAt(i) !== NEWLINE) i++;
    } else if (c === DOT) {
      // `...` (Ellipsis) is not an attribute access.
      const ellipsis = source.charCodeAt(i + 1) === DOT || source.charCodeAt(i - 1) === DOT;
      afterDot = !ellipsis;
      i++;
    } else if (c === NEWLINE) {
      if (brackets === 0) afterDot = false;
      i++;
    } else if (c === BACKSLASH || isSpace(c)) {
      i++;
    } else {
      if (c === 40 || c === 91 || c === 123) brackets++;
      else if ((c === 41 || c === 93 || c === 125) && brackets > 0) brackets--;
      afterDot = false;
      i++;
    }
  }
  return { bare, attributes, quoted, longestEncodedLiteral };

  /** Skips the literal whose quote is at `start`; returns the index after it. */
  function readString(start: number, formatted: boolean): number {
    const quote = source.charCodeAt(start);
    const triple = source.charCodeAt(start + 1) === quote && source.charCodeAt(start + 2) === quote;
    const open = triple ? 3 : 1;
    let k = start + open;
    let end = n;
    while (k < n) {
      const c = source.charCodeAt(k);
      if (c === BACKSLASH) {
        k += 2;
        continue;
      }
      if (
        c === quote &&
        (!triple || (source.charCodeAt(k + 1) === quote && source.charCodeAt(k + 2) === quote))
      ) {
        end = k;
        break;
      }
      // An unterminated one-line literal ends at the line break, as Python's tokenizer ends it.
      if (c === NEWLINE && !triple) {
        end = k;
        break;
      }
      k++;
    }
    const body = source.slice(start + open, end);
    if (formatted) {
      // Replacement fields are code: every word in them counts, as a name and as an attribute.
      for (const word of body.match(WORD) ?? []) {
        bare.add(word);
        attributes.add(word);
      }
      longestEncodedLiteral = Math.max(longestEncodedLiteral, body.length);
    } else {
      if (body.length <= QUOTED_NAME_MAX && DOTTED_NAME.test(body))
        for (const word of body.split('.')) quoted.add(word);
      if (body.length > longestEncodedLiteral && ENCODED_LITERAL.test(body))
        longestEncodedLiteral = body.length;
    }
    return end === n ? n : end + (end < n && source.charCodeAt(end) === quote ? open : 0);
  }
}

/** Calls that look a name up by their string argument (`pos` is its position). */
const NAME_LOOKUP_CALLS: Record<string, number> = {
  getattr: 1,
  import_module: 0,
  attrgetter: 0,
  methodcaller: 0,
  __getattribute__: 0,
};
/** Names whose subscript looks a name up (`os.__dict__["system"]`, `sys.modules["os"]`). */
const NAME_LOOKUP_SUBSCRIPTS = new Set(['__dict__', 'modules']);
const LOOKUP = /\b(getattr|import_module|attrgetter|methodcaller|__getattribute__|__dict__|modules)\b/g;

/**
 * Whether `source` looks a name up by anything but a plain string literal: `getattr(m, name)`,
 * `sys.modules[key]`, or such a function passed around (`g = getattr`). A literal name is a
 * quoted word the prefilter already sees. Comments and strings are not told apart here, which
 * only ever answers yes more often.
 */
export function hasComputedLookup(source: string): boolean {
  LOOKUP.lastIndex = 0;
  for (let match = LOOKUP.exec(source); match; match = LOOKUP.exec(source)) {
    const name = match[1]!;
    let i = skipSpaces(source, LOOKUP.lastIndex);
    if (NAME_LOOKUP_SUBSCRIPTS.has(name)) {
      // Not subscripted (`sys.modules.get(k)`, `vars(m).__dict__`): a lookup only by a call we see elsewhere.
      if (source[i] !== '[') continue;
      const end = literalEnd(source, skipSpaces(source, i + 1));
      if (end < 0 || source[skipSpaces(source, end)] !== ']') return true;
      continue;
    }
    if (source[i] !== '(') return true;
    i = skipSpaces(source, i + 1);
    for (let argument = 0; argument < NAME_LOOKUP_CALLS[name]!; argument++) {
      i = argumentEnd(source, i);
      if (source[i] !== ',') return true;
      i = skipSpaces(source, i + 1);
    }
    const end = literalEnd(source, i);
    if (end < 0) return true;
    const after = source[skipSpaces(source, end)];
    if (after !== ',' && after !== ')') return true;
  }
  return false;
}

function skipSpaces(source: string, i: number): number {
  while (i < source.length && /\s/.test(source[i]!)) i++;
  return i;
}

/** The index after a plain (not formatted) one-line string literal starting at `i`, or -1. */
function literalEnd(source: string, i: number): number {
  while (/[rRbBuU]/.test(source[i] ?? '')) i++;
  const quote = source[i];
  if (quote !== '"' && quote !== "'") return -1;
  for (let k = i + 1; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === quote) return k + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** The index of the `,` or `)` ending the argument that starts at `i` (brackets and strings skipped). */
function argumentEnd(source: string, i: number): number {
  let depth = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      const end = literalEnd(source, i);
      if (end < 0) return source.length;
      i = end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
    i++;
  }
  return i;
}
