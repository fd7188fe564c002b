/**
 * The VBScript analyser: a small tokenizer and expression reader for WSH scripts. `'` and `Rem`
 * start comments, `" "` quotes (`""` is a quote), ` _` at a line end continues it and `:`
 * separates statements. `Dim`/`Const`/`x = ...` assign (a literal resolves, `&`/`+` concatenate,
 * `Chr(n)` is its character), `Set x = CreateObject("ProgID")` gives `x` that type, and method
 * calls on typed objects (`x.Open "GET", url`, `CreateObject("WScript.Shell").Run cmd`) are facts.
 * `Execute`, `ExecuteGlobal` and `Eval` are commands whose argument is code.
 */
import type { Template } from '../../model/value.js';
import { hole, normalise } from '../python/templates.js';
import { normaliseTypeName, type ScriptFacts } from './facts.js';
import { ScriptVariables, scriptPlace } from './variables.js';

type Token =
  | { kind: 'string'; value: string; column: number }
  | { kind: 'number'; value: string; column: number }
  | { kind: 'name'; value: string; column: number }
  | { kind: 'op'; value: string; column: number };

/** One statement: its tokens, the 1-based line it starts on and its text. */
interface Statement {
  tokens: Token[];
  line: number;
  text: string;
}

/** Splits a script into statements: comments dropped, ` _` continuations joined, `:` separated. */
export function vbStatements(source: string): Statement[] {
  const lines = source.split(/\r?\n/);
  const out: Statement[] = [];
  let tokens: Token[] = [];
  let text = '';
  let startLine = 0;
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, line: startLine, text: text.trim() });
    tokens = [];
    text = '';
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let continued = false;
    let i = 0;
    let segmentStart = 0;
    while (i < line.length) {
      const ch = line[i]!;
      if (!tokens.length && text === '') {
        startLine = index + 1;
        segmentStart = i;
      }
      if (ch === '"') {
        let value = '';
        let j = i + 1;
        for (; j < line.length; j++) {
          if (line[j] === '"') {
            if (line[j + 1] === '"') {
              value += '"';
              j++;
            } else break;
          } else value += line[j];
        }
        tokens.push({ kind: 'string', value, column: i + 1 });
        i = j + 1;
      } else if (ch === "'") break;
      else if (/\s/.test(ch)) i++;
      else if (ch === '_' && line.slice(i + 1).trim() === '' && i > 0 && /\s/.test(line[i - 1]!)) {
        continued = true;
        break;
      } else if (ch === ':') {
        text += line.slice(segmentStart, i);
        flush();
        i++;
        segmentStart = i;
      } else if (/[A-Za-z_[]/.test(ch)) {
        // An escaped name `[a b]` may lack its `]` (a syntax error): it then runs to the line's end.
        const m = /^(?:\[[^\]]*\]?|[A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(i))!;
        if (!tokens.length && /^rem$/i.test(m[0]) && !/^[=.(]/.test(line.slice(i + 3).trimStart())) break;
        tokens.push({ kind: 'name', value: m[0].replace(/^\[|\]$/g, ''), column: i + 1 });
        i += m[0].length;
      } else if (/[0-9]/.test(ch) || (ch === '&' && /^&[hH][0-9A-Fa-f]/.test(line.slice(i)))) {
        const m = /^(?:&[hH][0-9A-Fa-f]+&?|\d+(?:\.\d+)?)/.exec(line.slice(i))!;
        tokens.push({ kind: 'number', value: m[0], column: i + 1 });
        i += m[0].length;
      } else {
        const two = line.slice(i, i + 2);
        const op = ['<>', '<=', '>='].includes(two) ? two : ch;
        tokens.push({ kind: 'op', value: op, column: i + 1 });
        i += op.length;
      }
    }
    text += `${line.slice(segmentStart, continued ? line.lastIndexOf('_') : undefined)} `;
    if (!continued) flush();
  }
  flush();
  return out;
}

/** A value as the reader follows it: text, and the COM type of an object. */
interface VbValue {
  text: Template;
  type?: string;
}

/** Keywords that open or close blocks and carry no call of their own. */
const SKIPPED = new Set([
  'dim',
  'redim',
  'private',
  'public',
  'option',
  'end',
  'next',
  'wend',
  'loop',
  'exit',
  'on',
  'sub',
  'function',
  'class',
  'property',
  'select',
  'case',
  'with',
  'erase',
  'randomize',
  'stop',
]);

const MAX_DEPTH = 200;

/** Literal keywords and the text they stand for. */
const VB_CONSTANTS: Record<string, string> = {
  true: 'True',
  false: 'False',
  nothing: '',
  empty: '',
  null: '',
};

class VbWalker {
  readonly facts: ScriptFacts = { language: 'vbscript', commands: [], methods: [], syntaxErrors: [] };
  private readonly vars = new ScriptVariables(
    true,
    (name) => `variable ${name} (not assigned in this script)`,
  );
  private readonly types = new Map<string, string>();
  private tokens: Token[] = [];
  private at = 0;
  private depth = 0;
  private statement!: Statement;

  run(statement: Statement): void {
    this.statement = statement;
    this.tokens = statement.tokens;
    this.at = 0;
    this.stmt();
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private isOp(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'op' && t.value === value;
  }

  private isWord(value: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'name' && t.value.toLowerCase() === value;
  }

  private stmt(): void {
    const first = this.peek();
    if (!first) return;
    const word = first.kind === 'name' ? first.value.toLowerCase() : '';
    if (word === 'if' || word === 'elseif' || word === 'while' || word === 'until' || word === 'do') {
      // `If cond Then stmt`: the statement after Then runs; the condition may call things too.
      const then = this.tokens.findIndex(
        (t, i) => i > this.at && t.kind === 'name' && t.value.toLowerCase() === 'then',
      );
      this.at++;
      this.expression();
      if (then !== -1 && then + 1 < this.tokens.length) {
        this.at = then + 1;
        this.stmt();
      }
      return;
    }
    if (word === 'else' || word === 'for' || word === 'each') {
      this.at++;
      if (word !== 'else') this.expressionList();
      return;
    }
    if (SKIPPED.has(word)) return;
    if (word === 'set' || word === 'const' || word === 'let') this.at++;
    if (word === 'call') {
      this.at++;
      this.expression();
      return;
    }
    const target = this.peek();
    if (target?.kind === 'name' && this.isOp('=', 1)) {
      this.at += 2;
      this.assign(target.value, this.expression());
      return;
    }
    this.callStatement();
  }

  private assign(name: string, value: VbValue): void {
    this.vars.set(name, value.text);
    if (value.type) this.types.set(name.toLowerCase(), value.type);
    else this.types.delete(name.toLowerCase());
  }

  /** `obj.Method a, b` or `Execute code`: a call without parentheses around its arguments. */
  private callStatement(): void {
    const head = this.peek();
    if (head?.kind !== 'name') {
      this.expression();
      return;
    }
    // The callee chain without a final argument list: `CreateObject("X").Run` or `x.Run`.
    const callee = this.postfix(true);
    if (this.isOp('=')) {
      this.at++;
      this.expression();
      return;
    }
    const args = this.peek() ? this.expressionList() : [];
    this.invoke(
      callee,
      args.map((a) => a.text),
    );
  }

  private expressionList(): VbValue[] {
    const values: VbValue[] = [];
    while (this.peek()) {
      values.push(this.expression());
      if (!this.isOp(',')) break;
      this.at++;
    }
    return values;
  }

  private expression(): VbValue {
    if (++this.depth > MAX_DEPTH) {
      // Hostile nesting: the rest of the statement is not read, and the analysis says so.
      this.facts.incomplete ??= `expressions nested deeper than ${MAX_DEPTH} levels were not analysed`;
      this.at = this.tokens.length;
      this.depth--;
      return { text: [hole('an expression nested too deeply')] };
    }
    try {
      return this.expressionBody();
    } finally {
      this.depth--;
    }
  }

  private expressionBody(): VbValue {
    let value = this.unary();
    while (this.isOp('&') || this.isOp('+')) {
      this.at++;
      const right = this.unary();
      value = { text: normalise([...value.text, ...right.text]) };
    }
    // Comparisons, logic and arithmetic give values the rules do not need; their operands may still call.
    while (this.peek() && !this.isOp(',') && !this.isOp(')') && !this.isWord('then')) {
      this.at++;
      this.unary();
      value = { text: [hole('a computed value')] };
    }
    return value;
  }

  private unary(): VbValue {
    if (this.isOp('-') || this.isWord('not') || this.isWord('new')) this.at++;
    return this.postfix(false).value;
  }

  /**
   * A primary with its `.member` and `(args)` suffixes. With `stopBeforeCall`, a final member is
   * left uninvoked (statement calls take their arguments without parentheses).
   */
  private postfix(stopBeforeCall: true): { value: VbValue; member?: string; receiver?: VbValue };
  private postfix(stopBeforeCall: false): { value: VbValue };
  private postfix(stopBeforeCall: boolean): { value: VbValue; member?: string; receiver?: VbValue } {
    const token = this.peek();
    if (!token) return { value: { text: [] } };
    this.at++;
    let value: VbValue;
    let name: string | undefined;
    if (token.kind === 'string') value = { text: [token.value] };
    else if (token.kind === 'number') value = { text: [token.value] };
    else if (token.kind === 'op' && token.value === '(') {
      value = this.expression();
      if (this.isOp(')')) this.at++;
    } else if (token.kind === 'name') {
      name = token.value;
      value = this.variable(name);
    } else value = { text: [hole('an expression')] };
    let receiver: VbValue | undefined;
    let member: string | undefined;
    for (let guard = 0; guard < 64; guard++) {
      if (this.isOp('(')) {
        this.at++;
        const args = this.isOp(')') ? [] : this.expressionList();
        if (this.isOp(')')) this.at++;
        value = this.call(name, receiver, member, args);
        name = undefined;
        receiver = undefined;
        member = undefined;
      } else if (this.isOp('.') && this.peek(1)?.kind === 'name') {
        if (member !== undefined) value = this.call(undefined, receiver, member, []);
        receiver = value;
        member = this.peek(1)!.value;
        this.at += 2;
        name = undefined;
      } else break;
    }
    if (member !== undefined && stopBeforeCall && !this.isOp('='))
      return { value, member, ...(receiver ? { receiver } : {}) };
    if (member !== undefined) value = this.call(undefined, receiver, member, []);
    if (stopBeforeCall && name !== undefined) return { value, member: name };
    return { value };
  }

  private variable(name: string): VbValue {
    const constant = VB_CONSTANTS[name.toLowerCase()];
    if (constant !== undefined) return { text: [constant] };
    const type = this.types.get(name.toLowerCase());
    return { text: this.vars.get(name), ...(type ? { type } : {}) };
  }

  /** A call `name(args)` (a function) or `receiver.member(args)` (a method). */
  private call(
    name: string | undefined,
    receiver: VbValue | undefined,
    member: string | undefined,
    args: VbValue[],
  ): VbValue {
    const texts = args.map((a) => a.text);
    if (member !== undefined) return this.method(receiver, member, texts);
    const lower = name?.toLowerCase() ?? '';
    if (lower === 'createobject' || lower === 'getobject') {
      const progId = texts[lower === 'getobject' ? 1 : 0] ?? texts[0];
      const id = progId?.length === 1 && typeof progId[0] === 'string' ? progId[0] : undefined;
      return id
        ? { text: [hole(`a ${id} object`)], type: normaliseTypeName(id.split(':')[0]!) }
        : { text: [hole('an object')] };
    }
    if ((lower === 'chr' || lower === 'chrw') && texts[0]?.length === 1 && typeof texts[0][0] === 'string') {
      const code = Number(texts[0][0].replace(/^&h/i, '0x').replace(/&$/, ''));
      if (Number.isInteger(code)) return { text: [String.fromCharCode(code)] };
    }
    if (name !== undefined) this.command(name, texts);
    return { text: [hole(`result of ${name ?? 'a call'}()`)] };
  }

  private method(receiver: VbValue | undefined, member: string, args: Template[]): VbValue {
    const lower = member.toLowerCase();
    // `WScript.CreateObject("X")` is CreateObject.
    if (lower === 'createobject' && args[0]?.length === 1 && typeof args[0][0] === 'string')
      return { text: [hole(`a ${args[0][0]} object`)], type: normaliseTypeName(args[0][0]) };
    if (receiver?.type) {
      this.facts.methods.push({
        ...scriptPlace(this.range(), this.statement.text, 'script'),
        type: receiver.type,
        method: lower,
        args,
      });
    }
    return { text: [hole(`result of ${member}()`)] };
  }

  private invoke(callee: { value: VbValue; member?: string; receiver?: VbValue }, args: Template[]): void {
    if (callee.member === undefined) return;
    if (callee.receiver) this.method(callee.receiver, callee.member, args);
    else this.command(callee.member, args);
  }

  /** A procedure call by name (`Execute code`, `Eval(x)`) recorded as a command for the catalogs. */
  private command(name: string, args: Template[]): void {
    this.facts.commands.push({
      ...scriptPlace(this.range(), this.statement.text, 'script'),
      words: [[name], ...args],
      redirects: [],
      substituted: [],
    });
  }

  private range(): { line: number; column: number; endLine: number; endColumn: number } {
    const first = this.tokens[0]!;
    const last = this.tokens.at(-1)!;
    return {
      line: this.statement.line,
      column: first.column,
      endLine: this.statement.line,
      endColumn: last.column + 1,
    };
  }
}

/** Every fact of one VBScript file. Never throws; VBScript that does not read as statements is skipped statement by statement. */
export function analyzeVbscript(source: string): ScriptFacts {
  const walker = new VbWalker();
  for (const statement of vbStatements(source)) walker.run(statement);
  return walker.facts;
}
