/**
 * Inline waiver comments (SPEC 6): `mcen: allow RULE_ID[,RULE_ID] -- reason` written in a comment
 * of the file's language. Only real comments count: the same text inside a string literal, a
 * here-document or a here-string is never a waiver. Each waiver is returned with its position and
 * either its rule ids and reason or what is wrong with it; whether it applies is decided later
 * (`src/review/waivers.ts`), against the rulepack and the findings.
 */
import type { SourceLanguage } from '../discover/file-kinds.js';
import { jsonWithLines } from './json-lines.js';
import { cellMagicLanguage, notebookCells } from './notebook-cells.js';

/** One waiver comment as written. Plain data: it crosses worker threads by structured clone. */
export interface WaiverComment {
  /** 1-based line of the directive (for a notebook: the raw `.ipynb` line, as findings report it). */
  line: number;
  /** 1-based UTF-16 column of `mcen:` in its line (in the cell's source line for a notebook). */
  column: number;
  /** Column just after the directive. */
  endColumn: number;
  /** Nothing but the comment is on its line: only then does it also reach the statement below. */
  ownLine: boolean;
  /** Notebook cell (1-based) and line inside it. */
  cell?: number;
  cellLine?: number;
  /** Rule ids as written, without repeats; those that could be read when the waiver is malformed. */
  rules: string[];
  /** The reason after `--`, trimmed; empty when missing. */
  reason: string;
  /** The directive as written (from `mcen:`), clipped: the evidence of a waiver problem. */
  text: string;
  /** Why the waiver is malformed; a malformed waiver honours nothing. */
  problem?: string;
}

/** What every waiver directive starts with; a file without it has no waivers (the fast path). */
export const WAIVER_MARK = 'mcen:';
/** A longer reason is refused rather than copied into every report beside each finding it covers. */
export const MAX_REASON_LENGTH = 300;
const MAX_TEXT_LENGTH = 160;
const RULE_TOKEN = /^[A-Za-z][A-Za-z0-9]*$/;

/** A comment's text: from offset `start` to `end` of the scanned text. */
interface CommentSpan {
  start: number;
  end: number;
}

/** Index of the end of the line holding `at` (the `\n`, or the text's length). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

const MAX_FSTRING_NESTING = 32;
const PYTHON_PREFIX = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;

/**
 * Python comments. Strings are skipped whole: any prefix (`r`, `b`, `f`, `rb`, ...), single or
 * triple quotes, backslash escapes (which also hide a quote in a raw string), and the replacement
 * fields of f-strings, whose nested strings may reuse the outer quote (PEP 701).
 */
function pythonComments(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\w]/.test(ch);

  // Returns the index just after the string whose opening quote is at `at`; `nesting` counts the
  // f-strings around it.
  const skipString = (at: number, formatted: boolean, nesting: number): number => {
    const quote = text[at]!;
    const triple = text.startsWith(quote.repeat(3), at);
    let i = at + (triple ? 3 : 1);
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\') {
        i += 2;
      } else if (triple ? text.startsWith(quote.repeat(3), i) : ch === quote) {
        return i + (triple ? 3 : 1);
      } else if (ch === '\n' && !triple) {
        return i; // unterminated: Python stops there too
      } else if (formatted && ch === '{') {
        i = text[i + 1] === '{' ? i + 2 : skipField(i + 1, nesting + 1, triple);
      } else {
        i++;
      }
    }
    return i;
  };

  // An f-string replacement field from after its `{`: the expression, then an optional format
  // spec (after a top-level `:`, literal text with nested fields); up to just after its `}`. In a
  // single-quoted f-string the field ends with the line, like the string.
  const skipField = (from: number, nesting: number, multiline: boolean): number => {
    let depth = 0;
    let i = from;
    let spec = false;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\n' && !multiline) {
        return i;
      } else if (spec) {
        if (ch === '}') return i + 1;
        i = ch === '{' && nesting < MAX_FSTRING_NESTING ? skipField(i + 1, nesting + 1, multiline) : i + 1;
      } else if (ch === '"' || ch === "'") {
        i = skipQuoted(i, nesting);
      } else if (ch === '}' && depth === 0) {
        return i + 1;
      } else {
        if (ch === ':' && depth === 0) spec = true;
        else if (ch === '{' || ch === '[' || ch === '(') depth++;
        else if (ch === '}' || ch === ']' || ch === ')') depth--;
        i++;
      }
    }
    return i;
  };

  // A quote at `at`: reads the prefix letters before it to know whether it is an f-string. Past
  // MAX_FSTRING_NESTING nested fields strings are skipped plainly, so hostile nesting cannot
  // exhaust the stack.
  const skipQuoted = (at: number, nesting: number): number => {
    // A prefix has at most two letters: looking back three tells a prefix from an identifier.
    let start = at;
    while (start > 0 && at - start < 3 && /[A-Za-z]/.test(text[start - 1]!)) start--;
    const prefix = text.slice(start, at);
    const formatted =
      nesting < MAX_FSTRING_NESTING &&
      PYTHON_PREFIX.test(prefix) &&
      !isWord(text[start - 1]) &&
      /[fFtT]/.test(prefix);
    return skipString(at, formatted, nesting);
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '#') {
      const end = lineEnd(text, i);
      spans.push({ start: i + 1, end });
      i = end;
    } else if (ch === '"' || ch === "'") {
      i = skipQuoted(i, 0);
    } else {
      i++;
    }
  }
  return spans;
}

const HEREDOC = /<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([\w.-]+))/y;

/**
 * Shell comments: `#` at the start of a word, outside quotes (`'...'`, `$'...'`, `"..."`,
 * backticks) and outside here-document bodies (`<<EOF`, `<<-'EOF'`). `${#var}` and `$#` are not
 * comments because their `#` does not start a word.
 */
function shellComments(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  const pending: { delimiter: string; tabs: boolean }[] = [];
  let wordStart = true;
  let i = 0;
  const skipUntil = (from: number, close: string, escapes: boolean): number => {
    let j = from;
    while (j < text.length && text[j] !== close) j += escapes && text[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      i++;
      // Here-document bodies start on the line after their operator, one after the other.
      for (const doc of pending.splice(0)) {
        while (i < text.length) {
          const end = lineEnd(text, i);
          let line = text.slice(i, end).replace(/\r$/, '');
          if (doc.tabs) line = line.replace(/^\t+/, '');
          i = end + 1;
          if (line === doc.delimiter) break;
        }
      }
      wordStart = true;
      continue;
    }
    if (ch === '#' && wordStart) {
      const end = lineEnd(text, i);
      spans.push({ start: i + 1, end });
      i = end;
      continue;
    }
    if (ch === '\\') i += 2;
    else if (ch === "'") i = skipUntil(i + 1, "'", false);
    else if (ch === '$' && text[i + 1] === "'") i = skipUntil(i + 2, "'", true);
    else if (ch === '"') i = skipUntil(i + 1, '"', true);
    else if (ch === '`') i = skipUntil(i + 1, '`', true);
    else if (text.startsWith('<<<', i)) i += 3;
    else if (ch === '<' && text[i + 1] === '<') {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m) {
        pending.push({ delimiter: m[2] ?? m[3] ?? m[4]!, tabs: m[1] === '-' });
        i += m[0].length;
      } else {
        i += 2;
      }
    } else i++;
    wordStart = /[\s;&|()<>]/.test(ch);
  }
  return spans;
}

/**
 * PowerShell comments: `#` at the start of a token and every line of a `<# ... #>` block, outside
 * strings (`'...'` with `''`, `"..."` with backtick escapes) and here-strings (`@"`...`"@`).
 */
function powershellComments(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  let tokenStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      const end = close === -1 ? text.length : close;
      // Each line of the block is a comment of its own: a waiver is one line.
      for (let start = i + 2; start <= end;) {
        const stop = Math.min(lineEnd(text, start), end);
        spans.push({ start, end: stop });
        start = stop + 1;
      }
      i = close === -1 ? text.length : close + 2;
      tokenStart = false;
      continue;
    }
    if (ch === '#' && tokenStart) {
      const end = lineEnd(text, i);
      spans.push({ start: i + 1, end });
      i = end;
      continue;
    }
    if (
      ch === '@' &&
      (text[i + 1] === '"' || text[i + 1] === "'") &&
      /^[ \t]*\r?\n/.test(text.slice(i + 2, i + 40))
    ) {
      // A here-string ends at its quote and `@` at the start of a line.
      const close = text.indexOf(`\n${text[i + 1]!}@`, i + 2);
      i = close === -1 ? text.length : close + 3;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < text.length && (text[j] !== "'" || text[j + 1] === "'")) j += text[j] === "'" ? 2 : 1;
      i = j + 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && (text[j] !== '"' || text[j + 1] === '"'))
        j += text[j] === '`' || text[j] === '"' ? 2 : 1;
      i = j + 1;
    } else if (ch === '`') i += 2;
    else i++;
    tokenStart = /[\s;(){}|&,=]/.test(ch);
  }
  return spans;
}

/** Offsets of each line of `text` as [start, end) pairs (end before `\r\n` or `\n`). */
function lineSpans(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    const end = lineEnd(text, start);
    spans.push({ start, end: text[end - 1] === '\r' ? end - 1 : end });
    start = end + 1;
  }
  return spans;
}

/** `REM` as a statement: followed by a blank or the end of the line (`REMARK` is a command). */
const REM = /^rem(?=[\s]|$)/i;

/**
 * Batch comments: `REM` (also `@REM`) as a command at the start of a line or after an unquoted
 * `&`, `&&` or `||`, and `::` labels at the start of a line.
 */
function batchComments(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  for (const { start, end } of lineSpans(text)) {
    const line = text.slice(start, end);
    const commandStarts = [0];
    let quoted = false;
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (ch === '"') quoted = !quoted;
      else if (ch === '^' && !quoted) j++;
      else if ((ch === '&' || ch === '|') && !quoted) commandStarts.push(j + 1);
    }
    for (const at of commandStarts) {
      const lead = /^[\s@&|]*/.exec(line.slice(at))![0].length;
      const command = line.slice(at + lead);
      if (at === 0 && command.startsWith('::')) {
        spans.push({ start: start + lead + 2, end });
        break;
      }
      if (REM.test(command)) {
        spans.push({ start: start + at + lead + 3, end });
        break;
      }
    }
  }
  return spans;
}

/** VBScript comments: `'` outside a `"..."` string, and `REM` at the start of a statement. */
function vbscriptComments(text: string): CommentSpan[] {
  const spans: CommentSpan[] = [];
  for (const { start, end } of lineSpans(text)) {
    const line = text.slice(start, end);
    let quoted = false;
    let statementStart = true;
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (ch === '"') {
        quoted = !quoted; // `""` inside a string toggles twice
      } else if (!quoted && ch === "'") {
        spans.push({ start: start + j + 1, end });
        break;
      } else if (!quoted && statementStart && REM.test(line.slice(j))) {
        spans.push({ start: start + j + 3, end });
        break;
      }
      if (quoted) statementStart = false;
      else if (ch === ':') statementStart = true;
      else if (!/\s/.test(ch)) statementStart = false;
    }
  }
  return spans;
}

const SCANNERS: Record<Exclude<SourceLanguage, 'notebook'>, (text: string) => CommentSpan[]> = {
  python: pythonComments,
  shell: shellComments,
  powershell: powershellComments,
  batch: batchComments,
  vbscript: vbscriptComments,
};

/** The rule ids, reason and problem of a directive (the text from `mcen:` on). */
function readDirective(directive: string): Pick<WaiverComment, 'rules' | 'reason' | 'problem'> {
  const usage = 'write "mcen: allow RULE_ID[,RULE_ID] -- reason"';
  const verb = /^mcen:[ \t]*(\S*)/.exec(directive)![1]!;
  if (verb !== 'allow') {
    const problem = verb === '' ? `nothing after "mcen:"` : `unknown directive "${verb.slice(0, 20)}"`;
    return { rules: [], reason: '', problem: `${problem}: ${usage}` };
  }
  const rest = directive.slice(directive.indexOf('allow') + 'allow'.length);
  const separator = rest.indexOf('--');
  const idsText = (separator === -1 ? rest : rest.slice(0, separator)).trim();
  const reason = separator === -1 ? '' : rest.slice(separator + 2).trim();
  const tokens = idsText === '' ? [] : idsText.split(',').map((t) => t.trim());
  const rules = [...new Set(tokens.filter((t) => RULE_TOKEN.test(t)))];
  const badToken = tokens.find((t) => !RULE_TOKEN.test(t));
  let problem: string | undefined;
  if (tokens.length === 0) problem = `no rule id after "allow": ${usage}`;
  else if (separator === -1) {
    // `allow PEX003 reason`, `allow PEX003 - reason`, `allow PEX003: reason`
    problem =
      badToken === undefined
        ? 'reason required: add " -- reason" after the rule ids'
        : 'bad separator: put " -- " between the rule ids and the reason';
  } else if (badToken === '') problem = 'empty rule id in the list: separate rule ids with one ","';
  else if (badToken !== undefined) {
    const parts = badToken.split(/[^A-Za-z0-9]+/);
    problem = parts.every((p) => RULE_TOKEN.test(p))
      ? 'bad separator between rule ids: separate them with ","'
      : `"${badToken.slice(0, 20)}" is not a rule id: ${usage}`;
  } else if (reason === '') problem = 'reason required: write the reason after "--"';
  else if (reason.length > MAX_REASON_LENGTH) problem = `reason longer than ${MAX_REASON_LENGTH} characters`;
  return problem === undefined ? { rules, reason } : { rules, reason: '', problem };
}

/**
 * Where the directive starts in a comment's text: at its beginning (after blanks), or after a `#`
 * stacked behind another pragma (`# noqa  # mcen: allow ...`). A comment that only mentions
 * `mcen:` in prose is not a waiver.
 */
function directiveStart(body: string): number {
  const m = /^(?:[ \t]*|.*?#[ \t]*)(?=mcen:)/.exec(body);
  return m ? m[0].length : -1;
}

/** What may precede a comment's text on a line that holds nothing else: blanks and the comment marker. */
const OWN_LINE = /^[\s@]*(?:#|<#|rem|::|')?$/i;

function waiversOf(text: string, spans: readonly CommentSpan[]): WaiverComment[] {
  const found: WaiverComment[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    if (!body.includes(WAIVER_MARK)) continue;
    const at = directiveStart(body);
    if (at === -1) continue;
    const offset = span.start + at;
    // Spans come in text order, so lines are counted once over the whole text.
    for (; counted < offset; counted++) {
      if (text.charCodeAt(counted) === 10) {
        line++;
        lineStart = counted + 1;
      }
    }
    const directive = body.slice(at).replace(/\s+$/, '');
    const column = offset - lineStart + 1;
    found.push({
      line,
      column,
      endColumn: column + directive.length,
      ownLine: OWN_LINE.test(text.slice(lineStart, span.start)),
      ...readDirective(directive),
      text: directive.length > MAX_TEXT_LENGTH ? `${directive.slice(0, MAX_TEXT_LENGTH)}…` : directive,
    });
  }
  return found;
}

/** Waivers of a notebook's code cells, placed at raw file lines and named by cell and cell line. */
function notebookWaivers(text: string): WaiverComment[] {
  const parsed = jsonWithLines(text);
  if ('error' in parsed) return [];
  const found: WaiverComment[] = [];
  (notebookCells(parsed.value) ?? []).forEach((cell, index) => {
    if (cell.type !== 'code' || cell.lines.length === 0) return;
    const magic = cellMagicLanguage(cell.lines[0]!.text);
    if (magic === 'skip') return;
    const lines = cell.lines.map((l) => l.text);
    // A cell magic's first line is not code of the cell's language.
    if (magic !== undefined) lines[0] = '';
    const source = lines.join('\n');
    if (!source.includes(WAIVER_MARK)) return;
    const language = magic === 'shell' || magic === 'powershell' ? magic : 'python';
    for (const waiver of waiversOf(source, SCANNERS[language](source))) {
      found.push({
        ...waiver,
        line: cell.lines[waiver.line - 1]!.rawLine,
        cell: index + 1,
        cellLine: waiver.line,
      });
    }
  });
  return found;
}

/**
 * The waiver comments of a decoded source file read as `language`, in text order. Returns `[]`
 * at once when the text does not contain `mcen:`. Never throws: unterminated strings and comments
 * end at the end of the text, and a notebook that is not valid JSON has no waivers.
 */
export function waiverComments(text: string, language: SourceLanguage): WaiverComment[] {
  if (!text.includes(WAIVER_MARK)) return [];
  if (language === 'notebook') return notebookWaivers(text);
  return waiversOf(text, SCANNERS[language](text));
}
