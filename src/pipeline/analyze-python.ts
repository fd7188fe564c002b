/**
 * Analysis of one Python source: parse, resolve, match. Pure: source text in, raw findings out;
 * the parser is passed in so each worker keeps its own.
 */
import type { Parser } from 'web-tree-sitter';

import { appendAll } from '../model/append-all.js';
import type { RawFinding, SourceRange } from '../model/finding.js';
import type { Rulepack } from '../model/rulepack.js';
import { apiIndex } from '../match/api-index.js';
import { scanProblem } from '../match/finding-builder.js';
import { pythonPrefilter } from '../match/prefilter.js';
import { matchPythonFacts } from '../match/python-rules.js';
import { syntaxErrors } from '../parse/python.js';
import type { PythonFacts } from '../model/python-facts.js';
import { analyzePython, type ResolveContext } from '../resolve/python/analyzer.js';
import { policyFindings } from '../review/policy/matching.js';
import type { PolicyRule } from '../review/policy/model.js';
import { policyFactsOf } from '../review/policy/python-facts.js';
import { embeddedPythonFindings } from './embedded-python.js';

export interface SourceAnalysis {
  findings: RawFinding[];
  /** Why the analysis of this file is incomplete, when it is. */
  incomplete?: string;
  /** The prefilter proved no rule can match: only parsed, for syntax errors. */
  prefiltered?: boolean;
}

const contexts = new WeakMap<Rulepack, Omit<ResolveContext, 'parsePayload'>>();

/** What the semantic layer needs from a rulepack, derived once per pack. */
function resolveContext(pack: Rulepack): Omit<ResolveContext, 'parsePayload'> {
  let ctx = contexts.get(pack);
  if (!ctx) {
    ctx = {
      aliases: pack.aliases,
      knownApis: apiIndex(pack).names,
      literalFactMin: pack.obfuscation.blobs.base64_min_length,
      decoders: new Set(pack.obfuscation.decoders),
      codecDecoders: new Map(
        pack.obfuscation.codec_decoders.flatMap((c) =>
          c.api.map(
            (api) =>
              [
                api,
                { encoding: c.encoding, suspicious: new Set(c.suspicious.map((s) => s.toLowerCase())) },
              ] as const,
          ),
        ),
      ),
    };
    contexts.set(pack, ctx);
  }
  return ctx;
}

/**
 * What the semantic layer learns about one Python source, with its syntax errors; null only if
 * the parser gave up. `allFacts` keeps every call and access (policy rules), not just what the
 * catalogs can match.
 */
export function pythonFacts(
  source: string,
  parser: Parser,
  pack: Rulepack,
  allFacts = false,
): { facts: PythonFacts; errors: SourceRange[] } | null {
  const tree = parser.parse(source);
  if (!tree) return null;
  try {
    const facts = analyzePython(tree, source, {
      ...resolveContext(pack),
      parsePayload: (text) => parser.parse(text),
      allFacts,
    });
    return { facts, errors: syntaxErrors(tree) };
  } finally {
    tree.delete();
  }
}

/** The analysis of a source tree-sitter could not parse at all (a fresh object: callers add to it). */
const gaveUp = (): SourceAnalysis => ({ findings: [], incomplete: 'the parser gave up on this file' });

/** SCAN001 for a file's syntax errors (none when there are none). */
function syntaxErrorFindings(errors: SourceRange[]): RawFinding[] {
  if (!errors.length) return [];
  const count = errors.length === 20 ? '20 or more' : String(errors.length);
  return [
    scanProblem('syntax error', {
      range: errors[0]!,
      evidence: `syntax error (${count} in this file); the intact statements were analysed`,
      errors: errors.length,
    }),
  ];
}

/**
 * Every raw finding of one Python source: the rules, SCAN001 for syntax errors and limits,
 * and POL001 for what active deny rules of `policies` cover (nothing when `policies` is
 * undefined). With `prefilter`, a source the prefilter proves no rule can match is parsed for
 * its syntax errors only (`prefiltered`); the findings are the same either way. Never throws
 * on bad code.
 */
export function analyzePythonSource(
  source: string,
  parser: Parser,
  pack: Rulepack,
  policies?: readonly PolicyRule[],
  options: { prefilter?: boolean } = {},
): SourceAnalysis {
  if (options.prefilter && !pythonPrefilter(pack, policies).mayMatch(source)) {
    const tree = parser.parse(source);
    if (!tree) return gaveUp();
    try {
      return { findings: syntaxErrorFindings(syntaxErrors(tree)), prefiltered: true };
    } finally {
      tree.delete();
    }
  }
  const analysed = pythonFacts(source, parser, pack, policies !== undefined);
  if (!analysed) return gaveUp();
  const { facts, errors } = analysed;
  const findings = matchPythonFacts(facts, source, pack);
  // `python -c "..."` handed to subprocess: the inner code is analysed and reported here.
  appendAll(
    findings,
    embeddedPythonFindings(facts, pack, (code) => analyzePythonSource(code, parser, pack).findings),
  );
  if (policies) appendAll(findings, policyFindings(policyFactsOf(facts), policies));
  appendAll(findings, syntaxErrorFindings(errors));
  if (facts.incomplete) {
    findings.push(scanProblem(facts.incomplete, { subject: 'incomplete analysis' }));
    return { findings, incomplete: facts.incomplete };
  }
  return { findings };
}
