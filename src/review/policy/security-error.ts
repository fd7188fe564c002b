/** A denied subject and the library's error for it (SPEC 2.3, the seed's `SecurityError`). */
import type { PolicySite } from './facts.js';
import type { PolicyRule } from './model.js';

/** One subject of the code that an active deny rule covers. */
export interface PolicyViolation {
  /** The deny rule that decided (the lowest id among those that match). */
  rule: PolicyRule;
  /** What was denied: a module name, a builtin name or a qualified name. */
  subject: string;
  kind: 'import' | 'builtin' | 'use';
  site: PolicySite;
  /** One sentence naming the subject and the rule, e.g. "Import of forbidden module 'subprocess' is blocked by ...". */
  message: string;
}

/** Thrown by `validateFacts`/`validateCode` for the first violation; the message names it and its line. */
export class SecurityError extends Error {
  readonly violation: PolicyViolation;

  constructor(violation: PolicyViolation) {
    super(`line ${violation.site.range.line}: ${violation.message}`);
    this.name = 'SecurityError';
    this.violation = violation;
  }
}
