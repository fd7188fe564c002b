import { latin1Text } from './python-codecs.js';

/** A PEP 263 encoding declaration found on line 1 or 2 of a Python file. */
export interface CodingCookie {
  /** The codec name exactly as written (`latin-1`, `utf8`, `cp1252`). */
  codec: string;
  line: 1 | 2;
}

// The expressions CPython's tokenizer uses (Lib/tokenize.py: cookie_re, blank_re); they cover
// `# -*- coding: latin-1 -*-` as well as `# vim: set fileencoding=latin-1 :`.
const COOKIE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;

/**
 * The coding cookie of a Python source, read the way Python reads it: line 1, and line 2 only
 * when line 1 is blank or a comment (a shebang, typically). Returns `null` when there is none.
 * Bytes that are not ASCII cannot be part of a cookie and never make this throw.
 */
export function findCodingCookie(bytes: Uint8Array): CodingCookie | null {
  const [first, second] = firstTwoLines(bytes);
  const onFirst = COOKIE.exec(first);
  if (onFirst?.[1]) return { codec: onFirst[1], line: 1 };
  if (!BLANK_OR_COMMENT.test(first)) return null;
  const onSecond = COOKIE.exec(second);
  return onSecond?.[1] ? { codec: onSecond[1], line: 2 } : null;
}

function firstTwoLines(bytes: Uint8Array): [string, string] {
  const firstEnd = bytes.indexOf(0x0a);
  const secondEnd = firstEnd === -1 ? -1 : bytes.indexOf(0x0a, firstEnd + 1);
  // latin1 maps bytes one to one, so the ASCII-only expressions above see the raw bytes.
  const text = (start: number, end: number): string =>
    latin1Text(bytes.subarray(start, end)).replace(/\r$/, '');
  const first = text(0, firstEnd === -1 ? bytes.length : firstEnd);
  const second = firstEnd === -1 ? '' : text(firstEnd + 1, secondEnd === -1 ? bytes.length : secondEnd);
  return [first, second];
}
