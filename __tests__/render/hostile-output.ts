// Checks that text we produce from hostile repository content is inert: no raw control, bidi or
// zero-width characters, no workflow command at a line start other than the ones we write, and
// Markdown whose repository text cannot add HTML, links or table columns. Shared by the hostile
// repository test and the fuzz properties; each returns the problems found ([] when inert).

/* eslint-disable no-control-regex -- finding control characters is the point */
/** Characters that must never reach output raw: C0 (but tab and LF), DEL, C1, bidi, zero-width, BOM. */
const RAW_HIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
/* eslint-enable no-control-regex */

/** The workflow commands the action itself writes; anything else at a line start is forged. */
const OUR_COMMANDS = /^::(?:error|warning|notice)(?: [^:]*)?::|^::debug::|^::group::|^::endgroup::/;

export function hiddenCharacterProblems(text: string, where: string): string[] {
  const found = RAW_HIDDEN.exec(text);
  if (!found) return [];
  const at = found.index;
  return [
    `${where}: raw U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`,
  ];
}

/** Lines of log output (stdout/stderr) that would start a workflow command we did not write. */
export function forgedCommandProblems(log: string, where: string): string[] {
  return log
    .split(/\r\n|\r|\n/)
    .filter((line) => /^\s*::/.test(line) && !OUR_COMMANDS.test(line.trimStart()))
    .map((line) => `${where}: forged workflow command ${JSON.stringify(line.slice(0, 120))}`);
}

/**
 * Removes the inline code spans of one Markdown line (CommonMark: a run of N backticks up to the
 * next run of exactly N), leaving what renders as markup. Escaped characters stay escaped.
 */
export function withoutCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\' && i + 1 < line.length) {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i];
      i++;
      continue;
    }
    let run = 0;
    while (line[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = i + run;
    for (;;) {
      close = line.indexOf(fence, close);
      if (close < 0 || line[close + run] !== '`') break;
      while (line[close] === '`') close++;
    }
    if (close < 0) {
      out += fence;
      i += run;
    } else {
      out += 'CODE';
      i = close + run;
    }
  }
  return out;
}

/** Unescaped occurrences of `ch` in `text` (a backslash escapes the next character). */
function unescapedCount(text: string, ch: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ch) count++;
  }
  return count;
}

/**
 * Problems in Markdown built from hostile input: hidden characters, raw HTML (`<` outside code),
 * a link target that is not http(s) or a relative path, table rows with more or fewer cells than
 * their header, and forged workflow commands at a line start.
 */
export function markdownProblems(markdown: string, where: string): string[] {
  const problems = [...hiddenCharacterProblems(markdown, where), ...forgedCommandProblems(markdown, where)];
  let tableCells: number | undefined;
  let inFence = false;
  for (const [index, line] of markdown.split('\n').entries()) {
    const at = `${where} line ${index + 1}`;
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const markup = withoutCodeSpans(line);
    if (unescapedCount(markup, '<') > 0)
      problems.push(`${at}: raw HTML ${JSON.stringify(line.slice(0, 120))}`);
    for (const link of markup.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
      if (!/^(?:https?:\/\/|#|[\w./-]+$)/.test(link[1]!)) {
        problems.push(`${at}: link target ${JSON.stringify(link[1])}`);
      }
    }
    if (markup.startsWith('|')) {
      const cells = unescapedCount(markup, '|') - 1;
      if (tableCells === undefined) tableCells = cells;
      else if (cells !== tableCells) problems.push(`${at}: ${cells} cells, header has ${tableCells}`);
    } else {
      tableCells = undefined;
    }
  }
  return problems;
}
