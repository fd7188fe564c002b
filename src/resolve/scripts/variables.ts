/**
 * Script variables and fact places shared by the script analysers: a variable assigned a
 * literal resolves to that text, anything else to a hole that says where the value comes from.
 */
import type { SourceRange } from '../../model/finding.js';
import type { FactPlace } from '../../model/python-facts.js';
import type { Template } from '../../model/value.js';
import { hole, normalise } from '../python/templates.js';

/** Evidence is the first line of the command, cut to this length. */
const EVIDENCE_MAX = 160;

/**
 * Variables of one script, in the order the script assigns them (the last assignment seen
 * wins: branches and loops are not told apart). Unassigned names are holes described by
 * `unassigned` (e.g. "environment variable HOST").
 */
export class ScriptVariables {
  private readonly values = new Map<string, Template>();

  constructor(
    private readonly caseInsensitive: boolean,
    private readonly unassigned: (name: string) => string,
  ) {}

  private key(name: string): string {
    return this.caseInsensitive ? name.toLowerCase() : name;
  }

  set(name: string, value: Template): void {
    this.values.set(this.key(name), normalise(value));
  }

  /** The value of `name`: its last assignment, or a hole naming where an unassigned value comes from. */
  get(name: string): Template {
    return this.values.get(this.key(name)) ?? [hole(this.unassigned(name))];
  }

  has(name: string): boolean {
    return this.values.has(this.key(name));
  }
}

/** The place of a fact: range, first line of `text` as evidence, folded text as statement. */
export function scriptPlace(range: SourceRange, text: string, scope: string): FactPlace {
  const head = text.split('\n', 1)[0]!.trim();
  const evidence = head.length > EVIDENCE_MAX ? `${head.slice(0, EVIDENCE_MAX)}…` : head;
  return { range, evidence, statement: text.replace(/\s+/g, ' ').trim().slice(0, 1000), scope };
}
