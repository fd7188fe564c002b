/**
 * New-only gating (SPEC 6): current findings whose fingerprint the baseline recorded are marked
 * `baseline` and stop deciding; baseline entries nothing matched are listed as fixed.
 */
import type { Finding } from '../../model/finding.js';
import { compareBaselineFindings, compareFindings } from '../../model/finding-order.js';
import type { BaselineFinding, BaselineSummary } from '../../model/report.js';
import type { Baseline } from './load.js';

export interface BaselineOutcome {
  findings: Finding[];
  /** What `report.json` records under `baseline`; null when no baseline was given. */
  summary: BaselineSummary | null;
}

/**
 * Matches `findings` against `baseline` as a multiset of fingerprints: each baseline entry
 * matches at most one finding, so two new copies of an old pattern are new. A finding is matched
 * first to an entry recorded in its own file, then to any left (a file moved unchanged keeps its
 * findings), in report order, so the outcome is deterministic. A matched `active` finding
 * becomes `baseline` with a justification naming the file; a matched finding that another
 * control already took out of the decision (waived, allowlisted, allowed by policy, excluded)
 * keeps that disposition but still uses up its entry. Every rule is covered, the
 * never-suppressible ones included: a baseline does not say the behaviour is acceptable, only that
 * it predates the gate (docs/BASELINE.md). Unmatched entries are returned as `fixed`, sorted by
 * file, line, rule and fingerprint. Without a baseline the findings come back unchanged. Pure.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline | undefined): BaselineOutcome {
  const ordered = [...findings].sort(compareFindings);
  if (baseline === undefined) return { findings: ordered, summary: null };
  const used = new Set<BaselineFinding>();
  const matched = new Set<Finding>();
  // Queues are filled in reverse report order so that pop() hands out entries in file and line order,
  // in constant time even when thousands of entries share a fingerprint.
  const lastFirst = [...baseline.entries].sort(compareBaselineFindings).reverse();
  // First entries recorded in the finding's own file, then whatever is left of its fingerprint.
  const passes: ((x: { fingerprint: string; file: string }) => string)[] = [
    (x) => `${x.fingerprint}\0${x.file}`,
    (x) => x.fingerprint,
  ];
  for (const keyOf of passes) {
    const queues = new Map<string, BaselineFinding[]>();
    for (const entry of lastFirst) {
      if (used.has(entry)) continue;
      const queue = queues.get(keyOf(entry));
      if (queue) queue.push(entry);
      else queues.set(keyOf(entry), [entry]);
    }
    for (const f of ordered) {
      if (matched.has(f)) continue;
      const entry = queues.get(keyOf(f))?.pop();
      if (entry === undefined) continue;
      used.add(entry);
      matched.add(f);
    }
  }

  const justification = `present in the baseline ${baseline.source}`;
  return {
    findings: ordered.map((f) =>
      matched.has(f) && f.disposition === 'active' ? { ...f, disposition: 'baseline', justification } : f,
    ),
    summary: {
      source: baseline.source,
      sha256: baseline.sha256,
      entries: baseline.entries.length,
      matched: matched.size,
      fixed: lastFirst.filter((e) => !used.has(e)).reverse(),
    },
  };
}
