/**
 * A strict JSON parser (RFC 8259) that remembers the 1-based line each value starts on, so a
 * notebook finding can point at the raw `.ipynb` line that holds its source line.
 */

export type LinedJson =
  | { kind: 'object'; entries: Map<string, LinedJson>; line: number }
  | { kind: 'array'; items: LinedJson[]; line: number }
  | { kind: 'string'; value: string; line: number }
  | { kind: 'other'; line: number };

/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 512;

class JsonReader {
  private at = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new SyntaxError(`${what} at line ${this.line}`);
  }

  private space(): void {
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === '\n') this.line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      this.at++;
    }
  }

  document(): LinedJson {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
    const value = this.value(0);
    this.space();
    if (this.at < this.text.length) this.fail('unexpected text after the document');
    return value;
  }

  private value(depth: number): LinedJson {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    this.space();
    const line = this.line;
    const ch = this.text[this.at];
    if (ch === '{') {
      this.at++;
      const entries = new Map<string, LinedJson>();
      this.space();
      if (this.text[this.at] === '}') {
        this.at++;
        return { kind: 'object', entries, line };
      }
      for (;;) {
        this.space();
        if (this.text[this.at] !== '"') this.fail('expected a property name');
        const key = this.string();
        this.space();
        if (this.text[this.at++] !== ':') this.fail("expected ':'");
        entries.set(key, this.value(depth + 1));
        this.space();
        const next = this.text[this.at++];
        if (next === '}') return { kind: 'object', entries, line };
        if (next !== ',') this.fail("expected ',' or '}'");
      }
    }
    if (ch === '[') {
      this.at++;
      const items: LinedJson[] = [];
      this.space();
      if (this.text[this.at] === ']') {
        this.at++;
        return { kind: 'array', items, line };
      }
      for (;;) {
        items.push(this.value(depth + 1));
        this.space();
        const next = this.text[this.at++];
        if (next === ']') return { kind: 'array', items, line };
        if (next !== ',') this.fail("expected ',' or ']'");
      }
    }
    if (ch === '"') return { kind: 'string', value: this.string(), line };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!literal) this.fail('unexpected character');
    this.at += literal[0].length;
    return { kind: 'other', line };
  }

  private string(): string {
    const start = this.at;
    this.at++;
    let out = '';
    for (;;) {
      const ch = this.text[this.at++];
      if (ch === undefined) {
        this.at = start;
        this.fail('unterminated string');
      }
      if (ch === '"') return out;
      if (ch === '\\') {
        const esc = this.text[this.at++];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (esc === 'u') {
          const hex = this.text.slice(this.at, this.at + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.at += 4;
        } else if (esc !== undefined && simple[esc] !== undefined) out += simple[esc];
        else this.fail('bad escape');
      } else if (ch < ' ') this.fail('control character in a string');
      else out += ch;
    }
  }
}

/** Parses `text` as JSON with line numbers; bad JSON gives `{ error }` naming the line, never a throw. */
export function jsonWithLines(text: string): { value: LinedJson } | { error: string } {
  try {
    return { value: new JsonReader(text).document() };
  } catch (error) {
    if (error instanceof SyntaxError) return { error: `invalid JSON: ${error.message}` };
    throw error;
  }
}
