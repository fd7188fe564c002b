/**
 * Analysis of one script (shell, PowerShell, batch, VBScript): parse, resolve, match, then the
 * code it embeds for other interpreters (`bash -c`, `python -c`, `powershell -EncodedCommand`,
 * here-docs fed to a shell), analysed as that language and reported at the embedding command
 * with the chain in `details.chain`.
 */
import type { Parser } from 'web-tree-sitter';

import { appendAll } from '../model/append-all.js';
import type { RawFinding, SourceRange } from '../model/finding.js';
import type { FactPlace } from '../model/python-facts.js';
import type { Rulepack, ScriptLanguage } from '../model/rulepack.js';
import { flatten, UNKNOWN_CHAR } from '../model/value.js';
import { embeddedInCall, embeddedInCommand, type EmbeddedCode } from '../match/scripts/embedded.js';
import { judgeCommand, matchScriptFacts } from '../match/scripts/script-rules.js';
import { provenanceOf, rawFinding, scanProblem } from '../match/finding-builder.js';
import { createParser } from '../parse/tree-sitter-runtime.js';
import type { ScriptFacts } from '../resolve/scripts/facts.js';
import { analyzePowerShell } from '../resolve/scripts/powershell.js';
import { analyzeShell } from '../resolve/scripts/shell.js';
import { analyzeBatch } from '../resolve/scripts/batch.js';
import { analyzeVbscript } from '../resolve/scripts/vbscript.js';
import { analyzePythonSource, type SourceAnalysis } from './analyze-python.js';

/** The parsers script analysis needs; the Python one is the caller's (embedded `python -c`). */
export interface ScriptParsers {
  python: Parser;
  bash: Parser;
  powershell: Parser;
}

let shared: Promise<Pick<ScriptParsers, 'bash' | 'powershell'>> | undefined;

/** Parsers for scripts, created once per thread and kept for its life, joined with the caller's Python parser. */
export async function scriptParsers(python: Parser): Promise<ScriptParsers> {
  shared ??= (async () => ({
    bash: await createParser('bash'),
    powershell: await createParser('powershell'),
  }))();
  return { python, ...(await shared) };
}

/** Embedded code nested deeper than this is not opened (a payload that encodes itself forever). */
const MAX_NESTING = 4;

/** Unwrapped code of an -EncodedCommand: text, or why it is not. */
function decodePowerShell(encoded: string): { text: string } | { problem: string } {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1)
    return { problem: 'the payload is not Base64' };
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length % 2 !== 0) return { problem: 'the payload is not UTF-16LE text (odd length)' };
  const text = bytes.toString('utf16le');
  // Control characters other than whitespace, undecodable units, or mostly non-ASCII units
  // (binary read as UTF-16LE lands all over the Unicode range) mean data rather than a script.
  const odd = text.match(/[^\t\n\r\x20-\x7e]/g)?.length ?? 0;
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) || odd > text.length / 5)
    return { problem: 'the decoded payload is not text' };
  return { text };
}

function where(place: FactPlace, inner: RawFinding): RawFinding {
  return { ...inner, ...place.range, statement: place.statement, scope: place.scope };
}

class ScriptAnalysis {
  readonly findings: RawFinding[] = [];
  incomplete?: string;

  constructor(
    private readonly parsers: ScriptParsers,
    private readonly pack: Rulepack,
  ) {}

  run(source: string, language: ScriptLanguage, depth: number): void {
    const facts = this.facts(source, language);
    if (!facts) return;
    appendAll(this.findings, matchScriptFacts(facts, this.pack));
    if (depth === 0 && facts.syntaxErrors.length)
      this.findings.push(syntaxError(facts.syntaxErrors, language));
    if (facts.incomplete && depth === 0) {
      this.incomplete = facts.incomplete;
      this.findings.push(
        scanProblem(facts.incomplete, { subject: 'incomplete analysis', scope: 'script', language }),
      );
    }
    if (depth >= MAX_NESTING) return;
    for (const command of facts.commands) {
      const codes = embeddedInCommand(command, this.pack, language);
      if (!codes.length) continue;
      // `powershell -enc X` or `cmd /c Y`: what the program runs is judged, not the program alone.
      const here = (f: RawFinding): boolean =>
        f.ruleId === 'PEX002' && f.line === command.range.line && f.column === command.range.column;
      this.findings.splice(0, this.findings.length, ...this.findings.filter((f) => !here(f)));
      for (const code of codes) this.embedded(code, command, language, depth);
    }
    for (const call of facts.methods)
      for (const code of embeddedInCall(call, this.pack, language))
        this.embedded(code, call, language, depth);
    for (const doc of facts.hereDocs ?? []) {
      const judged = judgeCommand(doc.command, this.pack, language);
      if (!judged) continue;
      const interpreter = this.pack.tools.interpreters.includes(judged.program)
        ? 'python'
        : judged.entry?.pipe_exec && judged.program !== 'eval'
          ? 'shell'
          : undefined;
      if (!interpreter) continue;
      // A here-doc body is real lines of this file: its findings keep their own lines.
      const inner = this.nested(doc.text, interpreter, depth);
      for (const f of inner) {
        const line = f.line + doc.line - 1;
        this.findings.push({
          ...f,
          line,
          endLine: f.endLine + doc.line - 1,
          details: { ...f.details, chain: [`${judged.program} <<here-document`, ...(f.details.chain ?? [])] },
        });
      }
    }
  }

  private facts(source: string, language: ScriptLanguage): ScriptFacts | undefined {
    switch (language) {
      case 'shell': {
        const tree = this.parsers.bash.parse(source);
        if (!tree) return undefined;
        try {
          return analyzeShell(tree, source);
        } finally {
          tree.delete();
        }
      }
      case 'powershell': {
        const tree = this.parsers.powershell.parse(source);
        if (!tree) return undefined;
        try {
          return analyzePowerShell(tree, source);
        } finally {
          tree.delete();
        }
      }
      case 'batch':
        return analyzeBatch(source);
      case 'vbscript':
        return analyzeVbscript(source);
    }
  }

  /** Findings of code in another language, SCAN001 left out (a fragment's parse problems are not the file's). */
  private nested(text: string, language: ScriptLanguage | 'python', depth: number): RawFinding[] {
    if (language === 'python') {
      return analyzePythonSource(text, this.parsers.python, this.pack)
        .findings.filter((f) => f.ruleId !== 'SCAN001')
        .map((f) => ({ ...f, details: { ...f.details, language: 'python' } }));
    }
    const inner = new ScriptAnalysis(this.parsers, this.pack);
    inner.run(text, language, depth + 1);
    return inner.findings.filter((f) => f.ruleId !== 'SCAN001');
  }

  private embedded(code: EmbeddedCode, place: FactPlace, language: ScriptLanguage, depth: number): void {
    let text = flatten(code.text);
    const base = { command: place.evidence, language, chain: [code.label] };
    if (text.includes(UNKNOWN_CHAR) && !code.encoded) {
      this.findings.push(
        rawFinding('PEX001', place, {
          confidence: 'high',
          subject: `${code.label} dynamic`,
          details: {
            ...base,
            shell: `a ${code.label} string with dynamic parts`,
            provenance: provenanceOf([code.text]) ?? 'dynamic',
          },
        }),
      );
    }
    if (code.encoded) {
      const decoded = decodePowerShell(text);
      if ('problem' in decoded) {
        this.findings.push(
          rawFinding('OBF001', place, {
            confidence: 'high',
            subject: `${code.label} undecodable`,
            details: { ...base, problem: decoded.problem },
          }),
        );
        return;
      }
      text = decoded.text;
      this.findings.push(
        rawFinding('OBF001', place, {
          confidence: 'high',
          subject: `${code.label} ${text.slice(0, 200)}`,
          details: { ...base, decoded: text.length > 200 ? `${text.slice(0, 200)}…` : text },
          evidence: `${code.label} hides: ${text.split('\n', 1)[0]!.slice(0, 120)}`,
        }),
      );
    }
    for (const inner of this.nested(text, code.language, depth)) {
      this.findings.push(
        where(place, {
          ...inner,
          evidence: `${code.label} → ${inner.evidence}`,
          details: { ...inner.details, chain: [code.label, ...(inner.details.chain ?? [])] },
        }),
      );
    }
  }
}

function syntaxError(errors: SourceRange[], language: ScriptLanguage): RawFinding {
  const count = errors.length >= 20 ? '20 or more' : String(errors.length);
  return scanProblem('syntax error', {
    range: errors[0]!,
    evidence: `syntax error (${count} in this file); the intact commands were analysed`,
    errors: errors.length,
    scope: 'script',
    language,
  });
}

/** Every raw finding of one script, SCAN001 for the parts that did not parse. Never throws on bad input. */
export function analyzeScriptSource(
  source: string,
  language: ScriptLanguage,
  parsers: ScriptParsers,
  pack: Rulepack,
): SourceAnalysis {
  const analysis = new ScriptAnalysis(parsers, pack);
  analysis.run(source, language, 0);
  const seen = new Set<string>();
  const findings = analysis.findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return analysis.incomplete ? { findings, incomplete: analysis.incomplete } : { findings };
}
