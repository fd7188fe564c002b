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
  const left = new Map<string, BaselineFinding[]>();
  for (const entry of baseline.entries) {
    const same = left.get(entry.fingerprint);
    if (same) same.push(entry);
    else left.set(entry.fingerprint, [entry]);
  }
  const take = (f: Finding, sameFileOnly: boolean): boolean => {
    const candidates = left.get(f.fingerprint);
    if (!candidates || candidates.length === 0) return false;
    const index = candidates.findIndex((e) => e.file === f.file);
    if (index < 0 && sameFileOnly) return false;
    candidates.splice(Math.max(index, 0), 1);
    return true;
  };
  const matched = new Set<Finding>();
  for (const f of ordered) if (take(f, true)) matched.add(f);
  for (const f of ordered) if (!matched.has(f) && take(f, false)) matched.add(f);

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
      fixed: [...left.values()].flat().sort(compareBaselineFindings),
    },
  };
}
