/**
 * The batch (cmd.exe) analyser: a small tokenizer, as cmd reads a script line by line. `REM`
 * and `::` lines are comments, `^` at a line end continues the line, `"..."` quotes, `&`, `&&`,
 * `||` and `|` separate commands, `>`/`>>` redirect, `if ...`/`for ... do` guard a command,
 * `set NAME=value` assigns, `%NAME%` and `!NAME!` expand (an unassigned name is the
 * environment's), `%1`/`%~1` are script arguments and `%%i` loop variables.
 */
import type { SourceRange } from '../../model/finding.js';
import type { Template } from '../../model/value.js';
import { hole, normalise } from '../python/templates.js';
import type { ScriptCommand, ScriptFacts } from './facts.js';
import { ScriptVariables, scriptPlace } from './variables.js';

/** One logical line: `^`-continued physical lines joined, with where each joined part starts. */
interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `^`-continued lines; a caret inside quotes is literal. */
function logicalLines(source: string): LogicalLine[] {
  const physical = source.split(/\r?\n/);
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let text = physical[i]!;
    while (endsWithContinuation(text) && i + 1 < physical.length) text = text.slice(0, -1) + physical[++i]!;
    out.push({ text, line: start + 1 });
  }
  return out;
}

function endsWithContinuation(text: string): boolean {
  let quoted = false;
  for (const ch of text) if (ch === '"') quoted = !quoted;
  // `^^` is a literal caret: only an odd run at the end, outside quotes, continues. Counted from
  // the end: the regex /\^+$/ retried every start in a long run of carets (quadratic time).
  let carets = 0;
  while (carets < text.length && text[text.length - 1 - carets] === '^') carets++;
  return !quoted && carets % 2 === 1;
}

/** A comment line (`REM ...`, `@rem`, `:: ...`) or a label (`:name`). */
function isCommentOrLabel(text: string): boolean {
  return /^\s*@?\s*(?:rem(?:$|[\s.:/\\(=,;+])|:)/i.test(text);
}

/** A piece of one command line: a word (quotes kept for expansion), or an operator. */
type Token = { word: string; column: number } | { op: string; column: number };

/** Splits a logical line into words and operators, honouring quotes and `^` escapes. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = -1;
  const flush = (): void => {
    if (start !== -1) tokens.push({ word, column: start + 1 });
    word = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (start === -1) start = i;
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close;
      word += text.slice(i, end + 1);
      i = end;
    } else if (ch === '%' && /^%[^%\s]+%/.test(text.slice(i))) {
      // cmd expands %VAR% (and %VAR:~0,4%) before it splits words, so its commas do not split.
      if (start === -1) start = i;
      const end = text.indexOf('%', i + 1);
      word += text.slice(i, end + 1);
      i = end;
    } else if (ch === '^' && i + 1 < text.length) {
      if (start === -1) start = i;
      word += text[++i];
    } else if (ch === ' ' || ch === '\t' || ch === ',' || ch === ';') {
      flush();
    } else if ('&|<>()'.includes(ch)) {
      // `2>` and `2>&1`: the digit belongs to the redirection.
      if ((ch === '>' || ch === '<') && /^[0-9]$/.test(word) && start === i - 1) {
        word = '';
        start = -1;
      } else flush();
      let op = ch;
      // `&&`, `||`, `>>` and `>&` are one operator; each parenthesis is its own.
      while (
        ch !== '(' &&
        ch !== ')' &&
        i + 1 < text.length &&
        (text[i + 1] === ch || (op.endsWith('>') && text[i + 1] === '&'))
      )
        op += text[++i];
      if (op.endsWith('>&')) {
        // `>&1` duplicates a handle: no file.
        while (i + 1 < text.length && /[0-9]/.test(text[i + 1]!)) i++;
        continue;
      }
      tokens.push({ op, column: i + 1 });
    } else {
      if (start === -1) start = i;
      word += ch;
    }
  }
  flush();
  return tokens;
}

class BatchWalker {
  readonly facts: ScriptFacts = { language: 'batch', commands: [], methods: [], syntaxErrors: [] };
  private readonly vars = new ScriptVariables(true, (name) =>
    /^~?\w?\d$/.test(name) ? `script argument ${name.replace(/\D/g, '')}` : `environment variable ${name}`,
  );
  private openBlocks: SourceRange[] = [];

  /** Expands `%NAME%`, `!NAME!`, `%1`, `%~dp0`, `%%i` and removes quotes, giving the word's template. */
  expand(word: string): Template {
    const parts: Template = [];
    const pattern = /%%(~?[a-zA-Z])|%(~[a-zA-Z]*)?(\d|\*)|%([^%\s]+?)%|!([^!\s]+?)!|"/g;
    let at = 0;
    for (const m of word.matchAll(pattern)) {
      parts.push(word.slice(at, m.index));
      at = m.index + m[0].length;
      if (m[0] === '"') continue;
      if (m[1] !== undefined) parts.push(hole(`loop variable %%${m[1]}`));
      else if (m[3] !== undefined)
        parts.push(hole(m[3] === '*' ? 'script arguments' : `script argument ${m[3]}`));
      else {
        const name = (m[4] ?? m[5])!;
        const substring = /^([^:]+):~/.exec(name);
        const replaced = /^([^:]+):[^~]/.exec(name);
        if (substring || replaced) parts.push(hole(`part of variable ${(substring ?? replaced)![1]}`));
        else parts.push(...this.vars.get(name));
      }
    }
    parts.push(word.slice(at));
    return normalise(parts);
  }

  /** `set NAME=value`, `set "NAME=value"`, `set /a`, `set /p`: true when the words were an assignment. */
  private assignment(words: string[]): boolean {
    if (words[0]?.toLowerCase() !== 'set' || words.length < 2) return false;
    const flag = words[1]!.toLowerCase();
    const rest = words.slice(flag === '/a' || flag === '/p' ? 2 : 1).join(' ');
    const m = /^"?([^=]+)=(.*?)"?$/s.exec(rest);
    if (!m) return true;
    const name = m[1]!.trim();
    if (flag === '/a') this.vars.set(name, [hole(`arithmetic value of ${name}`)]);
    else if (flag === '/p') this.vars.set(name, [hole(`user input for ${name}`)]);
    else this.vars.set(name, this.expand(m[2]!));
    return true;
  }

  line(logical: LogicalLine): void {
    if (isCommentOrLabel(logical.text)) return;
    const tokens = tokenize(logical.text);
    let words: { text: string; column: number }[] = [];
    let redirects: Template[] = [];
    let upstream: ScriptCommand | undefined;
    let pendingRedirect = false;
    // Inside `for %%i in (...)`: the set is data, not a block.
    let inForSet = false;
    const finish = (piped: boolean): void => {
      const command = this.command(words, redirects, logical, upstream);
      upstream = piped ? command : undefined;
      words = [];
      redirects = [];
    };
    for (const token of tokens) {
      if ('word' in token) {
        if (pendingRedirect) {
          redirects.push(this.expand(token.word));
          pendingRedirect = false;
          continue;
        }
        // `REM` after `&` makes the rest of the line a comment.
        if (!words.length && /^rem$/i.test(token.word)) break;
        words.push({ text: token.word, column: token.column });
        continue;
      }
      if (token.op.startsWith('>')) pendingRedirect = true;
      else if (token.op.startsWith('<')) pendingRedirect = false;
      else if (
        token.op === '(' &&
        /^@?for$/i.test(words[0]?.text ?? '') &&
        /^in$/i.test(words.at(-1)?.text ?? '')
      ) {
        inForSet = true;
      } else if (token.op === ')' && inForSet) {
        inForSet = false;
      } else if (token.op === '(') {
        if (
          !words.length ||
          /^@?(if|else|do)$/i.test(words[0]!.text) ||
          /^(do|else)$/i.test(words.at(-1)!.text)
        ) {
          // `if ... (`, `for ... do (`, `else (`: a block opens; the guard itself runs nothing.
          this.openBlocks.push({
            line: logical.line,
            column: token.column,
            endLine: logical.line,
            endColumn: token.column + 1,
          });
          words = [];
        } else words.push({ text: '(', column: token.column });
      } else if (token.op === ')') {
        if (this.openBlocks.length) {
          this.openBlocks.pop();
          finish(false);
        }
      } else finish(token.op === '|');
    }
    finish(false);
  }

  /** Records one simple command after its `if`/`for` guards; assignments only update variables. */
  private command(
    raw: { text: string; column: number }[],
    redirects: Template[],
    logical: LogicalLine,
    upstream: ScriptCommand | undefined,
  ): ScriptCommand | undefined {
    let words = raw.map((w) => w.text.replace(/^@/, ''));
    let first = 0;
    for (let guard = 0; guard < 8 && words.length; guard++) {
      const head = words[0]!.toLowerCase();
      if (head === 'if') {
        let i = 1;
        while (/^(not|\/i)$/i.test(words[i] ?? '')) i++;
        const test = (words[i] ?? '').toLowerCase();
        i +=
          test === 'exist' || test === 'defined' || test === 'errorlevel' || test === 'cmdextversion'
            ? 2
            : /==/.test(test)
              ? 1
              : 3;
        words = words.slice(i);
        first += i;
      } else if (head === 'for') {
        const at = words.findIndex((w) => w.toLowerCase() === 'do');
        if (at === -1) return undefined;
        words = words.slice(at + 1);
        first += at + 1;
      } else if (head === 'else' || head === 'do') {
        words = words.slice(1);
        first++;
      } else break;
    }
    if (!words.length || this.assignment(words)) return undefined;
    const column = raw[first]?.column ?? 1;
    const lastWord = raw.at(-1)!;
    const text = raw
      .slice(first)
      .map((w) => w.text)
      .join(' ');
    const range = {
      line: logical.line,
      column,
      endLine: logical.line,
      endColumn: lastWord.column + lastWord.text.length,
    };
    const command: ScriptCommand = {
      ...scriptPlace(range, text, 'script'),
      words: words.map((w) => this.expand(w)),
      redirects,
      substituted: [],
      ...(upstream ? { upstream } : {}),
    };
    this.facts.commands.push(command);
    return command;
  }

  end(): void {
    // cmd reads an unclosed `(` block to the end of the file and runs nothing of it.
    if (this.openBlocks.length) this.facts.syntaxErrors.push(this.openBlocks[0]!);
  }
}

/**
 * Every fact of one batch script. Never throws; an unclosed parenthesised block is a syntax
 * error (SCAN001) and every command outside it is still analysed.
 */
export function analyzeBatch(source: string): ScriptFacts {
  const walker = new BatchWalker();
  for (const line of logicalLines(source)) walker.line(line);
  walker.end();
  return walker.facts;
}
