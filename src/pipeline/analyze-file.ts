/**
 * One discovered file from bytes to raw findings: read, hash, decode, prefilter, analyse. Each
 * thread that analyses files (the main thread or a scan worker) owns one `FileAnalyzer`, with
 * its own parser; results are plain data so they cross a worker boundary as they are.
 */
import { readFileSync } from 'node:fs';

import type { Parser } from 'web-tree-sitter';

import type { DiscoveredFile } from '../discover/discover.js';
import { decodeSource } from '../discover/decode-source.js';
import { sha256Hex } from '../discover/sha256.js';
import { scanProblem } from '../match/finding-builder.js';
import type { RawFinding } from '../model/finding.js';
import type { ScannedFile } from '../model/report.js';
import type { Rulepack } from '../model/rulepack.js';
import { createParser } from '../parse/tree-sitter-runtime.js';
import { waiverComments, type WaiverComment } from '../parse/waiver-comments.js';
import type { PolicyRule } from '../review/policy/model.js';
import { analyzeSource } from './analyze-source.js';

/** Milliseconds spent per stage on one thread, summed over its files. */
export interface StageTimes {
  read: number;
  parse: number;
  /** Resolving and matching, parse time excluded. */
  analyze: number;
}

/** The result of analysing one discovered file. */
export interface FileResult {
  scanned?: ScannedFile;
  skippedReason?: string;
  raws: RawFinding[];
  incomplete?: string;
  /** The prefilter proved no rule can match, so the file was parsed for syntax errors only. */
  prefiltered?: boolean;
  /** Inline waiver comments of the decoded text (read whether or not the file was parsed, so stale ones show). */
  waivers?: WaiverComment[];
}

export interface FileAnalyzer {
  analyze(file: DiscoveredFile): Promise<FileResult>;
  readonly times: StageTimes;
  /** Frees the parser; the analyzer is unusable afterwards. */
  close(): void;
}

/** A parser that adds the time each parse takes to `times.parse`. */
function timedParser(parser: Parser, times: StageTimes): Parser {
  const timed = Object.create(parser) as Parser;
  timed.parse = (...args: Parameters<Parser['parse']>) => {
    const started = performance.now();
    try {
      return parser.parse(...args);
    } finally {
      times.parse += performance.now() - started;
    }
  };
  return timed;
}

/** A file skipped for `reason`: listed in the inventory and reported as SCAN001. */
function skippedFile(reason: string, scanned?: ScannedFile): FileResult {
  return {
    ...(scanned ? { scanned } : {}),
    skippedReason: reason,
    raws: [scanProblem(`file skipped: ${reason}`)],
  };
}

/** A file analyzer for this thread, prefiltering Python (see match/prefilter.ts). */
export async function createFileAnalyzer(
  pack: Rulepack,
  policies: readonly PolicyRule[] | undefined,
): Promise<FileAnalyzer> {
  const parser = await createParser('python');
  const times: StageTimes = { read: 0, parse: 0, analyze: 0 };
  const python = timedParser(parser, times);

  async function analyze(file: DiscoveredFile): Promise<FileResult> {
    const readStarted = performance.now();
    let bytes: Buffer;
    try {
      // Synchronous: this thread has nothing else to do meanwhile, and the time measured is the read's own.
      bytes = readFileSync(file.absPath);
    } catch (error) {
      return skippedFile(`unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    } finally {
      times.read += performance.now() - readStarted;
    }
    const scanned: ScannedFile = {
      path: file.path,
      sha256: sha256Hex(bytes),
      size: bytes.length,
      language: file.language,
    };
    if (file.excluded) scanned.excluded = true;
    const decoded = decodeSource(bytes, file.path);
    if (!decoded.ok) return skippedFile(decoded.reason, scanned);
    const waivers = waiverComments(decoded.text, file.language);
    const started = performance.now();
    const parsedBefore = times.parse;
    const analysis = await analyzeSource(decoded.text, file.language, python, pack, policies, {
      prefilter: true,
    });
    times.analyze += performance.now() - started - (times.parse - parsedBefore);
    if ('skipped' in analysis) return skippedFile(analysis.skipped, scanned);
    return {
      scanned,
      raws: analysis.findings,
      waivers,
      ...(analysis.incomplete ? { incomplete: analysis.incomplete } : {}),
      ...(analysis.prefiltered ? { prefiltered: true } : {}),
    };
  }

  return { analyze, times, close: () => parser.delete() };
}
