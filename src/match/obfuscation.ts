/**
 * OBF001: decoded data reaching execution (the chain is shown), literals that decode to code
 * or executables, and bidirectional-control characters in source (Trojan Source).
 */
import type { RawFinding } from '../model/finding.js';
import type { CallFact, LiteralFact } from '../model/python-facts.js';
import type { ObfuscationCatalog } from '../model/rulepack.js';
import type { Value } from '../model/value.js';
import { rawFinding } from './finding-builder.js';

function decodersOf(value: Value): string[] {
  return (value.kind === 'str' || value.kind === 'unknown') && value.via ? value.via : [];
}

/** OBF001 when any argument of an execution sink went through a decoder. */
export function matchDecodedExecution(fact: CallFact, sinkRule: string): RawFinding | undefined {
  const values = [...fact.site.positional, ...fact.site.keywords.values()];
  const chain = values.map(decodersOf).find((v) => v.length);
  if (!chain) return undefined;
  return rawFinding('OBF001', fact, {
    confidence: 'high',
    subject: `${chain.join(' > ')} > ${fact.site.callee}`,
    details: { qualified_name: fact.site.callee, chain: [...chain, fact.site.callee], sink_rule: sinkRule },
  });
}

/** Code and executable markers a hidden payload gives itself away by. */
const PAYLOAD_MARKERS =
  /\b(?:import\s+\w|exec\s*\(|eval\s*\(|__import__|subprocess|os\.system|socket\.|powershell|Invoke-Expression|\/bin\/(?:ba)?sh)|^MZ|^\x7fELF/;

function decodesToPayload(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0) {
    const decoded = Buffer.from(compact, 'base64').toString('latin1');
    return PAYLOAD_MARKERS.test(decoded);
  }
  if (/^(?:[0-9a-fA-F]{2})+$/.test(compact))
    return PAYLOAD_MARKERS.test(Buffer.from(compact, 'hex').toString('latin1'));
  return false;
}

/**
 * OBF001 for a long literal that is an encoded payload: Base64 or hex that decodes to code or
 * an executable. Encoded images, keys and certificates in honest repositories decode to
 * neither, so they stay silent.
 */
export function matchBlob(fact: LiteralFact, catalog: ObfuscationCatalog): RawFinding | undefined {
  const { text } = fact;
  if (text.length < catalog.blobs.base64_min_length || !decodesToPayload(text)) return undefined;
  return rawFinding('OBF001', fact, {
    confidence: 'medium',
    subject: `encoded payload ${text.length}`,
    evidence: `${text.slice(0, 60)}… (${text.length} characters)`,
    details: { payload_length: text.length },
  });
}

/** Bidirectional-control characters that make source read differently from how it runs. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** OBF001 for each line holding bidirectional-control characters (CVE-2021-42574), at most 20. */
export function matchTrojanSource(source: string): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!BIDI_CONTROL.test(source)) return findings;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length && findings.length < 20; i++) {
    const line = lines[i]!;
    const column = line.search(BIDI_CONTROL);
    if (column === -1) continue;
    const codepoint = line.codePointAt(column)!.toString(16).toUpperCase().padStart(4, '0');
    findings.push(
      rawFinding(
        'OBF001',
        {
          range: { line: i + 1, column: column + 1, endLine: i + 1, endColumn: column + 2 },
          evidence: `bidirectional control character U+${codepoint} in source`,
          statement: `U+${codepoint}`,
          scope: 'module',
        },
        { confidence: 'high', subject: `bidi U+${codepoint}`, details: { character: `U+${codepoint}` } },
      ),
    );
  }
  return findings;
}
