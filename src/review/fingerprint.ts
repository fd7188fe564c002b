/**
 * Finding identity across runs (SPEC 6): built from what a finding is, not where it sits, so
 * a baseline survives edits elsewhere in the file while a changed payload is a new finding.
 */
import { createHash } from 'node:crypto';

import type { RawFinding } from '../model/finding.js';

/**
 * The key of our fingerprint in SARIF `partialFingerprints` (written by the SARIF renderer, read
 * back by baselines); the `/v1` changes if the fingerprint recipe does.
 */
export const FINGERPRINT_KEY = 'mcenFingerprint/v1';

/** The parts of a raw finding that make up its identity (occurrence aside). */
type IdentityParts = Pick<RawFinding, 'ruleId' | 'subject' | 'statement' | 'scope'>;

/**
 * The statement as the fingerprint sees it, so reformatting keeps identity: line continuations and
 * whitespace runs fold to one space, the space beside punctuation goes (`f( x )` is `f(x)`, and a
 * call split over lines by a formatter equals the one-line call), and a trailing comma before a
 * closing bracket goes (formatters add it when they split a call).
 */
function normaliseStatement(text: string): string {
  return text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\p{L}\p{N}_\s]) ?/gu, '$1')
    .replace(/,([)\]}])/g, '$1')
    .trim();
}

function identityKey(raw: IdentityParts): string {
  // JSON keeps the fields apart whatever characters they contain.
  return JSON.stringify([raw.ruleId, raw.subject, normaliseStatement(raw.statement), raw.scope]);
}

/**
 * The fingerprint of a finding: the first 32 hex digits of SHA-256 over the rule id, the
 * resolved subject, the normalised statement (see `normaliseStatement`), the enclosing scope and the
 * occurrence index (see `assignOccurrences`). Line, column and path are deliberately left out:
 * a moved statement keeps its fingerprint. Any input is accepted; it never throws.
 */
export function fingerprint(raw: IdentityParts, occurrence: number): string {
  return createHash('sha256')
    .update(`${identityKey(raw)}#${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * Occurrence indexes for the raw findings of one file, aligned with the input: findings with
 * the same identity (rule, subject, normalised statement, scope) are numbered 0, 1, 2... in source
 * order (line, then column), so two copies of a pattern are two findings. The input order
 * does not matter and is not changed.
 */
export function assignOccurrences(raws: readonly RawFinding[]): number[] {
  const order = raws
    .map((raw, index) => ({ raw, index }))
    .sort((a, b) => a.raw.line - b.raw.line || a.raw.column - b.raw.column || a.index - b.index);
  const seen = new Map<string, number>();
  const occurrences = new Array<number>(raws.length).fill(0);
  for (const { raw, index } of order) {
    const key = identityKey(raw);
    const count = seen.get(key) ?? 0;
    occurrences[index] = count;
    seen.set(key, count + 1);
  }
  return occurrences;
}
