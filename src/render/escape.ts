/**
 * Neutralising text that comes from the scanned repository (paths, evidence, reasons) before it
 * is placed in Markdown, so a hostile file name or string literal cannot add headings, links,
 * HTML, table columns or terminal colours to a report or job summary.
 */

/**
 * Characters that change how text displays without being visible themselves: C0 controls other
 * than tab and line breaks, DEL, C1 controls, bidirectional overrides and isolates (Trojan
 * Source), zero-width characters, the BOM and the interlinear annotation marks.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const HIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
/* eslint-enable no-control-regex */

/** Every spelling of a line break, including the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Characters with inline meaning in GitHub-flavoured Markdown (emphasis, code, links, HTML, tables, entities, math). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&$]/g;

/** Shown in code spans where the original text had a line break. */
const LINE_BREAK_MARK = '⏎';

/**
 * Makes hidden characters visible: each control, bidirectional or zero-width character becomes
 * the six characters `\uXXXX`, so an ANSI colour sequence shows as `\u001B[31m` instead of
 * recolouring a terminal, and a right-to-left override cannot reorder what a reviewer reads.
 * Line breaks (CR, LF, CRLF, U+2028, U+2029) are normalised to LF and tabs are kept; callers
 * decide how a line break displays. Never throws; any string is accepted.
 */
export function stripControl(text: string): string {
  return showHidden(text.replace(LINE_BREAK, '\n'));
}

/**
 * The part of {@link stripControl} that leaves line breaks alone: each hidden character (see
 * above), CR and LF excluded, becomes the six characters `\uXXXX`.
 */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Replaces each lone surrogate (half of a UTF-16 pair, which no UTF-8 file name decodes to but a
 * report.json may spell as `\ud800`) with U+FFFD, so `encodeURIComponent` cannot throw on it.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Makes text safe as inline Markdown prose, including inside a table cell: hidden characters are
 * made visible ({@link stripControl}), line breaks and tabs become single spaces (so the text can
 * never start a new block such as a heading), and every character with inline meaning in
 * GitHub-flavoured Markdown is backslash-escaped. The result renders as the original characters.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/[\n\t]/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/**
 * Wraps text in a Markdown code span that shows it verbatim: the fence is one backtick longer
 * than the longest backtick run inside, hidden characters are made visible, line breaks show as
 * `⏎`, and with `inTable` a `|` is escaped as GitHub tables require even inside code spans.
 * Empty text gives a code span holding one space, so a table cell never collapses.
 */
export function codeSpan(text: string, inTable = false): string {
  let body = stripControl(text).replace(/\n/g, LINE_BREAK_MARK);
  if (inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each end when both are present, and a body that starts or
  // ends with a backtick would merge with the fence: pad in both cases.
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Makes text safe as a SARIF plain-text message: hidden characters are made visible, line breaks
 * become spaces, and square brackets are backslash-escaped because SARIF reads `[text](id)` in a
 * message as a link to a related location (SARIF 2.1.0 §3.11.6).
 */
export function escapeSarifText(text: string): string {
  return stripControl(text)
    .replace(/[\n\t]/g, ' ')
    .replace(/[[\]]/g, (ch) => `\\${ch}`);
}

/**
 * Shortens text to at most `max` UTF-16 code units, ending with `…` when something was cut and
 * never splitting a surrogate pair, so one huge string cannot swell a report. `max` below 1 is
 * treated as 1.
 */
export function clipText(text: string, max: number): string {
  const limit = Math.max(1, max);
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
