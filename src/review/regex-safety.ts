/**
 * Keeps user-supplied regular expressions (allowlist `command_regex`) from hanging the scan.
 * JavaScript regexes backtrack, so a pattern such as `(a+)+$` takes exponential time on a
 * near-miss. Instead of timing matches out we accept only patterns whose worst case is at most
 * quadratic in the input, by these rules:
 *
 * 1. at most `MAX_REGEX_LENGTH` characters;
 * 2. no backreferences (`\1`, `\k<name>`): matching with them is NP-hard;
 * 3. a group repeated by `*`, `+`, `{n,}` or `{n,m}` with m > 1 contains no repetition and no
 *    `|` (this rejects `(a+)+`, `(a|a)*`, `(.*)*`, `(\s?\w+)*`): nested or ambiguous
 *    repetition is where exponential backtracking comes from;
 * 4. at most `MAX_UNBOUNDED_REPEATS` unbounded repetitions (`*`, `+`, `{n,}`) in the whole
 *    pattern, so adjacent ones (`.*.*.*`) stay polynomial of low degree.
 *
 * Callers also bound the length of the text they match (see the allowlist).
 */

export const MAX_REGEX_LENGTH = 200;
export const MAX_UNBOUNDED_REPEATS = 2;

interface Frame {
  /** The group holds a repetition (directly or in a nested group). */
  repeats: boolean;
  /** The group holds an alternation (directly or in a nested group). */
  alternates: boolean;
}

interface Quantifier {
  /** Characters the quantifier occupies, including a lazy `?`. */
  length: number;
  /** More than one repetition is allowed. */
  repeats: boolean;
  /** No upper bound. */
  unbounded: boolean;
}

/** Reads a quantifier at `at`, or undefined when there is none. */
function quantifierAt(source: string, at: number): Quantifier | undefined {
  const char = source[at];
  let length: number;
  let repeats: boolean;
  let unbounded: boolean;
  if (char === '*' || char === '+' || char === '?') {
    length = 1;
    repeats = char !== '?';
    unbounded = repeats;
  } else if (char === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!braces) return undefined;
    length = braces[0].length;
    unbounded = braces[2] !== undefined && braces[3] === '';
    const max = braces[2] === undefined ? Number(braces[1]) : unbounded ? Infinity : Number(braces[3]);
    repeats = max > 1;
  } else {
    return undefined;
  }
  if (source[at + length] === '?') length++; // lazy: same backtracking, different order
  return { length, repeats, unbounded };
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
 * Why `source` could make matching slow (one sentence naming the rule it breaks), or
 * undefined when it follows the rules above. It does not check that `source` is a valid
 * regular expression; compiling it does that.
 */
export function regexHazard(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) {
    return `is ${source.length} characters long; at most ${MAX_REGEX_LENGTH} are allowed`;
  }
  const stack: Frame[] = [{ repeats: false, alternates: false }];
  let unbounded = 0;
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
      atomEnd = at + 1;
      while (atomEnd < source.length && source[atomEnd] !== ']') atomEnd += source[atomEnd] === '\\' ? 2 : 1;
      atomEnd++;
    } else if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      // Skip the group's prefix so `?` in `(?:` is not read as a quantifier.
      const prefix = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(at))!;
      at += prefix[0].length;
      continue;
    } else if (char === '|') {
      frame.alternates = true;
      at++;
      continue;
    } else if (char === ')') {
      if (stack.length > 1) stack.pop();
      const parent = stack[stack.length - 1]!;
      const quantifier = quantifierAt(source, at + 1);
      if (quantifier?.repeats && (frame.repeats || frame.alternates)) {
        return `repeats a group that itself repeats or alternates ("${source.slice(0, at + 1 + quantifier.length)}"), which can backtrack catastrophically`;
      }
      parent.repeats ||= frame.repeats || quantifier?.repeats === true;
      parent.alternates ||= frame.alternates;
      if (quantifier?.unbounded) unbounded++;
      at += 1 + (quantifier?.length ?? 0);
      continue;
    }
    const quantifier = quantifierAt(source, atomEnd);
    if (quantifier?.repeats) frame.repeats = true;
    if (quantifier?.unbounded) unbounded++;
    at = atomEnd + (quantifier?.length ?? 0);
  }
  if (unbounded > MAX_UNBOUNDED_REPEATS) {
    return `has ${unbounded} unbounded repetitions (*, +, {n,}); at most ${MAX_UNBOUNDED_REPEATS} are allowed`;
  }
  return undefined;
}
