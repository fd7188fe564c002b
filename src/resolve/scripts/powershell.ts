/**
 * The PowerShell analyser: walks a tree-sitter-powershell tree and lists the commands (cmdlets,
 * aliases, native programs) and the .NET/COM method calls a script makes, with arguments
 * resolved through the script's literal assignments. `$env:X` is an environment hole; an object
 * built by `New-Object`, `[Type]::new()` or `New-Object -ComObject` keeps its type through
 * variables, so `$wc.DownloadString($u)` is a `Net.WebClient` call. Comments and strings that
 * are only written out are never commands.
 */
import type { Node as SyntaxNode, Tree } from 'web-tree-sitter';

import { appendAll } from '../../model/append-all.js';
import type { Template } from '../../model/value.js';
import { rangeOf, syntaxErrors } from '../../parse/python.js';
import { hole, normalise } from '../python/templates.js';
import { normaliseTypeName, type ScriptCommand, type ScriptFacts, type ScriptMethodCall } from './facts.js';
import { ScriptVariables, scriptPlace } from './variables.js';

// PowerShell wraps every value in a dozen expression levels, so its trees run deep; the limit
// keeps several stack frames per level well inside the JavaScript stack.
const MAX_DEPTH = 1000;

/** A value as far as the analyser follows it: text, and the object type when it is an object. */
interface PsValue {
  text: Template;
  type?: string;
}

/** Static members of `[Net.IPAddress]` that name an address. */
const IP_ADDRESS_MEMBERS: Record<string, string> = {
  any: '0.0.0.0',
  ipv6any: '::',
  loopback: '127.0.0.1',
  ipv6loopback: '::1',
  none: '255.255.255.255',
  ipv6none: '::',
  broadcast: '255.255.255.255',
};

/** Automatic variables whose value the script does not set. */
const AUTOMATIC: Record<string, string> = {
  args: 'script arguments',
  input: 'pipeline input',
  _: 'pipeline input',
  psitem: 'pipeline input',
  psscriptroot: 'the script folder',
  pwd: 'the working folder',
  home: 'the home folder',
  profile: 'the PowerShell profile path',
};

interface Collector {
  commands: ScriptCommand[];
  calls: ScriptMethodCall[];
}

class PowerShellWalker {
  readonly facts: ScriptFacts = { language: 'powershell', commands: [], methods: [], syntaxErrors: [] };
  private readonly vars = new ScriptVariables(
    true,
    (name) => AUTOMATIC[name.toLowerCase()] ?? `variable ${name} (not assigned in this script)`,
  );
  private readonly types = new Map<string, string>();
  private readonly collectors: Collector[] = [];

  constructor(private readonly source: string) {}

  private text(node: SyntaxNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }

  private tooDeep(depth: number): boolean {
    if (depth <= MAX_DEPTH) return false;
    this.facts.incomplete ??= `nesting deeper than ${MAX_DEPTH} levels was not analysed`;
    return true;
  }

  visit(node: SyntaxNode, scope: string, depth: number): void {
    if (this.tooDeep(depth)) return;
    switch (node.type) {
      case 'comment':
        return;
      case 'function_statement': {
        const name = node.namedChildren.find((c) => c?.type === 'function_name');
        for (const child of node.namedChildren)
          if (child) this.visit(child, name ? this.text(name) : scope, depth + 1);
        return;
      }
      case 'assignment_expression':
        this.assign(node, scope, depth);
        return;
      case 'pipeline_chain':
        this.pipeline(node, scope, depth);
        return;
      case 'command':
        this.command(node, scope, depth, undefined, []);
        return;
      default:
        if (this.isExpression(node)) {
          this.evaluate(node, scope, depth);
          return;
        }
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
    }
  }

  private isExpression(node: SyntaxNode): boolean {
    return node.type.endsWith('_expression') && node.type !== 'assignment_expression';
  }

  private assign(node: SyntaxNode, scope: string, depth: number): void {
    const left = node.namedChildren.find((c) => c?.type === 'left_assignment_expression');
    const right = node.namedChildren.at(-1);
    const value = right && right !== left ? this.evaluate(right, scope, depth) : { text: [] };
    const variable = left && this.find(left, 'variable');
    if (!variable || !left) return;
    const name = this.variableName(variable);
    const operator = node.namedChildren.find((c) => c?.type === 'assignement_operator');
    const plain = !operator || this.text(operator) === '=';
    // `$Env:X = ...` sets the environment for child processes; other scopes are the same variable here.
    const key = name.replace(/^(?:script|global|local|private):/i, '');
    this.vars.set(
      key,
      plain && left.text === variable.text ? value.text : [hole(`variable ${key} (changed in place)`)],
    );
    if (value.type && plain) this.types.set(key.toLowerCase(), value.type);
    else this.types.delete(key.toLowerCase());
  }

  /** The first descendant of `type` along the first-child spine (PowerShell wraps values deeply). */
  private find(node: SyntaxNode, type: string): SyntaxNode | undefined {
    let current: SyntaxNode | null = node;
    for (let guard = 0; current && guard < 64; guard++) {
      if (current.type === type) return current;
      if (current.namedChildCount !== 1) return undefined;
      current = current.firstNamedChild;
    }
    return undefined;
  }

  private variableName(node: SyntaxNode): string {
    return this.text(node)
      .replace(/^\$\{?|\}$/g, '')
      .replace(/^@/, '');
  }

  private pipeline(node: SyntaxNode, scope: string, depth: number): ScriptCommand | undefined {
    let upstream: ScriptCommand | undefined;
    let upstreamCalls: ScriptMethodCall[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'command') {
        upstream = this.command(child, scope, depth, upstream, upstreamCalls);
        upstreamCalls = [];
      } else {
        const collected = this.collect(() => this.evaluate(child, scope, depth));
        upstream = collected.commands.at(-1);
        upstreamCalls = collected.calls;
      }
    }
    return upstream;
  }

  private collect<T>(run: () => T): Collector & { result: T } {
    const collector: Collector = { commands: [], calls: [] };
    this.collectors.push(collector);
    try {
      const result = run();
      return { ...collector, result };
    } finally {
      this.collectors.pop();
      const outer = this.collectors.at(-1);
      if (outer) {
        appendAll(outer.commands, collector.commands);
        appendAll(outer.calls, collector.calls);
      }
    }
  }

  private command(
    node: SyntaxNode,
    scope: string,
    depth: number,
    upstream: ScriptCommand | undefined,
    upstreamCalls: ScriptMethodCall[],
  ): ScriptCommand {
    const words: Template[] = [];
    const collected = this.collect(() => {
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'command_name') words.push([this.text(child).replace(/`/g, '')]);
        else if (child.type === 'command_name_expr') words.push(this.evaluate(child, scope, depth).text);
        else if (child.type === 'command_elements') {
          let previous: SyntaxNode | undefined;
          for (const element of child.namedChildren) {
            if (!element || element.type === 'command_argument_sep' || element.type === 'comment') continue;
            if (element.type === 'argument_list' && previous) {
              // In argument mode `(New-Object T).M(x)` and `New-Object T(x)` arrive as the target, then the list.
              words.push(...this.argumentsAfter(previous, element, scope, depth, words));
            } else if (element.type === 'command_parameter')
              words.push([this.text(element).replace(/:$/, '')]);
            else if (element.type === 'generic_token')
              words.push([this.text(element).replace(/`(.)/g, '$1')]);
            else if (element.type !== 'redirection' && element.type !== 'file_redirection_operator')
              words.push(this.evaluate(element, scope, depth).text);
            previous = element;
          }
        }
      }
    });
    const command: ScriptCommand = {
      ...scriptPlace(rangeOf(node), this.text(node), scope),
      words,
      redirects: this.redirects(node, scope, depth),
      substituted: collected.commands,
      calls: [...upstreamCalls, ...collected.calls],
      ...(upstream ? { upstream } : {}),
    };
    this.record(command);
    this.newObject(command);
    return command;
  }

  /**
   * An argument list that follows a command argument: a method call on a member access
   * (`(New-Object Net.WebClient).DownloadString(u)`), whose word becomes the call's result, or a
   * constructor's arguments (`New-Object T("h", 80)`), which become words of their own.
   */
  private argumentsAfter(
    previous: SyntaxNode,
    list: SyntaxNode,
    scope: string,
    depth: number,
    words: Template[],
  ): Template[] {
    const args = this.argumentNodes(list).map((a) => this.evaluate(a, scope, depth + 1).text);
    const access = this.find(previous, 'member_access');
    const target = access?.firstNamedChild;
    const member = access?.namedChildren.find((c) => c?.type === 'member_name');
    if (!access || !target || !member) return args;
    const receiver =
      target.type === 'type_literal'
        ? { type: normaliseTypeName(this.text(target)) }
        : this.evaluateTarget(target, scope, depth);
    const method = this.text(member).toLowerCase();
    words.pop();
    if (receiver.type) {
      this.recordCall({
        ...scriptPlace(rangeOf(previous), `${this.text(previous)}${this.text(list)}`, scope),
        type: receiver.type,
        method,
        args,
      });
    }
    return [[hole(`result of ${method}()`)]];
  }

  /** The value of a member access target without recording it twice (it was evaluated as the previous word). */
  private evaluateTarget(target: SyntaxNode, scope: string, depth: number): PsValue {
    const before = { commands: this.facts.commands.length, methods: this.facts.methods.length };
    const value = this.evaluate(target, scope, depth + 1);
    this.facts.commands.splice(before.commands);
    this.facts.methods.splice(before.methods);
    return value;
  }

  private redirects(node: SyntaxNode, scope: string, depth: number): Template[] {
    const out: Template[] = [];
    const elements = node.namedChildren.find((c) => c?.type === 'command_elements');
    for (const child of elements?.namedChildren ?? []) {
      if (child?.type !== 'redirection') continue;
      const target = child.namedChildren.find((c) => c?.type === 'redirected_file_name');
      if (target) out.push(this.evaluate(target, scope, depth).text);
    }
    return out;
  }

  private record(command: ScriptCommand): void {
    this.facts.commands.push(command);
    this.collectors.at(-1)?.commands.push(command);
  }

  private recordCall(call: ScriptMethodCall): void {
    this.facts.methods.push(call);
    this.collectors.at(-1)?.calls.push(call);
  }

  /** `New-Object [-TypeName] T [-ArgumentList a, b]` and `New-Object -ComObject P`: a constructor call. */
  private newObject(command: ScriptCommand): void {
    const texts = command.words.map((w) => (w.length === 1 && typeof w[0] === 'string' ? w[0] : undefined));
    if (texts[0]?.toLowerCase() !== 'new-object') return;
    let type: string | undefined;
    const args: Template[] = [];
    for (let i = 1; i < texts.length; i++) {
      const word = texts[i];
      if (word && /^-(typename|comobject)$/i.test(word)) type = texts[++i];
      else if (word && /^-(argumentlist|args)$/i.test(word)) args.push(...splitList(command.words[++i]));
      else if (word && /^-/.test(word)) i++;
      else if (type === undefined && word) type = word;
      else args.push(command.words[i]!);
    }
    if (!type) return;
    this.lastNew = normaliseTypeName(type);
    this.recordCall({ ...command, type: this.lastNew, method: 'new', args });
  }

  /** The type of the last `New-Object` evaluated, read by the expression that contains it. */
  private lastNew: string | undefined;

  evaluate(node: SyntaxNode, scope: string, depth: number): PsValue {
    if (this.tooDeep(depth)) return { text: [hole('expression nested too deeply')] };
    switch (node.type) {
      case 'string_literal':
        return { text: this.stringLiteral(node, scope, depth) };
      case 'expandable_string_literal':
      case 'expandable_here_string_literal':
      case 'verbatim_string_characters':
      case 'verbatim_here_string_characters':
        return { text: this.stringLiteral(node, scope, depth) };
      case 'integer_literal':
      case 'real_literal':
      case 'generic_token':
        return { text: [this.text(node)] };
      case 'variable':
        return this.variable(node);
      case 'type_literal':
        return { text: [this.text(node)] };
      case 'member_access': {
        const target = node.firstNamedChild;
        const member = node.namedChildren.find((c) => c?.type === 'member_name');
        if (target?.type === 'type_literal' && member && /ipaddress\]$/i.test(this.text(target))) {
          const address = IP_ADDRESS_MEMBERS[this.text(member).toLowerCase()];
          if (address) return { text: [address] };
        }
        if (target) this.evaluate(target, scope, depth + 1);
        return { text: [hole(`member ${this.text(node).slice(0, 60)}`)] };
      }
      case 'invokation_expression':
        return this.invocation(node, scope, depth);
      case 'command':
        this.command(node, scope, depth, undefined, []);
        return { text: [hole('output of a command')], ...this.takeNew() };
      case 'pipeline_chain': {
        const only = node.namedChildCount === 1 ? node.firstNamedChild : null;
        if (only && only.type !== 'command') return this.evaluate(only, scope, depth + 1);
        const last = this.pipeline(node, scope, depth);
        return { text: [hole('output of a command')], ...(last ? this.takeNew() : {}) };
      }
      case 'script_block_expression':
      case 'script_block':
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
        return { text: [hole('a script block')] };
      case 'sub_expression':
        for (const child of node.namedChildren) if (child) this.visit(child, scope, depth + 1);
        return { text: [hole('output of a subexpression')] };
      case 'additive_expression': {
        if (node.namedChildCount === 1) return this.evaluate(node.firstNamedChild!, scope, depth + 1);
        const [left, right] = [node.firstNamedChild, node.lastNamedChild];
        const operator = this.source.slice(left?.endIndex ?? 0, right?.startIndex ?? 0).trim();
        const l = left ? this.evaluate(left, scope, depth + 1) : { text: [] };
        const r = right && right !== left ? this.evaluate(right, scope, depth + 1) : { text: [] };
        return operator === '+'
          ? { text: normalise([...l.text, ...r.text]) }
          : { text: [hole('arithmetic')] };
      }
      case 'array_literal_expression': {
        const items = node.namedChildren.filter((c): c is SyntaxNode => Boolean(c));
        if (items.length === 1) return this.evaluate(items[0]!, scope, depth + 1);
        const values = items.map((c) => this.evaluate(c, scope, depth + 1).text);
        return { text: normalise(values.flatMap((v, i) => (i ? [' ', ...v] : v))) };
      }
      default: {
        const children = node.namedChildren.filter((c): c is SyntaxNode => Boolean(c));
        if (children.length === 1) return this.evaluate(children[0]!, scope, depth + 1);
        for (const child of children) this.visit(child, scope, depth + 1);
        return { text: [hole(`expression ${this.text(node).slice(0, 40)}`)] };
      }
    }
  }

  private takeNew(): { type?: string } {
    const type = this.lastNew;
    this.lastNew = undefined;
    return type ? { type } : {};
  }

  private variable(node: SyntaxNode): PsValue {
    const name = this.variableName(node);
    const env = /^env:(.+)$/i.exec(name);
    if (env) return { text: [hole(`environment variable ${env[1]}`)] };
    const lower = name.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null')
      return { text: [lower === 'null' ? '' : lower] };
    const key = name.replace(/^(?:script|global|local|private|using):/i, '');
    const type = this.types.get(key.toLowerCase());
    return { text: this.vars.get(key), ...(type ? { type } : {}) };
  }

  private stringLiteral(node: SyntaxNode, scope: string, depth: number): Template {
    const inner = node.type === 'string_literal' ? (node.firstNamedChild ?? node) : node;
    const raw = this.text(inner);
    if (inner.type === 'verbatim_string_characters') return [raw.slice(1, -1).replace(/''/g, "'")];
    if (inner.type === 'verbatim_here_string_characters') return [hereBody(raw)];
    const here = inner.type === 'expandable_here_string_literal';
    const open = here ? raw.indexOf('\n') + 1 : 1;
    const close = here ? raw.lastIndexOf('\n') : raw.length - 1;
    const parts: Template = [];
    let at = inner.startIndex + open;
    const end = inner.startIndex + Math.max(open, close);
    for (const child of inner.namedChildren) {
      if (!child || child.startIndex < at || child.endIndex > end) continue;
      parts.push(unescapeBackticks(this.source.slice(at, child.startIndex)));
      parts.push(
        ...this.evaluate(
          child.type === 'variable' || child.type === 'sub_expression' ? child : child,
          scope,
          depth + 1,
        ).text,
      );
      at = child.endIndex;
    }
    parts.push(unescapeBackticks(this.source.slice(at, end)));
    return normalise(parts);
  }

  private invocation(node: SyntaxNode, scope: string, depth: number): PsValue {
    const target = node.firstNamedChild;
    const member = node.namedChildren.find((c) => c?.type === 'member_name');
    const list = node.namedChildren.find((c) => c?.type === 'argument_list');
    if (!target || !member) return { text: [hole('a method result')] };
    const receiver =
      target.type === 'type_literal'
        ? { text: [] as Template, type: normaliseTypeName(this.text(target)) }
        : this.evaluate(target, scope, depth + 1);
    const args: Template[] = [];
    for (const arg of list ? this.argumentNodes(list) : [])
      args.push(this.evaluate(arg, scope, depth + 1).text);
    const method = this.text(member).toLowerCase();
    if (receiver.type) {
      this.recordCall({
        ...scriptPlace(rangeOf(node), this.text(node), scope),
        type: receiver.type,
        method,
        args,
      });
      if (method === 'new') return { text: [hole(`a new ${receiver.type}`)], type: receiver.type };
    }
    return { text: [hole(`result of ${method}()`)] };
  }

  private argumentNodes(list: SyntaxNode): SyntaxNode[] {
    const expressions = list.namedChildren.find((c) => c?.type === 'argument_expression_list');
    return (expressions?.namedChildren ?? []).filter(
      (c): c is SyntaxNode => c?.type === 'argument_expression',
    );
  }
}

/** The lines between `@'`/`@"` and `'@`/`"@`. */
function hereBody(raw: string): string {
  const start = raw.indexOf('\n') + 1;
  const end = raw.lastIndexOf('\n');
  return end > start ? raw.slice(start, end) : '';
}

/** PowerShell's backtick escapes in double-quoted strings. */
function unescapeBackticks(text: string): string {
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\u0007' };
  return text.replace(/`(.)/gs, (_m, c: string) => named[c] ?? c);
}

/** `a, b` written as one argument list word becomes its items. */
function splitList(word: Template | undefined): Template[] {
  if (!word) return [];
  if (word.length === 1 && typeof word[0] === 'string')
    return word[0]
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w]);
  return [word];
}

/** Every fact of one parsed PowerShell script; never throws on bad syntax (SCAN001 ranges in `syntaxErrors`). */
export function analyzePowerShell(tree: Tree, source: string): ScriptFacts {
  const walker = new PowerShellWalker(source);
  walker.visit(tree.rootNode, 'script', 0);
  walker.facts.syntaxErrors = syntaxErrors(tree);
  return walker.facts;
}
