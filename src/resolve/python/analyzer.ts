/**
 * The semantic layer for Python: one pass over a module's syntax tree that resolves what each
 * name means (imports, aliases, shadowing, builtins reached indirectly), computes values with
 * their provenance, types receivers from their constructors, and records every resolved call,
 * import and qualified access as a fact. Function bodies are analysed after the module body so
 * they see module constants assigned anywhere in the file.
 */
import { appendAll } from '../../model/append-all.js';
import type { SourceRange } from '../../model/finding.js';
import type { CallFact, FactPlace, PythonFacts } from '../../model/python-facts.js';
import type { AliasCatalog } from '../../model/rulepack.js';
import type { CallSite, Template, Value } from '../../model/value.js';
import { argumentValue } from '../../model/value.js';
import { rangeOf } from '../../parse/python.js';
import type { SyntaxNode, Tree } from '../../parse/tree-sitter-runtime.js';
import { PYTHON_BUILTINS } from './builtins.js';
import { createNames, type Names } from './names.js';
import { type ClassInfo, Scope } from './scope.js';
import { joinPath, specialCallResult, specialSubscript } from './special-calls.js';
import { concatOptions, decodeEscapes, hole, MAX_TEXT, percentFormat } from './templates.js';
import { describe, knownText, printable, templatesOf, union, unknown } from './values.js';

/** What the analysis needs from the rulepack. */
export interface ResolveContext {
  aliases: AliasCatalog;
  /** Qualified names the catalogs mention, so `from m import *` can resolve them. */
  knownApis: ReadonlySet<string>;
  /** Decoder qualified names (OBF001): values they return remember the decoder. */
  decoders: ReadonlySet<string>;
  /** `codecs.decode`-like calls: which argument names the codec and which codecs obfuscate. */
  codecDecoders: ReadonlyMap<
    string,
    { encoding: { pos?: number; kw?: string }; suspicious: ReadonlySet<string> }
  >;
  /** Parses code found in strings handed to `exec`/`eval`/`compile`, so it is analysed too. */
  parsePayload?: (text: string) => Tree | null;
  /**
   * Record every resolved call and bare access (policy rules match any name). Otherwise only
   * calls the rules can match are recorded: catalog APIs, forwarders and source executors.
   */
  allFacts?: boolean;
  /** Shortest literal kept as a fact for the blob heuristics (the catalog's Base64 minimum). */
  literalFactMin?: number;
}

/** Builtins that run Python source given as a string. */
const SOURCE_EXECUTORS = new Set(['builtins.exec', 'builtins.eval', 'builtins.compile']);
/** How many payloads deep (code in a string in a string...) analysis goes. */
const MAX_PAYLOAD_DEPTH = 3;

/** Literals at least this long are kept as facts for the blob heuristics (unless the catalog says otherwise). */
const LITERAL_FACT_MIN = 64;
/** What an encoded payload can be written with once escapes are decoded (Base64, hex, whitespace). */
const ENCODED_TEXT = /^[A-Za-z0-9+/=\s]*$/;
const MAX_DEPTH = 300;
const EVIDENCE_MAX = 160;
const STATEMENT_MAX = 400;
/** Items a list or tuple built by `+` may hold and still be followed. */
const MAX_SEQ_ITEMS = 4096;

const COMPOUND_BODY_FIELDS = ['body', 'consequence'];
const STATEMENT_TYPES = /_statement$|^(?:function_definition|class_definition|decorated_definition|ERROR)$/;

interface Deferred {
  node: SyntaxNode;
  scope: Scope;
}

/** Analyses one parsed module and returns its facts. Never throws on odd code; limits are recorded as `incomplete`. */
export function analyzePython(tree: Tree, source: string, ctx: ResolveContext): PythonFacts {
  return new ModuleAnalyzer(ctx, source).run(tree);
}

/** Where facts found inside a payload are reported: the call that runs it. */
interface Anchor {
  place: FactPlace;
  depth: number;
}

class ModuleAnalyzer {
  private readonly facts: PythonFacts = {
    calls: [],
    imports: [],
    accesses: [],
    literals: [],
    syntaxErrors: [],
  };
  private readonly names: Names;
  private readonly deferred: Deferred[] = [];
  private readonly classes = new Map<string, ClassInfo>();
  private readonly statements = new Map<number, string>();
  /** The statement being analysed: facts name it without walking up the tree (parent look-ups are slow). */
  private current: SyntaxNode | undefined;
  private depth = 0;

  constructor(
    private readonly ctx: ResolveContext,
    private readonly source: string,
    private readonly anchor?: Anchor,
  ) {
    this.names = createNames(ctx.aliases);
  }

  /** Source text of a node, sliced from the JS string (cheaper than tree-sitter's `text`), at most `max` characters. */
  private text(node: SyntaxNode, max = Infinity): string {
    return this.source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + max));
  }

  private textOf(node: SyntaxNode | null | undefined): string | undefined {
    return node ? this.text(node) : undefined;
  }

  run(tree: Tree): PythonFacts {
    const module = new Scope('module', 'module');
    this.block(tree.rootNode, module);
    // Function bodies run after the module body; nested functions queue more as they are found.
    for (let i = 0; i < this.deferred.length; i++) {
      const { node, scope } = this.deferred[i]!;
      this.functionBody(node, scope);
    }
    return this.facts;
  }

  // ---- statements ----------------------------------------------------------------------

  private block(node: SyntaxNode, scope: Scope): void {
    for (const child of node.namedChildren) if (child) this.statement(child, scope);
  }

  private statement(node: SyntaxNode, scope: Scope): void {
    if (!this.enter()) return;
    const outer = this.current;
    this.current = node;
    try {
      switch (node.type) {
        case 'expression_statement':
          for (const child of node.namedChildren) if (child) this.expressionStatement(child, scope);
          break;
        case 'import_statement':
          this.importStatement(node, scope);
          break;
        case 'import_from_statement':
          this.importFrom(node, scope);
          break;
        case 'future_import_statement':
          break;
        case 'function_definition':
          this.functionDefinition(node, scope);
          break;
        case 'class_definition':
          this.classDefinition(node, scope);
          break;
        case 'decorated_definition':
          for (const decorator of node.namedChildren) {
            if (decorator?.type === 'decorator') this.visit(decorator, scope);
          }
          if (node.childForFieldName('definition'))
            this.statement(node.childForFieldName('definition')!, scope);
          break;
        case 'if_statement':
          this.ifStatement(node, scope);
          break;
        case 'for_statement':
          this.forStatement(node, scope);
          break;
        case 'while_statement':
          this.loop(node, scope, () => this.evaluate(node.childForFieldName('condition'), scope));
          break;
        case 'try_statement':
          this.tryStatement(node, scope);
          break;
        case 'with_statement':
          this.withStatement(node, scope);
          break;
        case 'global_statement':
          for (const name of node.namedChildren)
            if (name?.type === 'identifier') scope.globals.add(this.text(name));
          break;
        case 'delete_statement':
          this.visit(node, scope);
          break;
        case 'ERROR':
          this.recovered(node, scope);
          break;
        case 'match_statement':
          this.branches(
            scope,
            node.namedChildren.filter((c) => c?.type === 'block').flatMap((b) => present(b.namedChildren)),
            (branchScope, c) => this.statement(c, branchScope),
            () => this.evaluate(node.childForFieldName('subject'), scope),
          );
          break;
        default:
          // return, raise, assert, print (Python 2), exec (Python 2), pass, etc.: find the calls inside.
          this.visit(node, scope);
      }
    } finally {
      this.current = outer;
      this.leave();
    }
  }

  /**
   * Intact statements that error recovery wrapped in an ERROR node. A `def` indented deeper than
   * the class before it was that class's method before the error cut the class short.
   */
  private recovered(node: SyntaxNode, scope: Scope): void {
    let lastClass: { column: number; scope: Scope } | undefined;
    for (const child of present(node.namedChildren)) {
      if (child.type === 'class_definition') {
        const classScope = this.classDefinition(child, scope);
        lastClass = classScope && { column: child.startPosition.column, scope: classScope };
      } else if (
        lastClass &&
        (child.type === 'function_definition' || child.type === 'decorated_definition') &&
        child.startPosition.column > lastClass.column
      ) {
        this.statement(child, lastClass.scope);
      } else if (STATEMENT_TYPES.test(child.type)) this.statement(child, scope);
      else this.evaluate(child, scope);
    }
  }

  private expressionStatement(node: SyntaxNode, scope: Scope): void {
    if (node.type === 'assignment') this.assignment(node, scope);
    else if (node.type === 'augmented_assignment') this.augmented(node, scope);
    else this.evaluate(node, scope);
  }

  private assignment(node: SyntaxNode, scope: Scope): void {
    // a = b = value nests to the right; walked in a loop because a chain can be 100,000 long.
    const targets: SyntaxNode[] = [];
    let value: Value = unknown('chained assignment');
    for (let current: SyntaxNode | null = node; current;) {
      const left = current.childForFieldName('left');
      const right = current.childForFieldName('right');
      if (!left || !right) break; // annotation only: `x: int`
      targets.push(left);
      if (right.type === 'assignment') current = right;
      else {
        value = this.evaluate(right, scope);
        current = null;
      }
    }
    // The innermost target is bound first; each outer one then takes the value of the one inside.
    for (let i = targets.length - 1; i >= 0; i--) {
      if (i < targets.length - 1) value = this.valueOfTarget(targets[i + 1]!, scope);
      this.bindTarget(targets[i]!, value, scope);
    }
  }

  private valueOfTarget(target: SyntaxNode | null, scope: Scope): Value {
    if (target?.type === 'identifier') return this.lookup(this.text(target), scope);
    return unknown('chained assignment');
  }

  private augmented(node: SyntaxNode, scope: Scope): void {
    const left = node.childForFieldName('left');
    const right = this.evaluate(node.childForFieldName('right'), scope);
    if (left?.type !== 'identifier') {
      this.visit(left, scope);
      return;
    }
    const op = this.textOf(node.childForFieldName('operator')) ?? '';
    const current = this.lookup(this.text(left), scope);
    scope.assign(
      this.text(left),
      op === '+=' ? this.add(current, right) : unknown(`${this.text(left)} after ${op}`),
    );
  }

  /** Binds an assignment target (name, tuple, attribute, subscript) to a value. */
  private bindTarget(target: SyntaxNode, value: Value, scope: Scope): void {
    // Targets nest like expressions (`((((a,),),),) = x`): the same depth bound applies.
    if (!this.enter()) return;
    try {
      this.bindOne(target, value, scope);
    } finally {
      this.leave();
    }
  }

  private bindOne(target: SyntaxNode, value: Value, scope: Scope): void {
    switch (target.type) {
      case 'identifier':
        scope.assign(this.text(target), value);
        break;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list': {
        const targets = present(target.namedChildren);
        const items = value.kind === 'seq' && value.items.length === targets.length ? value.items : undefined;
        targets.forEach((t, i) =>
          this.bindTarget(
            t,
            items ? items[i]! : unknown(`an element unpacked from ${describe(value)}`),
            scope,
          ),
        );
        break;
      }
      case 'parenthesized_expression':
        if (target.namedChildren[0]) this.bindTarget(target.namedChildren[0], value, scope);
        break;
      case 'attribute': {
        const object = target.childForFieldName('object');
        const attr = this.textOf(target.childForFieldName('attribute')) ?? '';
        const receiver = this.evaluate(object, scope);
        const info = receiver.kind === 'instance' ? this.classes.get(receiver.type) : undefined;
        if (info) info.attrs.set(attr, info.attrs.has(attr) ? union([info.attrs.get(attr)!, value]) : value);
        break;
      }
      case 'list_splat_pattern':
        if (target.namedChildren[0])
          this.bindTarget(target.namedChildren[0], unknown('a starred unpacking'), scope);
        break;
      default:
        // subscripts and anything else: evaluate for the calls inside, bind nothing.
        this.visit(target, scope);
    }
  }

  private importStatement(node: SyntaxNode, scope: Scope): void {
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      const dotted = item.type === 'aliased_import' ? item.childForFieldName('name')! : item;
      const alias = item.type === 'aliased_import' ? this.textOf(item.childForFieldName('alias')) : undefined;
      const module = this.names.canonical(this.text(dotted).replace(/\s+/g, ''));
      this.facts.imports.push({ ...this.place(item, scope), module, form: 'import' });
      if (alias) scope.assign(alias, { kind: 'module', name: module });
      else {
        // `import a.b` binds `a`; the rest is reached through attributes.
        const top = this.text(dotted).split('.')[0]!.trim();
        scope.assign(top, { kind: 'module', name: this.names.canonical(top) });
      }
    }
  }

  private importFrom(node: SyntaxNode, scope: Scope): void {
    const moduleNode = node.childForFieldName('module_name');
    if (!moduleNode) return;
    const raw = this.text(moduleNode).replace(/\s+/g, '');
    const module = raw.startsWith('.') ? raw : this.names.canonical(raw);
    const names: string[] = [];
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name')! : item;
      const alias = item.type === 'aliased_import' ? this.textOf(item.childForFieldName('alias')) : undefined;
      const name = this.text(nameNode).replace(/\s+/g, '');
      names.push(name);
      const qualified = this.names.canonical(`${module}.${name}`);
      scope.assign(
        alias ?? name,
        raw.startsWith('.') ? { kind: 'local', name: qualified } : { kind: 'qualname', name: qualified },
      );
    }
    if (node.namedChildren.some((c) => c?.type === 'wildcard_import') && !raw.startsWith('.')) {
      scope.starModules.push(module);
    }
    this.facts.imports.push({ ...this.place(node, scope), module, form: 'from', names });
  }

  private functionDefinition(node: SyntaxNode, scope: Scope): void {
    const name = this.textOf(node.childForFieldName('name')) ?? '<function>';
    // Defaults and annotations are evaluated where the def stands.
    const parameters = node.childForFieldName('parameters');
    for (const param of parameters?.namedChildren ?? []) {
      if (param?.type === 'default_parameter' || param?.type === 'typed_default_parameter') {
        this.evaluate(param.childForFieldName('value'), scope);
      }
    }
    scope.assign(name, { kind: 'local', name: scope.child(name) });
    const fnScope = new Scope('function', scope.child(name), scope, scope.cls);
    this.deferred.push({ node, scope: fnScope });
  }

  private functionBody(node: SyntaxNode, scope: Scope): void {
    const parameters = node.childForFieldName('parameters');
    const fname = this.textOf(node.childForFieldName('name')) ?? '<function>';
    const params = present(parameters?.namedChildren ?? []);
    const isMethod = scope.parent?.kind === 'class' && scope.cls !== undefined;
    const decorators = node.parent?.type === 'decorated_definition' ? this.text(node.parent) : '';
    const isStatic = /@staticmethod\b/.test(decorators);
    params.forEach((param, index) => {
      const nameNode =
        param.type === 'identifier'
          ? param
          : (param.childForFieldName('name') ?? param.namedChildren.find((c) => c?.type === 'identifier'));
      if (!nameNode) return;
      const pname = this.text(nameNode);
      if (index === 0 && isMethod && !isStatic) {
        scope.assign(
          pname,
          /@classmethod\b/.test(decorators)
            ? { kind: 'local', name: scope.cls.name }
            : { kind: 'instance', type: scope.cls.type },
        );
        return;
      }
      const base = unknown(`parameter ${pname} of ${fname}()`);
      const defaultNode = param.childForFieldName('value');
      const defaultValue = defaultNode ? this.quietEvaluate(defaultNode, scope.parent!) : undefined;
      scope.assign(pname, defaultValue && defaultValue.kind !== 'none' ? union([base, defaultValue]) : base);
    });
    const body = node.childForFieldName('body');
    if (body) this.block(body, scope);
  }

  /** Analyses a class body (methods deferred) and returns the class's scope. */
  private classDefinition(node: SyntaxNode, scope: Scope): Scope {
    const name = this.textOf(node.childForFieldName('name')) ?? '<class>';
    const bases: string[] = [];
    for (const base of node.childForFieldName('superclasses')?.namedChildren ?? []) {
      if (!base || base.type === 'keyword_argument') continue;
      const value = this.evaluate(base, scope);
      if (value.kind === 'qualname') bases.push(value.name);
      else if (value.kind === 'local') {
        const local = this.classes.get(`<local>${value.name}`);
        if (local) bases.push(...local.bases);
      }
    }
    const scopeName = scope.child(name);
    const info: ClassInfo = {
      type: `<local>${scopeName}`,
      name: scopeName,
      bases,
      attrs: new Map(),
      definesInit: false,
    };
    this.classes.set(info.type, info);
    scope.assign(name, { kind: 'local', name: scopeName });
    const classScope = new Scope('class', scopeName, scope, info);
    // After a syntax error some members may sit in ERROR nodes beside (or instead of) the body.
    const members = present(node.namedChildren).flatMap((c) =>
      c.type === 'block' ? present(c.namedChildren) : c.type === 'ERROR' ? [c] : [],
    );
    const methods: SyntaxNode[] = [];
    for (const child of flattenErrors(members)) {
      if (!STATEMENT_TYPES.test(child.type) && child.type !== 'comment') {
        this.evaluate(child, classScope);
        continue;
      }
      const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (def?.type === 'function_definition') {
        if (this.textOf(def.childForFieldName('name')) === '__init__') info.definesInit = true;
        methods.push(child);
      } else this.statement(child, classScope);
    }
    for (const [attr, value] of classScope.bindings) info.attrs.set(attr, value);
    // `__init__` first, so the attributes it sets are known to the other methods.
    methods.sort((a, b) => Number(this.isInit(b)) - Number(this.isInit(a)));
    for (const method of methods) this.statement(method, classScope);
    return classScope;
  }

  private isInit(node: SyntaxNode): boolean {
    const def = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    return this.textOf(def?.childForFieldName('name')) === '__init__';
  }

  private ifStatement(node: SyntaxNode, scope: Scope): void {
    this.evaluate(node.childForFieldName('condition'), scope);
    const arms: SyntaxNode[] = [];
    const consequence = node.childForFieldName('consequence');
    if (consequence) arms.push(consequence);
    let hasElse = false;
    for (const alt of node.childrenForFieldName('alternative')) {
      if (!alt) continue;
      if (alt.type === 'elif_clause') this.evaluate(alt.childForFieldName('condition'), scope);
      else hasElse = true;
      const body = alt.childForFieldName('consequence') ?? alt.childForFieldName('body');
      if (body) arms.push(body);
    }
    this.branches(scope, arms, (branchScope, arm) => this.block(arm, branchScope), undefined, !hasElse);
  }

  private forStatement(node: SyntaxNode, scope: Scope): void {
    const iterable = this.evaluate(node.childForFieldName('right'), scope);
    const left = node.childForFieldName('left');
    this.loop(node, scope, () => {
      if (left) {
        const item =
          iterable.kind === 'seq' && iterable.items.length
            ? union(iterable.items)
            : unknown(`loop variable ${this.text(left)}`);
        this.bindTarget(left, item, scope);
      }
    });
  }

  /** A loop body runs zero or more times: its bindings merge with the state before it. */
  private loop(node: SyntaxNode, scope: Scope, head: () => void): void {
    const arms = [node.childForFieldName('body'), node.childForFieldName('alternative')].filter(
      Boolean,
    ) as SyntaxNode[];
    this.branches(
      scope,
      arms,
      (branchScope, arm) =>
        arm.type === 'else_clause'
          ? this.block(arm.childForFieldName('body') ?? arm, branchScope)
          : this.block(arm, branchScope),
      head,
      true,
    );
  }

  private tryStatement(node: SyntaxNode, scope: Scope): void {
    const body = node.childForFieldName('body');
    const before = new Map(scope.bindings);
    if (body) this.block(body, scope);
    const afterBody = new Map(scope.bindings);
    const ends: Map<string, Value>[] = [afterBody];
    for (const clause of node.namedChildren) {
      if (!clause || clause === body) continue;
      if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
        this.reset(scope, before);
        for (const part of clause.namedChildren) {
          if (!part) continue;
          if (part.type === 'block') this.block(part, scope);
          else if (part.type === 'as_pattern') {
            this.evaluate(part.namedChildren[0] ?? null, scope);
            const alias = part.childForFieldName('alias');
            if (alias) this.bindTarget(alias.namedChildren[0] ?? alias, unknown('a caught exception'), scope);
          } else this.evaluate(part, scope);
        }
        ends.push(new Map(scope.bindings));
      }
    }
    this.reset(scope, this.merge(ends));
    for (const clause of node.namedChildren) {
      if (clause?.type === 'else_clause' || clause?.type === 'finally_clause') {
        const block = clause.namedChildren.find((c) => c?.type === 'block');
        if (block) this.block(block, scope);
      }
    }
  }

  private withStatement(node: SyntaxNode, scope: Scope): void {
    const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName('value');
      if (!value) continue;
      if (value.type === 'as_pattern') {
        const entered = this.evaluate(value.namedChildren[0] ?? null, scope);
        const alias = value.childForFieldName('alias');
        const target = alias?.namedChildren[0] ?? alias;
        if (target) this.bindTarget(target, entered, scope);
      } else this.evaluate(value, scope);
    }
    const body = node.childForFieldName('body');
    if (body) this.block(body, scope);
  }

  /**
   * Runs each arm from the same starting state and merges the end states; with
   * `mayRunNone` the starting state is one of the outcomes too.
   */
  private branches<T>(
    scope: Scope,
    arms: T[],
    run: (scope: Scope, arm: T) => void,
    head?: () => void,
    mayRunNone = false,
  ): void {
    head?.();
    const before = new Map(scope.bindings);
    const ends: Map<string, Value>[] = mayRunNone ? [before] : [];
    for (const arm of arms) {
      this.reset(scope, before);
      run(scope, arm);
      ends.push(new Map(scope.bindings));
    }
    if (ends.length) this.reset(scope, this.merge(ends));
  }

  private reset(scope: Scope, state: Map<string, Value>): void {
    scope.bindings.clear();
    for (const [k, v] of state) scope.bindings.set(k, v);
  }

  private merge(states: Map<string, Value>[]): Map<string, Value> {
    const merged = new Map<string, Value>();
    const names = new Set(states.flatMap((s) => [...s.keys()]));
    for (const name of names) {
      const values = states.map((s) => s.get(name)).filter((v): v is Value => v !== undefined);
      merged.set(name, union(values));
    }
    return merged;
  }

  // ---- names ---------------------------------------------------------------------------

  private lookup(name: string, scope: Scope): Value {
    let current: Scope | undefined = scope.globals.has(name) ? scope.module : scope;
    while (current) {
      if (current.kind !== 'class' || current === scope) {
        if (current.bindings.has(name)) {
          // Code in functions runs later: a module name may hold any value it was ever given.
          if (current.kind === 'module' && scope.kind !== 'module') {
            const history = current.history.get(name);
            if (history && history.length > 1) return union(history);
          }
          return current.bindings.get(name)!;
        }
      }
      current = current.parent;
    }
    if (name === '__builtins__') return { kind: 'module', name: 'builtins' };
    if (PYTHON_BUILTINS.has(name)) return { kind: 'qualname', name: `builtins.${name}` };
    for (const module of scope.module.starModules) {
      const candidate = this.names.canonical(`${module}.${name}`);
      if (this.ctx.knownApis.has(candidate)) return { kind: 'qualname', name: candidate };
    }
    if (name === '__file__') return { kind: 'str', options: [[hole('the path of this file')]], path: true };
    return unknown(`name ${name} (not resolved)`);
  }

  /** `base.attr` for a resolved base. */
  private attribute(base: Value, attr: string): Value {
    switch (base.kind) {
      case 'module':
      case 'qualname': {
        if (base.name === 'builtins' && attr === '__dict__') return base;
        if (attr === '__dict__') return base;
        return { kind: 'qualname', name: this.names.canonical(`${base.name}.${attr}`) };
      }
      case 'instance': {
        const info = this.classes.get(base.type);
        if (info) {
          const known = info.attrs.get(attr);
          if (known) return known;
          if (info.bases[0])
            return { kind: 'qualname', name: this.names.canonical(`${info.bases[0]}.${attr}`) };
          return unknown(`attribute ${attr} of ${info.name}`);
        }
        return { kind: 'qualname', name: this.names.canonical(`${base.type}.${attr}`) };
      }
      case 'str':
        if (base.path) return this.pathAttribute(base, attr);
        return { kind: 'qualname', name: `${base.bytes ? 'bytes' : 'str'}.${attr}` };
      case 'local': {
        const info = this.classes.get(`<local>${base.name}`);
        const known = info?.attrs.get(attr);
        if (known) return known;
        return unknown(`attribute ${attr} of ${base.name}`);
      }
      default:
        return unknown(`attribute ${attr} of ${describe(base)}`);
    }
  }

  private pathAttribute(base: Value & { kind: 'str' }, attr: string): Value {
    if (attr === 'parent') {
      const options = base.options.map((o): Template => {
        const last = o[o.length - 1];
        if (typeof last === 'string' && last.includes('/'))
          return [...o.slice(0, -1), last.slice(0, last.lastIndexOf('/'))];
        return [...o, '/..'];
      });
      return { ...base, options };
    }
    if (attr === 'name' || attr === 'stem' || attr === 'suffix') return unknown(`the ${attr} of a path`);
    return { kind: 'qualname', name: `pathlib.Path.${attr}` };
  }

  // ---- expressions ---------------------------------------------------------------------

  /** Evaluates without recording facts (parameter defaults seen again from the body). */
  private quietEvaluate(node: SyntaxNode, scope: Scope): Value {
    const lengths = [
      this.facts.calls.length,
      this.facts.imports.length,
      this.facts.accesses.length,
      this.facts.literals.length,
    ];
    const value = this.evaluate(node, scope);
    this.facts.calls.length = lengths[0]!;
    this.facts.imports.length = lengths[1]!;
    this.facts.accesses.length = lengths[2]!;
    this.facts.literals.length = lengths[3]!;
    return value;
  }

  private evaluate(node: SyntaxNode | null | undefined, scope: Scope): Value {
    if (!node) return unknown('nothing');
    if (!this.enter()) return unknown('expression nested too deeply');
    try {
      return this.evaluateNode(node, scope);
    } finally {
      this.leave();
    }
  }

  private evaluateNode(node: SyntaxNode, scope: Scope): Value {
    switch (node.type) {
      case 'identifier':
        return this.lookup(this.text(node), scope);
      case 'string':
        return this.stringLiteral(node, scope);
      case 'concatenated_string': {
        const parts = node.namedChildren.map((c) => this.evaluate(c, scope));
        return parts.reduce((acc, part) => this.add(acc, part));
      }
      case 'integer': {
        const n = Number(this.text(node).replace(/_/g, '').replace(/[lL]$/, ''));
        return Number.isFinite(n) ? { kind: 'num', value: n } : unknown('a large number');
      }
      case 'float':
        return { kind: 'num', value: Number(this.text(node).replace(/_/g, '')) };
      case 'true':
        return { kind: 'bool', value: true };
      case 'false':
        return { kind: 'bool', value: false };
      case 'none':
        return { kind: 'none' };
      case 'parenthesized_expression':
        return this.evaluate(node.namedChildren.find((c) => c?.type !== 'comment') ?? null, scope);
      case 'tuple':
      case 'list':
      case 'set':
      case 'expression_list':
        return {
          kind: 'seq',
          items: node.namedChildren
            .filter((c) => c && c.type !== 'comment')
            .map((c) => this.evaluate(c, scope)),
          tuple: node.type !== 'list',
        };
      case 'dictionary': {
        const entries: [Value, Value][] = [];
        for (const pair of node.namedChildren) {
          if (pair?.type === 'pair') {
            entries.push([
              this.evaluate(pair.childForFieldName('key'), scope),
              this.evaluate(pair.childForFieldName('value'), scope),
            ]);
          } else if (pair) this.evaluate(pair, scope);
        }
        return { kind: 'dict', entries };
      }
      case 'attribute': {
        const base = this.evaluate(node.childForFieldName('object'), scope);
        const value = this.attribute(base, this.textOf(node.childForFieldName('attribute')) ?? '');
        if (value.kind === 'qualname' && (base.kind === 'module' || base.kind === 'qualname'))
          this.access(node, value.name, scope);
        return value;
      }
      case 'call':
        return this.call(node, scope);
      case 'subscript': {
        const base = this.evaluate(node.childForFieldName('value'), scope);
        const subscripts = node.childrenForFieldName('subscript');
        if (
          subscripts.length === 1 &&
          subscripts[0]?.type === 'slice' &&
          this.text(subscripts[0]).replace(/\s+/g, '') === '::-1'
        ) {
          return reversed(base);
        }
        const index = subscripts.map((s) => this.evaluate(s, scope));
        return this.subscript(base, index, scope);
      }
      case 'binary_operator': {
        const left = this.evaluate(node.childForFieldName('left'), scope);
        const right = this.evaluate(node.childForFieldName('right'), scope);
        return this.binary(this.textOf(node.childForFieldName('operator')) ?? '', left, right, node);
      }
      case 'conditional_expression': {
        const [a, , b] = node.namedChildren;
        const cond = node.namedChildren[1];
        this.evaluate(cond, scope);
        return union([this.evaluate(a, scope), this.evaluate(b, scope)]);
      }
      case 'boolean_operator': {
        const left = this.evaluate(node.childForFieldName('left'), scope);
        const right = this.evaluate(node.childForFieldName('right'), scope);
        // `os.getenv("H") or "localhost"`: either side may be the result.
        return union([left, right]);
      }
      case 'named_expression': {
        const value = this.evaluate(node.childForFieldName('value'), scope);
        const name = node.childForFieldName('name');
        if (name) scope.assign(this.text(name), value);
        return value;
      }
      case 'lambda': {
        const lambdaScope = new Scope('function', scope.child('<lambda>'), scope, scope.cls);
        for (const param of node.childForFieldName('parameters')?.namedChildren ?? []) {
          const pname =
            param?.type === 'identifier' ? this.text(param) : this.textOf(param?.childForFieldName('name'));
          if (pname) lambdaScope.assign(pname, unknown(`parameter ${pname} of a lambda`));
        }
        this.evaluate(node.childForFieldName('body'), lambdaScope);
        return { kind: 'local', name: '<lambda>' };
      }
      case 'await':
        return this.evaluate(node.namedChildren[0] ?? null, scope);
      case 'keyword_argument':
        return this.evaluate(node.childForFieldName('value'), scope);
      case 'comment':
        return unknown('a comment');
      default:
        this.visit(node, scope);
        return unknown(`the result of a ${node.type.replace(/_/g, ' ')}`);
    }
  }

  /** Evaluates every child expression (for the calls inside) of a node we do not model. */
  private visit(node: SyntaxNode | null | undefined, scope: Scope): void {
    if (!node) return;
    for (const child of node.namedChildren) {
      if (!child || child.type === 'comment') continue;
      if (child.type === 'block') this.block(child, scope);
      else this.evaluate(child, scope);
    }
  }

  private stringLiteral(node: SyntaxNode, scope: Scope): Value {
    const start = this.textOf(node.children.find((c) => c?.type === 'string_start')) ?? '"';
    const prefix = start.replace(/["']+$/, '').toLowerCase();
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const parts: Template[][] = [];
    let literalText = '';
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_content') {
        const text = raw ? this.text(child) : decodeEscapes(this.text(child), bytes);
        literalText += text;
        parts.push([[text]]);
      } else if (child.type === 'interpolation') {
        const expr = child.childForFieldName('expression');
        const value = this.evaluate(expr, scope);
        parts.push(printable(value) ?? [[hole(`${this.textOf(expr) ?? 'a value'} (${describe(value)})`)]]);
      }
    }
    // Only literals that could be an encoded payload become facts: prose and data cannot.
    const factText = literalText.slice(0, MAX_TEXT);
    if (factText.length >= (this.ctx.literalFactMin ?? LITERAL_FACT_MIN) && ENCODED_TEXT.test(factText)) {
      this.facts.literals.push({ ...this.place(node, scope), text: factText });
    }
    const options = concatOptions(parts);
    return { kind: 'str', options: options.length ? options : [[]], ...(bytes ? { bytes } : {}) };
  }

  private add(left: Value, right: Value): Value {
    if ((left.kind === 'str' || right.kind === 'str') && left.kind !== 'seq' && right.kind !== 'seq') {
      const via = [
        ...new Set([...(('via' in left && left.via) || []), ...(('via' in right && right.via) || [])]),
      ];
      return {
        kind: 'str',
        options: concatOptions([templatesOf(left), templatesOf(right)]),
        ...(left.kind === 'str' && left.bytes ? { bytes: true } : {}),
        ...(via.length ? { via } : {}),
      };
    }
    if (left.kind === 'num' && right.kind === 'num') return { kind: 'num', value: left.value + right.value };
    // A list that doubles itself (`a = a + a`) stops being followed once it is this long.
    if (
      left.kind === 'seq' &&
      right.kind === 'seq' &&
      left.items.length + right.items.length <= MAX_SEQ_ITEMS
    )
      return { kind: 'seq', items: [...left.items, ...right.items], tuple: left.tuple };
    return unknown(`${describe(left)} + ${describe(right)}`);
  }

  private binary(op: string, left: Value, right: Value, node: SyntaxNode): Value {
    if (op === '+') return this.add(left, right);
    if (op === '/' && left.kind === 'str' && left.path) return joinPath([left, right], true);
    if (op === '%' && left.kind === 'str') {
      const args = right.kind === 'seq' && right.tuple ? right.items.map(templatesOf) : [templatesOf(right)];
      const named =
        right.kind === 'dict'
          ? new Map(
              right.entries
                .filter(([k]) => knownText(k) !== undefined)
                .map(([k, v]) => [knownText(k)!, templatesOf(v)]),
            )
          : undefined;
      const options = left.options.flatMap((t) =>
        percentFormat(t, args, named, (what) => [[hole(`${what} of ${this.text(node, 60)}`)]]),
      );
      return { kind: 'str', options: options.slice(0, 16) };
    }
    if (left.kind === 'num' && right.kind === 'num') {
      const results: Record<string, number> = {
        '-': left.value - right.value,
        '*': left.value * right.value,
        '|': left.value | right.value,
        '&': left.value & right.value,
      };
      if (op in results) return { kind: 'num', value: results[op]! };
    }
    return unknown(`${describe(left)} ${op} ${describe(right)}`);
  }

  private subscript(base: Value, index: Value[], scope: Scope): Value {
    const key = index.length === 1 ? index[0]! : { kind: 'seq' as const, items: index, tuple: true };
    const special = specialSubscript(base, key);
    if (special) return special;
    const keyText = knownText(key);
    if (base.kind === 'instance' && base.type === 'builtins.globals' && keyText !== undefined)
      return this.lookup(keyText, scope);
    if ((base.kind === 'module' || base.kind === 'qualname') && keyText !== undefined) {
      if (base.name === 'sys.modules') return { kind: 'module', name: this.names.canonical(keyText) };
      return this.attribute(base, keyText);
    }
    if (base.kind === 'dict' && keyText !== undefined) {
      const entry = base.entries.find(([k]) => knownText(k) === keyText);
      if (entry) return entry[1];
    }
    if (base.kind === 'seq' && key.kind === 'num') {
      const item = base.items.at(key.value);
      if (item) return item;
    }
    return unknown(`an item of ${describe(base)}`);
  }

  private call(node: SyntaxNode, scope: Scope): Value {
    const fn = node.childForFieldName('function');
    const argsNode = node.childForFieldName('arguments');
    let receiver: Value | undefined;
    let callee: Value;
    if (fn?.type === 'attribute') {
      receiver = this.evaluate(fn.childForFieldName('object'), scope);
      const attr = this.textOf(fn.childForFieldName('attribute')) ?? '';
      callee = this.attribute(receiver, attr);
    } else callee = this.evaluate(fn, scope);

    const positional: Value[] = [];
    const keywords = new Map<string, Value>();
    let hasStarArgs = false;
    let hasStarKwargs = false;
    for (const arg of argsNode?.namedChildren ?? []) {
      if (!arg || arg.type === 'comment') continue;
      if (arg.type === 'keyword_argument') {
        keywords.set(
          this.textOf(arg.childForFieldName('name')) ?? '',
          this.evaluate(arg.childForFieldName('value'), scope),
        );
      } else if (arg.type === 'list_splat') {
        hasStarArgs = true;
        this.evaluate(arg.namedChildren[0] ?? null, scope);
      } else if (arg.type === 'dictionary_splat') {
        hasStarKwargs = true;
        this.evaluate(arg.namedChildren[0] ?? null, scope);
      } else if (argsNode?.type === 'generator_expression') {
        // f(x for x in y): the whole argument list is one generator.
        this.evaluate(arg, scope);
      } else positional.push(this.evaluate(arg, scope));
    }
    if (argsNode?.type === 'generator_expression') positional.push(unknown('a generator'));

    if (callee.kind === 'local')
      return this.callLocal(callee, positional, keywords, node, scope, { hasStarArgs, hasStarKwargs });
    if (callee.kind !== 'qualname' && callee.kind !== 'module') {
      // `b64decode(x).decode()` on an unknown value: the result still carries the decoders.
      const via =
        receiver && (receiver.kind === 'str' || receiver.kind === 'unknown') ? receiver.via : undefined;
      if (callee.kind === 'str' || (receiver?.kind === 'str' && callee.kind === 'unknown'))
        return unknown('a string method result', via);
      return unknown(`the result of calling ${describe(callee)}`, via);
    }
    const name = this.names.callName(callee.name);
    const site: CallSite = { callee: name, positional, keywords, hasStarArgs, hasStarKwargs };
    if (receiver && (receiver.kind === 'instance' || receiver.kind === 'str')) site.receiver = receiver;
    if (this.recorded(name)) {
      const fact = this.record(node, site, scope);
      this.forward(site, fact);
      if (SOURCE_EXECUTORS.has(name)) this.payload(site, fact);
    }
    return this.nameCallResult(site, node, scope) ?? specialCallResult(site) ?? this.callResult(site, name);
  }

  /** Analyses the code a string handed to `exec`/`eval`/`compile` holds, reporting at this call. */
  private payload(site: CallSite, fact: CallFact): void {
    const code = site.positional[0] ?? site.keywords.get('source');
    const text = knownText(code);
    const depth = (this.anchor?.depth ?? 0) + 1;
    if (
      text === undefined ||
      !this.ctx.parsePayload ||
      depth > MAX_PAYLOAD_DEPTH ||
      !/[\n;(=]|import/.test(text)
    )
      return;
    const source = code?.kind === 'str' && code.bytes ? Buffer.from(text, 'latin1').toString('utf8') : text;
    const tree = this.ctx.parsePayload(source);
    if (!tree) return;
    const steps = [
      ...(code?.kind === 'str' ? (code.via ?? []).map((d) => `decoded by ${d}`) : []),
      `run by ${site.callee}`,
    ];
    const place: FactPlace = { ...fact, chain: [...(fact.chain ?? []), ...steps] };
    const inner = new ModuleAnalyzer(this.ctx, source, { place, depth }).run(tree);
    tree.delete();
    appendAll(this.facts.calls, inner.calls);
    appendAll(this.facts.imports, inner.imports);
    appendAll(this.facts.accesses, inner.accesses);
    appendAll(this.facts.literals, inner.literals);
  }

  /** Calls that are really name lookups: `getattr(m, "x")`, `__import__("os")`, `globals()["eval"]`. */
  private nameCallResult(site: CallSite, node: SyntaxNode, scope: Scope): Value | undefined {
    const first = site.positional[0];
    switch (site.callee) {
      case 'builtins.getattr': {
        const attr = knownText(site.positional[1]);
        return first && attr !== undefined ? this.attribute(first, attr) : undefined;
      }
      case 'builtins.__import__':
      case 'importlib.__import__':
      case 'importlib.import_module': {
        const target = knownText(argumentValue(site, { pos: 0, kw: 'name' }));
        if (target === undefined || target.startsWith('.')) return undefined;
        const module = this.names.canonical(target);
        this.facts.imports.push({ ...this.place(node, scope), module, form: 'dynamic' });
        const fromlist = argumentValue(site, { pos: 3, kw: 'fromlist' });
        const whole =
          site.callee === 'importlib.import_module' || (fromlist !== undefined && fromlist.kind !== 'none');
        return { kind: 'module', name: whole ? module : this.names.canonical(target.split('.')[0]!) };
      }
      case 'builtins.globals':
      case 'builtins.locals':
        return { kind: 'instance', type: 'builtins.globals' };
      case 'builtins.vars':
        return first ?? { kind: 'instance', type: 'builtins.globals' };
      default:
        return undefined;
    }
  }

  /** The value a library call returns: its declared return type, or an instance of the callee. */
  private callResult(site: CallSite, name: string): Value {
    const via = [...new Set(site.positional.flatMap((v) => ('via' in v && v.via) || []))];
    if (this.ctx.decoders.has(name)) return unknown(`the output of ${name}`, [...via, name]);
    const codec = this.ctx.codecDecoders.get(name);
    if (codec) {
      const encoding = knownText(argumentValue(site, codec.encoding))?.toLowerCase().replace(/-/g, '_');
      if (encoding === undefined || codec.suspicious.has(encoding)) {
        return unknown(`the output of ${name}`, [...via, encoding ? `${name}(${encoding})` : name]);
      }
    }
    const type = this.ctx.aliases.returns[name] ?? name;
    return { kind: 'instance', type, origin: site };
  }

  private callLocal(
    callee: Value & { kind: 'local' },
    positional: Value[],
    keywords: Map<string, Value>,
    node: SyntaxNode,
    scope: Scope,
    star: { hasStarArgs: boolean; hasStarKwargs: boolean },
  ): Value {
    const info = this.classes.get(`<local>${callee.name}`);
    if (!info) return unknown(`the return value of ${callee.name}()`);
    // A subclass of a library class that keeps its constructor constructs that class.
    const base = info.bases[0];
    if (base && !info.definesInit) {
      const site: CallSite = { callee: this.names.callName(base), positional, keywords, ...star };
      const fact = this.record(node, site, scope);
      this.forward(site, fact);
    }
    return { kind: 'instance', type: info.type };
  }

  /** `functools.partial(os.system, cmd)`, `Thread(target=f, args=...)`: the later call, recorded here. */
  private forward(site: CallSite, fact: CallFact): void {
    const spec = this.ctx.aliases.forwards?.[site.callee];
    if (!spec) return;
    const target = argumentValue(site, spec.func);
    if (target?.kind !== 'qualname') return;
    let positional: Value[] = [];
    if (spec.args_from !== undefined) positional = site.positional.slice(spec.args_from);
    else if (spec.args) {
      const args = argumentValue(site, spec.args);
      if (args?.kind === 'seq') positional = args.items;
    } else {
      // Without an argument spec the call is map-like: each later argument is an iterable whose
      // items become the arguments (`map(requests.get, urls)`).
      positional = site.positional
        .slice(1)
        .map((iterable) =>
          iterable.kind === 'seq' && iterable.items.length
            ? union(iterable.items)
            : unknown('an item of an iterable'),
        );
    }
    const kwargsValue = spec.kwargs ? argumentValue(site, spec.kwargs) : undefined;
    const keywords = new Map<string, Value>();
    if (kwargsValue?.kind === 'dict') {
      for (const [k, v] of kwargsValue.entries)
        if (knownText(k) !== undefined) keywords.set(knownText(k)!, v);
    }
    if (spec.args_from !== undefined) for (const [k, v] of site.keywords) keywords.set(k, v);
    const argumentsUnknown =
      spec.args_from === undefined && spec.args === undefined && positional.length === 0;
    const forwarded: CallSite = {
      callee: this.names.callName(target.name),
      positional,
      keywords,
      hasStarArgs: site.hasStarArgs || argumentsUnknown,
      hasStarKwargs: site.hasStarKwargs,
    };
    this.facts.calls.push({
      ...fact,
      site: forwarded,
      chain: [...(fact.chain ?? []), `called through ${site.callee}`],
    });
  }

  private record(node: SyntaxNode, site: CallSite, scope: Scope): CallFact {
    const fact: CallFact = { ...this.place(node, scope), site };
    this.facts.calls.push(fact);
    return fact;
  }

  /** Whether a call of `name` becomes a fact (placing one costs several look-ups in the tree). */
  private recorded(name: string): boolean {
    return (
      this.ctx.allFacts === true ||
      this.ctx.knownApis.has(name) ||
      SOURCE_EXECUTORS.has(name) ||
      this.ctx.aliases.forwards?.[name] !== undefined
    );
  }

  private access(node: SyntaxNode, name: string, scope: Scope): void {
    // Bare reads matter to policy rules only.
    if (!this.ctx.allFacts) return;
    // Calls record their callee already; keep bare reads (`f = os.system`) only.
    if (node.parent?.type === 'call' && node.parent.childForFieldName('function')?.id === node.id) return;
    if (node.parent?.type === 'attribute') return;
    this.facts.accesses.push({ ...this.place(node, scope), name });
  }

  // ---- places --------------------------------------------------------------------------

  private place(node: SyntaxNode, scope: Scope): FactPlace {
    if (this.anchor) {
      const inner = this.text(node, EVIDENCE_MAX).split('\n', 1)[0]!;
      return { ...this.anchor.place, evidence: `${this.anchor.place.evidence} → ${inner}` };
    }
    const range: SourceRange = rangeOf(node);
    const head = this.text(node, EVIDENCE_MAX + 1).split('\n', 1)[0]!;
    const evidence = head.length > EVIDENCE_MAX ? `${head.slice(0, EVIDENCE_MAX)}…` : head;
    return { range, evidence, statement: this.statementText(node), scope: scope.name };
  }

  /** The text of the statement holding `node` (the header only, for compound statements), whitespace folded. */
  private statementText(node: SyntaxNode): string {
    const statement = this.current ?? node;
    const cached = this.statements.get(statement.id);
    if (cached !== undefined) return cached;
    let end = statement.endIndex;
    for (const field of COMPOUND_BODY_FIELDS) {
      const body = statement.childForFieldName(field);
      if (body && body.startIndex > statement.startIndex) {
        end = body.startIndex;
        break;
      }
    }
    // Fold whitespace over a bounded slice: a statement can be megabytes long.
    const folded = this.source
      .slice(statement.startIndex, Math.min(end, statement.startIndex + STATEMENT_MAX * 4))
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, STATEMENT_MAX);
    this.statements.set(statement.id, folded);
    return folded;
  }

  private enter(): boolean {
    if (this.depth >= MAX_DEPTH) {
      this.facts.incomplete ??= `code nested deeper than ${MAX_DEPTH} levels was not analysed`;
      return false;
    }
    this.depth++;
    return true;
  }

  private leave(): void {
    this.depth--;
  }
}

/** `text[::-1]`: known text reversed; either way the value remembers it was reversed (OBF001 chains). */
function reversed(value: Value): Value {
  const text = knownText(value);
  if (value.kind === 'str' && text !== undefined) {
    return { ...value, options: [[[...text].reverse().join('')]], via: [...(value.via ?? []), 'reversed'] };
  }
  if (value.kind === 'seq') return { ...value, items: [...value.items].reverse() };
  return unknown('a reversed value', [
    ...((value.kind === 'str' || value.kind === 'unknown' ? value.via : undefined) ?? []),
    'reversed',
  ]);
}

/** Statements with ERROR wrappers opened up (recovery nests intact statements inside them). */
function flattenErrors(nodes: SyntaxNode[]): SyntaxNode[] {
  return nodes.flatMap((n) => (n.type === 'ERROR' ? flattenErrors(present(n.namedChildren)) : [n]));
}

/** The non-null children of a node list (web-tree-sitter types children as nullable). */
function present(nodes: (SyntaxNode | null)[]): SyntaxNode[] {
  return nodes.filter((n): n is SyntaxNode => n !== null);
}
