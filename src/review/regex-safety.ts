/**
 * Keeps user-supplied regular expressions (allowlist `command_regex`) from hanging the scan.
 * JavaScript regexes backtrack, so a pattern such as `(a+)+$` takes exponential time on a
 * near miss, and the text matched comes from the scanned repository. Instead of timing
 * matches out we accept only patterns whose backtracking is bounded, by these rules:
 *
 * 1. at most `MAX_REGEX_LENGTH` characters;
 * 2. no backreferences (`\1`, `\k<name>`): matching with them is NP-hard;
 * 3. a group repeated more than once (`*`, `+`, `{n,}`, `{n,m}` with m > 1) contains no
 *    optional or repeated part and no `|`: this rejects `(a+)+`, `(a|a)*`, `(.*)*`,
 *    `(\s?\w+)*`, where nested or ambiguous repetition backtracks exponentially;
 * 4. the number of ways the pattern can divide a text, the product over its choice points
 *    (a quantifier with a range of counts, capped by the input length; a group's `|`
 *    branches), is at most `MAX_MATCH_PATHS` for a text of `MAX_MATCH_INPUT` characters.
 *    So `.*` twice is fine, `.*` three times or `a?` twenty-four times is not.
 *
 * Callers must not match texts longer than `MAX_MATCH_INPUT`, which rule 4 assumes.
 */

export const MAX_REGEX_LENGTH = 200;
export const MAX_MATCH_INPUT = 1000;
export const MAX_MATCH_PATHS = 1e7;

interface Frame {
  /** The group holds an optional or repeated part or an alternation, directly or nested. */
  varies: boolean;
  /** Alternatives directly in this group. */
  branches: number;
}

interface Quantifier {
  /** Characters the quantifier occupies, including a lazy `?`. */
  length: number;
  min: number;
  max: number;
}

/** Reads a quantifier at `at`, or undefined when there is none. */
function quantifierAt(source: string, at: number): Quantifier | undefined {
  const char = source[at];
  let quantifier: Quantifier;
  if (char === '*') quantifier = { length: 1, min: 0, max: Infinity };
  else if (char === '+') quantifier = { length: 1, min: 1, max: Infinity };
  else if (char === '?') quantifier = { length: 1, min: 0, max: 1 };
  else if (char === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!braces) return undefined;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    quantifier = { length: braces[0].length, min, max };
  } else return undefined;
  if (source[at + quantifier.length] === '?') quantifier.length++; // lazy: same paths, other order
  return quantifier;
}

/** How many repetition counts a quantifier can try on a text of at most `MAX_MATCH_INPUT` characters. */
function choices(quantifier: Quantifier): number {
  return Math.max(1, Math.min(quantifier.max, MAX_MATCH_INPUT) - quantifier.min + 1);
}

/** The length of the escape at `at` (a backslash), including a `{...}` argument of `\u`, `\p`, `\P`. */
function escapeLength(source: string, at: number): number {
  const letter = source[at + 1];
  if ((letter === 'u' || letter === 'p' || letter === 'P') && source[at + 2] === '{') {
    const close = source.indexOf('}', at + 3);
    return close < 0 ? 2 : close - at + 1;
  }
  return 2;
}

/**
 * Why `source` could make matching slow (a phrase naming the rule it breaks), or undefined
 * when it follows the rules above. It does not check that `source` is a valid regular
 * expression; compiling it does that.
 */
export function regexHazard(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) {
    return `is ${source.length} characters long; at most ${MAX_REGEX_LENGTH} are allowed`;
  }
  const stack: Frame[] = [{ varies: false, branches: 1 }];
  let paths = 1;
  let at = 0;
  while (at < source.length) {
    const char = source[at]!;
    const frame = stack[stack.length - 1]!;
    let atomEnd = at + 1;
    if (char === '\\') {
      if (/^\\(?:[1-9]|k<)/.test(source.slice(at, at + 3))) {
        return 'uses a backreference, which can make matching take exponential time';
      }
      atomEnd = at + escapeLength(source, at);
    } else if (char === '[') {
      while (atomEnd < source.length && source[atomEnd] !== ']') atomEnd += source[atomEnd] === '\\' ? 2 : 1;
      atomEnd++;
    } else if (char === '(') {
      stack.push({ varies: false, branches: 1 });
      // Skip the group's prefix so the `?` of `(?:` is not read as a quantifier.
      at += /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(at))![0].length;
      continue;
    } else if (char === '|') {
      frame.branches++;
      frame.varies = true;
      at++;
      continue;
    } else if (char === ')') {
      if (stack.length > 1) stack.pop();
      const parent = stack[stack.length - 1]!;
      const quantifier = quantifierAt(source, at + 1);
      const end = at + 1 + (quantifier?.length ?? 0);
      if (quantifier && quantifier.max > 1 && frame.varies) {
        return `repeats a group that has optional, repeated or alternative parts ("${source.slice(0, end)}"), which can backtrack catastrophically`;
      }
      paths *= frame.branches * (quantifier ? choices(quantifier) : 1);
      parent.varies ||= frame.varies || (quantifier !== undefined && quantifier.min < quantifier.max);
      at = end;
      continue;
    }
    const quantifier = quantifierAt(source, atomEnd);
    if (quantifier) {
      paths *= choices(quantifier);
      if (quantifier.min < quantifier.max) frame.varies = true;
    }
    at = atomEnd + (quantifier?.length ?? 0);
  }
  paths *= stack[0]!.branches;
  if (paths > MAX_MATCH_PATHS) {
    return `allows about ${paths.toExponential(1)} ways to divide a ${MAX_MATCH_INPUT}-character command (at most ${MAX_MATCH_PATHS.toExponential(0)}); use fewer optional or repeated parts`;
  }
  return undefined;
}
