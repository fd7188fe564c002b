/**
 * Reads the arguments of a script command the way its language spells them: flags (`-x`,
 * `--long`, PowerShell `-Name`, cmd `/x`), flag values (`-o file`, `--url=x`, `-Uri:x`) and the
 * positional arguments left over.
 */
import type { ScriptArgRef, ScriptCommandEntry, ScriptLanguage } from '../../model/rulepack.js';
import { type Template, UNKNOWN_CHAR } from '../../model/value.js';
import { wordText } from '../../resolve/scripts/facts.js';

/** One command's arguments split into flags with their values and positional words. */
export interface ParsedArgs {
  /** Every flag word, lower case for languages that ignore case, with its value when it takes one. */
  flags: { name: string; value?: Template }[];
  positional: Template[];
}

function isFlag(text: string, language: ScriptLanguage): boolean {
  if (text.length < 2) return false;
  if (text.startsWith('-')) return !/^-\d/.test(text);
  // cmd switches are /x; in a shell a leading / is a path.
  return language === 'batch' && /^\/[A-Za-z?][\w-]*(?:[:=]|$)/.test(text);
}

/** Parameter names of an entry that take a value (every named parameter does). */
function valueFlags(entry: ScriptCommandEntry | undefined): string[] {
  if (!entry) return [];
  return [
    ...(entry.value_flags ?? []),
    ...(entry.network?.param ?? []),
    ...(entry.writes?.param ?? []),
    ...(entry.registry?.param ?? []),
    ...(entry.runs?.param ?? []),
    ...(entry.runs?.args?.param ?? []),
    ...(entry.listen?.bind?.param ?? []),
  ];
}

/** Compares a flag as written with a catalog parameter name (`-Uri` with `Uri`, `--url` with `--url`). */
function sameFlag(written: string, name: string, language: ScriptLanguage): boolean {
  if (language === 'shell') return written === name;
  const bare = (s: string): string => s.replace(/^[-/]+/, '').toLowerCase();
  return bare(written) === bare(name);
}

/** Splits `words` (without the program) into flags and positional arguments. */
export function parseArgs(
  words: Template[],
  entry: ScriptCommandEntry | undefined,
  language: ScriptLanguage,
): ParsedArgs {
  const takesValue = valueFlags(entry);
  const flags: ParsedArgs['flags'] = [];
  const positional: Template[] = [];
  for (let i = 0; i < words.length; i++) {
    const text = wordText(words[i]);
    if (!isFlag(text, language)) {
      positional.push(words[i]!);
      continue;
    }
    // `--url=x` and PowerShell's `-Uri:x` carry their value in the same word.
    const inline = /^(-{1,2}[^=:]+|\/[^=:]+)[=:](.*)$/s.exec(text);
    if (inline && (language !== 'shell' || text.startsWith('--'))) {
      flags.push({ name: inline[1]!, value: [inline[2]!] });
      continue;
    }
    if (takesValue.some((name) => sameFlag(text, name, language)) && i + 1 < words.length) {
      flags.push({ name: text, value: words[++i]! });
    } else flags.push({ name: text });
  }
  return { flags, positional };
}

/** Whether a word looks like a value of `form` (a URL, `user@host`, `host:path`). */
function looksLike(text: string, form: 'url' | 'ssh'): boolean {
  if (text.startsWith(UNKNOWN_CHAR)) return true;
  if (form === 'url') return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  return /@|^[^/\\]+:/.test(text);
}

/**
 * The argument `ref` names: the named parameter when given; else, for URL and ssh forms, the
 * first positional that looks like one; else the positional at `pos` (-1 for the last).
 * Undefined when absent.
 */
export function argument(
  args: ParsedArgs,
  ref: ScriptArgRef,
  language: ScriptLanguage,
  form = 'any',
): Template | undefined {
  if (ref.param) {
    const flag = args.flags.find((f) => f.value && ref.param!.some((p) => sameFlag(f.name, p, language)));
    if (flag?.value) return flag.value;
  }
  if (form === 'url' || form === 'ssh') {
    const candidate = args.positional.find((w) => looksLike(wordText(w), form));
    if (candidate) return candidate;
  }
  if (ref.pos === undefined) return undefined;
  return ref.pos === -1 ? args.positional.at(-1) : args.positional[ref.pos];
}

/** Whether any argument word matches one of `patterns` (case-insensitive regexes on whole words). */
export function anyArgMatches(words: Template[], patterns: string[]): boolean {
  const compiled = patterns.map((p) => new RegExp(p, 'i'));
  return words.some((w) => {
    const text = wordText(w);
    return compiled.some((re) => re.test(text));
  });
}
