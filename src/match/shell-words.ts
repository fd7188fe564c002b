/**
 * Splits a POSIX/cmd shell command string into simple commands and words, enough to tell which
 * programs it runs: quoting, `;`, `&&`, `||`, `|`, `&`, newlines and `$(...)`/backticks.
 * Unknown parts (UNKNOWN_CHAR) stay inside their words.
 */
import { UNKNOWN_CHAR } from '../model/value.js';

/** Splits a command string into simple commands, each a list of words (quotes removed). */
export function shellSegments(text: string): string[][] {
  const segments: string[][] = [];
  let words: string[] = [];
  let current = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) words.push(current);
    current = '';
    inWord = false;
  };
  const endSegment = (): void => {
    endWord();
    if (words.length) segments.push(words);
    words = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const close = text.indexOf(ch, i + 1);
      const inner = close === -1 ? text.slice(i + 1) : text.slice(i + 1, close);
      if (ch === '"' && /\$\(|`/.test(inner)) segments.push(...shellSegments(substitutions(inner)));
      current += inner;
      inWord = true;
      i = close === -1 ? text.length : close;
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (ch === '$' && text[i + 1] === '(') {
      const end = matchingParen(text, i + 1);
      segments.push(...shellSegments(text.slice(i + 2, end)));
      current += UNKNOWN_CHAR;
      inWord = true;
      i = end;
    } else if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      segments.push(...shellSegments(close === -1 ? text.slice(i + 1) : text.slice(i + 1, close)));
      current += UNKNOWN_CHAR;
      inWord = true;
      i = close === -1 ? text.length : close;
    } else if (ch === ';' || ch === '|' || ch === '&' || ch === '\n' || ch === '(' || ch === ')') {
      endSegment();
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      endWord();
    } else if (ch === '>' || ch === '<') {
      // A redirection target is not a command word: skip it.
      endWord();
      while (text[i + 1] === '>' || text[i + 1] === '&') i++;
      while (text[i + 1] === ' ') i++;
      while (i + 1 < text.length && !/[\s;|&]/.test(text[i + 1]!)) i++;
    } else {
      current += ch;
      inWord = true;
    }
  }
  endSegment();
  return segments;
}

function substitutions(text: string): string {
  const found: string[] = [];
  for (const m of text.matchAll(/\$\(([^)]*)\)|`([^`]*)`/g)) found.push(m[1] ?? m[2] ?? '');
  return found.join(';');
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** Programs that run the rest of their arguments as the real command. */
const WRAPPERS = new Set([
  'sudo',
  'doas',
  'env',
  'nohup',
  'exec',
  'nice',
  'ionice',
  'time',
  'stdbuf',
  'command',
  'builtin',
  'start',
  'call',
  'setsid',
  'runuser',
  'chroot',
]);
const OPTIONS_WITH_VALUE = new Set([
  '-u',
  '-g',
  '-C',
  '-D',
  '-h',
  '-p',
  '-r',
  '-t',
  '-U',
  '-n',
  '--user',
  '--group',
]);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'busybox', 'cmd', 'fish']);

/** The program a word names: basename, lower case, without `.exe`-like endings; '' when unknown. */
export function programName(word: string): string {
  if (!word || word.includes(UNKNOWN_CHAR)) return '';
  const base = word.split(/[/\\]/).pop() ?? '';
  return base.toLowerCase().replace(/\.(exe|com|bat|cmd)$/, '');
}

/**
 * Strips wrappers (`sudo`, `env A=b`, `timeout 5`, `nohup`) and recognises shells given a
 * command string (`sh -c "..."`, `cmd /c ...`), which is returned as `shellString`.
 */
export function unwrapCommand(words: string[]): { words: string[]; shellString?: string } {
  let rest = words;
  for (let guard = 0; guard < 8 && rest.length; guard++) {
    const program = programName(rest[0]!);
    if (WRAPPERS.has(program)) {
      rest = rest.slice(1);
      while (rest.length && (/^-/.test(rest[0]!) || /^\w+=/.test(rest[0]!))) {
        // `sudo -u USER cmd`: these options take the next word as their value.
        const takesValue = OPTIONS_WITH_VALUE.has(rest[0]!);
        rest = rest.slice(takesValue ? 2 : 1);
      }
      continue;
    }
    if (program === 'timeout') {
      rest = rest.slice(1).filter((w, i) => !(i === 0 && /^-?\d/.test(w)) && !/^-/.test(w));
      continue;
    }
    if (/^\w+=/.test(rest[0]!)) {
      rest = rest.slice(1);
      continue;
    }
    if (SHELLS.has(program)) {
      const flag = rest.findIndex((w, i) => i > 0 && /^(-c|\/c|\/k|-lc|-ic)$/i.test(w));
      if (flag !== -1) return { words: rest, shellString: rest.slice(flag + 1).join(' ') };
    }
    break;
  }
  return { words: rest };
}
