/**
 * The rulepack as one JSON document. The build validates `rules/` once and ships the result as
 * `dist/rulepack.json`, so a run (and each of its worker threads) starts without parsing YAML
 * or compiling schemas; CI checks the snapshot is exactly what the sources build.
 */
import type { RuleMeta, Rulepack } from '../model/rulepack.js';

const FORMAT = 'gatekeeper6-rulepack/1';

/** The snapshot text of `pack`: deterministic, as the pack is loaded in path order. */
export function rulepackSnapshot(pack: Rulepack): string {
  return `${JSON.stringify({ format: FORMAT, ...pack, rules: [...pack.rules.values()] })}\n`;
}

/** The pack a snapshot holds; throws naming `source` when it is not one. */
export function readRulepackSnapshot(text: string, source: string): Rulepack {
  const data = JSON.parse(text) as Omit<Rulepack, 'rules'> & { format?: unknown; rules: RuleMeta[] };
  if (data.format !== FORMAT) throw new Error(`${source}: not a ${FORMAT} snapshot (rebuild dist/)`);
  delete data.format;
  return { ...data, rules: new Map(data.rules.map((rule) => [rule.id, rule])) };
}
