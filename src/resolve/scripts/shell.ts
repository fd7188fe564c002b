/**
 * The shell analyser: walks a tree-sitter-bash tree and lists every command the script runs,
 * with its words resolved through the script's own literal assignments. Comments and here-doc
 * bodies are data (a here-doc fed to a shell or python is kept as that command's input), text
 * that is only echoed stays an argument of `echo`, and `$(...)`/`<(...)` commands are commands.
 */
import type { Node as SyntaxNode, Tree } from 'web-tree-sitter';

import { appendAll } from '../../model/append-all.js';
import type { SourceRange } from '../../model/finding.js';
import type { Template } from '../../model/value.js';
import { rangeOf, syntaxErrors } from '../../parse/python.js';
import { hole, normalise } from '../python/templates.js';
import type { HereDoc, ScriptCommand, ScriptFacts } from './facts.js';
import { ScriptVariables, scriptPlace } from './variables.js';

/** Deeper trees are not walked further (hostile nesting); the analysis says it stopped. */
const MAX_DEPTH = 400;

/** Facts of one shell script; here-docs are always listed. */
export interface ShellFacts extends ScriptFacts {
  hereDocs: HereDoc[];
}

/**
 * The variable name notebook shell escapes use for IPython's `{expr}` interpolation, so the
 * value reads as a Python value rather than an environment variable.
 */
export const IPYTHON_VALUE = '__ipython_value__';

const SPECIAL_HOLES: Record<string, string> = {
  '@': 'script arguments',
  '*': 'script arguments',
  '#': 'argument count',
  '?': 'exit status',
  $: 'process id',
  '!': 'process id',
  '-': 'shell options',
};

class ShellWalker {
  readonly facts: ShellFacts = {
    language: 'shell',
    commands: [],
    methods: [],
    syntaxErrors: [],
    hereDocs: [],
  };
  private readonly vars = new ScriptVariables(false, (name) =>
    name === IPYTHON_VALUE
      ? 'a Python value interpolated by IPython'
      : /^\d+$/.test(name)
        ? `script argument ${name}`
        : SPECIAL_HOLES[name] !== undefined
          ? SPECIAL_HOLES[name]
          : `environment variable ${name}`,
  );

  constructor(private readonly source: string) {}

  private text(node: SyntaxNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }

  visit(node: SyntaxNode, scope: string, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.facts.incomplete ??= `nesting deeper than ${MAX_DEPTH} levels was not analysed`;
      return;
    }
    switch (node.type) {
      case 'comment':
      case 'heredoc_body':
        return;
      case 'variable_assignment':
        this.assign(node, scope, depth);
        return;
      case 'pipeline':
        this.pipeline(node, scope, depth);
        return;
      case 'command':
        this.command(node, scope, depth, undefined, []);
        return;
      case 'redirected_statement':
        this.redirected(node, scope, depth, undefined);
        return;
      case 'function_definition': {
        const name = node.childForFieldName('name');
        const body = node.childForFieldName('body');
        if (body) this.visit(body, name ? this.text(name) : scope, depth + 1);
        return;
      }
      case 'for_statement': {
        const variable = node.childForFieldName('variable');
        for (const value of node.childrenForFieldName('value')) if (value) this.word(value, scope, depth, []);
        if (variable) this.vars.set(this.text(variable), [hole(`loop variable ${this.text(variable)}`)]);
        const body = node.childForFieldName('body');
        if (body) this.visit(body, scope, depth + 1);
        return;
      }
      default:
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
    }
  }

  private assign(node: SyntaxNode, scope: string, depth: number): void {
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (!name) return;
    const spelled = this.text(name);
    // `a+=x` appends; `a[1]=x` sets an element: neither is a plain literal of `a`.
    const appends = this.source.slice(name.endIndex, name.endIndex + 2) === '+=';
    const template = value ? this.word(value, scope, depth, []) : [];
    if (name.type === 'subscript' || appends)
      this.vars.set(spelled.split('[')[0]!, [hole(`array or appended variable ${spelled}`)]);
    else this.vars.set(spelled, template);
  }

  private pipeline(node: SyntaxNode, scope: string, depth: number): void {
    let upstream: ScriptCommand | undefined;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'command') upstream = this.command(child, scope, depth, upstream, []);
      else if (child.type === 'redirected_statement')
        upstream = this.redirected(child, scope, depth, upstream);
      else {
        this.visit(child, scope, depth + 1);
        upstream = undefined;
      }
    }
  }

  private redirected(
    node: SyntaxNode,
    scope: string,
    depth: number,
    upstream: ScriptCommand | undefined,
  ): ScriptCommand | undefined {
    const body = node.childForFieldName('body');
    const targets: Template[] = [];
    const hereDocs: { text: string; line: number }[] = [];
    for (const redirect of node.childrenForFieldName('redirect')) {
      if (!redirect) continue;
      if (redirect.type === 'file_redirect') {
        const destination = redirect.childForFieldName('destination');
        const operator = this.text(redirect).replace(/^\d+/, '');
        if (destination && /^(>|>>|&>|&>>|>\||<>)/.test(operator))
          targets.push(this.word(destination, scope, depth, []));
        else if (destination) this.word(destination, scope, depth, []);
      } else if (redirect.type === 'heredoc_redirect') {
        const bodyNode = redirect.namedChildren.find((c) => c?.type === 'heredoc_body');
        if (bodyNode) hereDocs.push({ text: this.text(bodyNode), line: bodyNode.startPosition.row + 1 });
      } else if (redirect.type === 'herestring_redirect') {
        for (const child of redirect.namedChildren) if (child) this.word(child, scope, depth, []);
      }
    }
    if (body?.type === 'command') {
      const command = this.command(body, scope, depth, upstream, targets, node);
      for (const doc of hereDocs) this.facts.hereDocs.push({ command, ...doc });
      return command;
    }
    if (body) this.visit(body, scope, depth + 1);
    return undefined;
  }

  private command(
    node: SyntaxNode,
    scope: string,
    depth: number,
    upstream: ScriptCommand | undefined,
    redirects: Template[],
    statement: SyntaxNode = node,
  ): ScriptCommand {
    const substituted: ScriptCommand[] = [];
    const words: Template[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      // `FOO=bar cmd` sets FOO for cmd only; its value may still hold `$(...)` commands.
      if (child.type === 'variable_assignment') {
        const value = child.childForFieldName('value');
        if (value) this.word(value, scope, depth, substituted);
        continue;
      }
      if (child.type === 'file_redirect') {
        const destination = child.childForFieldName('destination');
        if (destination) redirects.push(this.word(destination, scope, depth, substituted));
        continue;
      }
      if (child.type === 'herestring_redirect' || child.type === 'comment') continue;
      words.push(
        this.word(
          child.type === 'command_name' ? (child.firstNamedChild ?? child) : child,
          scope,
          depth,
          substituted,
        ),
      );
    }
    const command: ScriptCommand = {
      ...scriptPlace(rangeOf(statement), this.text(statement), scope),
      words,
      redirects,
      substituted,
      ...(upstream ? { upstream } : {}),
    };
    this.facts.commands.push(command);
    return command;
  }

  /** The text of a word with quotes removed and expansions resolved; commands inside it are recorded. */
  private word(node: SyntaxNode, scope: string, depth: number, substituted: ScriptCommand[]): Template {
    switch (node.type) {
      case 'word':
      case 'number':
        return [this.text(node).replace(/\\(.)/gs, '$1')];
      case 'raw_string':
        return [this.text(node).slice(1, -1)];
      case 'ansi_c_string':
        return [decodeAnsiC(this.text(node).slice(2, -1))];
      case 'string':
      case 'translated_string':
        return this.stringParts(node, scope, depth, substituted);
      case 'concatenation': {
        const parts: Template = [];
        for (const child of node.namedChildren)
          if (child) parts.push(...this.word(child, scope, depth, substituted));
        return normalise(parts);
      }
      case 'simple_expansion':
      case 'expansion':
        return this.expansion(node, scope, depth, substituted);
      case 'command_substitution':
      case 'process_substitution': {
        const before = this.facts.commands.length;
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
        appendAll(substituted, this.facts.commands.slice(before));
        return [
          hole(node.type === 'command_substitution' ? 'output of a command' : 'a process substitution'),
        ];
      }
      case 'arithmetic_expansion':
        return [hole('arithmetic expansion')];
      default:
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
        return [this.text(node)];
    }
  }

  private stringParts(
    node: SyntaxNode,
    scope: string,
    depth: number,
    substituted: ScriptCommand[],
  ): Template {
    const parts: Template = [];
    const open = this.text(node).startsWith('$"') ? 2 : 1;
    let at = node.startIndex + open;
    const end = node.endIndex - 1;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.startIndex > at) parts.push(this.source.slice(at, child.startIndex));
      parts.push(
        ...(child.type === 'string_content'
          ? [this.text(child).replace(/\\([$`"\\\n])/g, '$1')]
          : this.word(child, scope, depth, substituted)),
      );
      at = child.endIndex;
    }
    if (end > at) parts.push(this.source.slice(at, end));
    return normalise(parts);
  }

  private expansion(node: SyntaxNode, scope: string, depth: number, substituted: ScriptCommand[]): Template {
    const nameNode = node.namedChildren.find(
      (c) => c?.type === 'variable_name' || c?.type === 'special_variable_name',
    );
    const name = nameNode ? this.text(nameNode) : this.text(node).replace(/^\$\{?|\}$/g, '');
    const text = this.text(node);
    if (node.type === 'expansion' && nameNode) {
      // ${VAR:-default} and ${VAR-default}: an unset variable takes the default, which stays in the provenance.
      const fallback = /^\$\{[^:}-]+:?-(.*)\}$/s.exec(text);
      if (fallback && !this.vars.has(name)) {
        for (const child of node.namedChildren)
          if (child && child !== nameNode) this.word(child, scope, depth, substituted);
        return [hole(`environment variable ${name}, default '${fallback[1]}'`)];
      }
      if (!/^\$\{[#!]?\w+\}$/.test(text)) return [hole(`expansion ${text.slice(0, 40)}`)];
    }
    return this.vars.get(name);
  }
}

/** Decodes the escapes of a bash `$'...'` string (the common ones; others are kept as written). */
function decodeAnsiC(text: string): string {
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    "'": "'",
    '"': '"',
    e: '\u001b',
    a: '\u0007',
  };
  return text.replace(/\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|[0-7]{1,3}|.)/g, (m, code: string) => {
    if (/^x/.test(code)) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^u/.test(code)) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return simple[code] ?? m;
  });
}

function isReadWriteRedirect(source: string, range: SourceRange): boolean {
  if (range.line !== range.endLine) return false;
  const line = source.split('\n', range.line)[range.line - 1] ?? '';
  const text = line.slice(range.column - 1, range.endColumn - 1);
  return /^<?>?$/.test(text) && /\d*<>/.test(line.slice(Math.max(0, range.column - 3), range.endColumn + 1));
}

/** Every fact of one parsed shell script; never throws on bad syntax (SCAN001 ranges are in `syntaxErrors`). */
export function analyzeShell(tree: Tree, source: string): ShellFacts {
  const walker = new ShellWalker(source);
  walker.visit(tree.rootNode, 'script', 0);
  // tree-sitter-bash 0.25 does not know the `<>` read-write redirection (`exec 3<>/dev/tcp/h/p`);
  // bash does, so an error that is only that operator is not a syntax error of the script.
  walker.facts.syntaxErrors = syntaxErrors(tree).filter((range) => !isReadWriteRedirect(source, range));
  return walker.facts;
}
