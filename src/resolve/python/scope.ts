/** Lexical scopes of one Python module, with Python's lookup order (classes are not enclosing). */
import type { Value } from '../../model/value.js';

export type ScopeKind = 'module' | 'class' | 'function';

/** What we know of a class defined in the scanned file. */
export interface ClassInfo {
  /** The key under which its instances are typed: `<local>` + scope name. */
  type: string;
  name: string;
  /** Resolved base classes that are library classes (`socketserver.TCPServer`). */
  bases: string[];
  /** Class-body names and `self.x = ...` assignments seen so far. */
  attrs: Map<string, Value>;
  definesInit: boolean;
}

export class Scope {
  readonly bindings = new Map<string, Value>();
  /** Every value a name was given in this scope, for code that runs later (function bodies). */
  readonly history = new Map<string, Value[]>();
  readonly globals = new Set<string>();
  /** Modules star-imported into this scope. */
  readonly starModules: string[] = [];

  constructor(
    readonly kind: ScopeKind,
    /** Dotted scope name used in fingerprints: `module`, `C`, `C.m`, `f.<locals>.g`. */
    readonly name: string,
    readonly parent?: Scope,
    readonly cls?: ClassInfo,
  ) {}

  get module(): Scope {
    return this.parent ? this.parent.module : this;
  }

  /** Binds `name` here (or in the module for `global` names), keeping the history. */
  assign(name: string, value: Value): void {
    const target = this.globals.has(name) ? this.module : this;
    target.bindings.set(name, value);
    const past = target.history.get(name);
    if (past) {
      if (past.length < 16) past.push(value);
    } else target.history.set(name, [value]);
  }

  /** The name scopes nested inside this one get: `f.<locals>.g` for functions, `C.m` for classes. */
  child(name: string): string {
    if (this.kind === 'module') return name;
    return this.kind === 'class' ? `${this.name}.${name}` : `${this.name}.<locals>.${name}`;
  }
}
