/**
 * Evaluates the rulepack's catalogs against one Python file's facts. Every rule asks the
 * facts (resolved names and values); none looks at raw call text.
 */
import { appendAll } from '../model/append-all.js';
import type { RawFinding } from '../model/finding.js';
import type { CallFact, PythonFacts } from '../model/python-facts.js';
import type { Rulepack } from '../model/rulepack.js';
import { apiIndex } from './api-index.js';
import { conditionHolds } from './conditions.js';
import { rawFinding } from './finding-builder.js';
import { matchListen, matchNetwork } from './network.js';
import { matchBlob, matchDecodedExecution, matchTrojanSource } from './obfuscation.js';
import { matchProcess } from './process.js';
import { matchRegistryWrite, matchWrite } from './writes.js';

/** Rules whose sinks execute what they are given: decoded input there is OBF001. */
const EXECUTION_RULES = new Set(['DEX001', 'DEX002', 'DES001', 'PEX001', 'PEX002', 'PEX003']);

function matchCall(fact: CallFact, pack: Rulepack, out: RawFinding[]): boolean {
  const index = apiIndex(pack);
  const entries = index.get(fact.site.callee);
  if (!entries) return false;
  const start = out.length;
  const lookup = (api: string) => index.get(api)?.network;
  for (const entry of entries.network) {
    const finding = matchNetwork(fact, entry, lookup);
    if (finding) {
      out.push(finding);
      break;
    }
  }
  for (const entry of entries.listen) {
    const finding = matchListen(fact, entry);
    if (finding) {
      out.push(finding);
      break;
    }
  }
  for (const entry of entries.process) {
    out.push(...matchProcess(fact, entry, pack.tools));
    break;
  }
  for (const entry of entries.calls) {
    if (entry.when && !conditionHolds(fact.site, entry.when)) continue;
    if (entry.unless && conditionHolds(fact.site, entry.unless)) continue;
    const rule = pack.rules.get(entry.rule);
    out.push(
      rawFinding(entry.rule, fact, {
        confidence: entry.confidence ?? rule?.confidence ?? 'high',
        subject: fact.site.callee,
        details: { qualified_name: fact.site.callee },
        ...(entry.variant ? { variant: entry.variant } : {}),
      }),
    );
  }
  for (const entry of entries.writes) {
    const finding = matchWrite(fact, entry, pack.paths);
    if (finding) {
      out.push(finding);
      break;
    }
  }
  for (const entry of entries.registryWrite) {
    const finding = matchRegistryWrite(fact, entry, pack.registry);
    if (finding) {
      out.push(finding);
      break;
    }
  }
  const sink = out.slice(start).find((f) => EXECUTION_RULES.has(f.ruleId));
  if (sink) {
    const obf = matchDecodedExecution(fact, sink.ruleId);
    if (obf) out.push(obf);
  }
  return entries.network.length > 0 || entries.listen.length > 0;
}

function isNetworkModule(module: string, modules: string[]): boolean {
  return modules.some((m) => module === m || module.startsWith(`${m}.`));
}

/** All raw findings of one Python file: calls, imports, literals and source characters. */
export function matchPythonFacts(facts: PythonFacts, source: string, pack: Rulepack): RawFinding[] {
  const out: RawFinding[] = [];
  let networkCallSites = 0;
  for (const fact of facts.calls) if (matchCall(fact, pack, out)) networkCallSites++;
  if (networkCallSites === 0) {
    const reported = new Set<string>();
    for (const fact of facts.imports) {
      const modules = [fact.module, ...(fact.names ?? []).map((n) => `${fact.module}.${n}`)];
      const hit = modules.find((m) => isNetworkModule(m, pack.networkModules));
      if (!hit || reported.has(hit)) continue;
      reported.add(hit);
      out.push(
        rawFinding('NET002', fact, {
          confidence: 'low',
          variant: 'import_only',
          subject: `import ${hit}`,
          details: { qualified_name: hit, provenance: 'imported, no network call site found in this file' },
        }),
      );
    }
  }
  for (const literal of facts.literals) {
    const finding = matchBlob(literal, pack.obfuscation);
    if (finding) out.push(finding);
  }
  appendAll(out, matchTrojanSource(source));
  return dedupe(out);
}

function dedupe(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
