/** What every policy store offers: read all rules, and apply a change that is written back safely. */
import type { PolicyRule } from './model.js';

export interface PolicyStore {
  /** How the store is named in messages and reports: the path as given, or `builtin:NAME`. */
  readonly source: string;
  /**
   * All rules (active or not), sorted by id. Throws ConfigError naming the store and the entry
   * or row when it is missing, unreadable, malformed or being written by another process.
   */
  load(): Promise<PolicyRule[]>;
  /**
   * Reads the store, applies `change` to its rules, validates the result and writes it back
   * atomically, creating the store when it does not exist yet. Refuses (ConfigError, store
   * untouched) when the store is read-only, malformed, or changed or busy since it was read.
   * Resolves to the rules as written.
   */
  update(change: (rules: PolicyRule[]) => PolicyRule[]): Promise<PolicyRule[]>;
}
