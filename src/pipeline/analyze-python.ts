/**
 * Analysis of one Python source: parse, resolve, match. Pure: source text in, raw findings out;
 * the parser is passed in so each worker keeps its own.
 */
import type { Parser } from 'web-tree-sitter';

import type { RawFinding } from '../model/finding.js';
import type { Rulepack } from '../model/rulepack.js';
import { apiIndex } from '../match/api-index.js';
import { rawFinding } from '../match/finding-builder.js';
import { matchPythonFacts } from '../match/python-rules.js';
import { syntaxErrors } from '../parse/python.js';
import { analyzePython, type ResolveContext } from '../resolve/python/analyzer.js';

export interface SourceAnalysis {
  findings: RawFinding[];
  /** Why the analysis of this file is incomplete, when it is. */
  incomplete?: string;
}

const contexts = new WeakMap<Rulepack, Omit<ResolveContext, 'parsePayload'>>();

/** What the semantic layer needs from a rulepack, derived once per pack. */
function resolveContext(pack: Rulepack): Omit<ResolveContext, 'parsePayload'> {
  let ctx = contexts.get(pack);
  if (!ctx) {
    ctx = {
      aliases: pack.aliases,
      knownApis: apiIndex(pack).names,
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

/** Every raw finding of one Python source, SCAN001 for syntax errors included. Never throws on bad code. */
export function analyzePythonSource(source: string, parser: Parser, pack: Rulepack): SourceAnalysis {
  const tree = parser.parse(source);
  if (!tree) return { findings: [], incomplete: 'the parser gave up on this file' };
  try {
    const facts = analyzePython(tree, source, {
      ...resolveContext(pack),
      parsePayload: (text) => parser.parse(text),
    });
    const findings = matchPythonFacts(facts, source, pack);
    const errors = syntaxErrors(tree);
    if (errors.length) {
      const first = errors[0]!;
      findings.push(
        rawFinding(
          'SCAN001',
          {
            range: first,
            evidence: `syntax error (${errors.length === 20 ? '20 or more' : errors.length} in this file); the intact statements were analysed`,
            statement: 'syntax error',
            scope: 'module',
          },
          {
            confidence: 'high',
            subject: 'syntax error',
            details: { problem: 'syntax error', errors: errors.length },
          },
        ),
      );
    }
    if (facts.incomplete) {
      findings.push(
        rawFinding(
          'SCAN001',
          {
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
            evidence: facts.incomplete,
            statement: 'incomplete analysis',
            scope: 'module',
          },
          { confidence: 'high', subject: 'incomplete analysis', details: { problem: facts.incomplete } },
        ),
      );
    }
    return facts.incomplete ? { findings, incomplete: facts.incomplete } : { findings };
  } finally {
    tree.delete();
  }
}
