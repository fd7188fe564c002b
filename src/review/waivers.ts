/**
 * Inline waivers in the review stage (SPEC 6): a well-formed `mcen: allow RULE -- reason` comment
 * marks the review-level findings of its rules on its line, on the statement it belongs to, or (on
 * a line of its own) on the statement below, as `waived` with the reason. Only `mcen_practical`
 * honours waivers. Waivers that honour nothing are listed in the ledger and, unless the profile
 * alone refused them, reported as WAV001 findings at the comment.
 */
import type { Finding, Profile, RawFinding } from '../model/finding.js';
import type { LedgerEntry } from '../model/report.js';
import type { RuleMeta } from '../model/rulepack.js';
import type { WaiverComment } from '../parse/waiver-comments.js';
import { compareFindings, toFindings } from './apply-profile.js';
import { isReviewLevel } from './review-level.js';

/** The rule that reports a waiver that honours nothing. */
export const WAIVER_RULE = 'WAV001';

/** Why no waiver is honoured under the strict profile (the ledger says so for each). */
export const STRICT_REFUSAL = 'mcen_strict honours no inline waivers';

export interface WaiverContext {
  /** The file the findings and waivers belong to (repo-relative POSIX). */
  file: string;
  profile: Profile;
  rules: ReadonlyMap<string, RuleMeta>;
}

/**
 * Whether a waiver is within reach of a finding: on one of the finding's lines, or alone on the
 * line just above it. A trailing waiver does not reach down, so waiving `a()` never also waives
 * the `b()` on the next line. Notebook waivers count lines within the finding's cell.
 */
function reaches(waiver: WaiverComment, finding: Finding): boolean {
  let line = waiver.line;
  let start = finding.line;
  let end = finding.end_line;
  if (waiver.cell !== undefined) {
    const cellLine = finding.details.cell_line;
    if (finding.details.cell !== waiver.cell || typeof cellLine !== 'number') return false;
    line = waiver.cellLine!;
    start = cellLine;
    end = cellLine + (finding.end_line - finding.line);
  }
  return (line >= start && line <= end) || (waiver.ownLine && line === start - 1);
}

/** What makes a waiver unusable whatever the findings: malformed, an unknown or unwaivable rule. */
function refusal(waiver: WaiverComment, rules: ReadonlyMap<string, RuleMeta>): string | undefined {
  if (waiver.problem !== undefined) return waiver.problem;
  const unknown = waiver.rules.filter((id) => !rules.has(id));
  if (unknown.length > 0) return `unknown rule id ${unknown.join(', ')}`;
  const fixed = waiver.rules.filter((id) => !rules.get(id)!.suppressible || id === WAIVER_RULE);
  if (fixed.length > 0) return `${fixed.join(', ')} ${fixed.length === 1 ? 'is' : 'are'} never suppressible`;
  return undefined;
}

function location(file: string, waiver: WaiverComment): string {
  const cell = waiver.cell === undefined ? '' : ` (cell ${waiver.cell}, line ${waiver.cellLine})`;
  return `${file}:${waiver.line}${cell}`;
}

/** A WAV001 finding at the waiver comment, saying what is wrong with it. */
function waiverProblem(waiver: WaiverComment, problem: string): RawFinding {
  return {
    ruleId: WAIVER_RULE,
    line: waiver.line,
    column: waiver.column,
    endLine: waiver.line,
    endColumn: waiver.endColumn,
    confidence: 'high',
    evidence: `${problem}: ${waiver.text}`,
    details: {
      problem,
      ...(waiver.cell !== undefined ? { cell: waiver.cell, cell_line: waiver.cellLine } : {}),
    },
    subject: problem,
    statement: waiver.text,
    scope: 'module',
  };
}

/**
 * Applies the waivers of one file to its findings (from `toFindings`). Returns the findings with
 * each covered one marked `waived` (justification: the first covering waiver's reason,
 * `details.waiver_line`: its line) plus one WAV001 finding per waiver that is malformed, names an
 * unknown or never-suppressible rule, only reaches findings that are not review-level, or
 * (practical) reaches no finding of its rules at all: stale. Also one ledger entry per waiver, in
 * text order. Under `mcen_strict` a valid waiver is listed as not honoured and not reported.
 * Findings not covered are returned unchanged (same objects), all in report order.
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly WaiverComment[],
  context: WaiverContext,
): { findings: Finding[]; ledger: LedgerEntry[] } {
  if (waivers.length === 0) return { findings: [...findings], ledger: [] };
  const isSuppressible = (id: string): boolean => context.rules.get(id)?.suppressible ?? false;
  const result = [...findings];
  const problems: RawFinding[] = [];
  const ledger = waivers.map((waiver): LedgerEntry => {
    const entry: LedgerEntry = {
      source: 'waiver',
      location: location(context.file, waiver),
      rules: [...waiver.rules],
      justification: waiver.reason,
      covered: [],
      stale: false,
    };
    const refused = refusal(waiver, context.rules);
    if (refused !== undefined) {
      problems.push(waiverProblem(waiver, refused));
      return { ...entry, not_honoured: refused };
    }
    if (context.profile !== 'mcen_practical') return { ...entry, not_honoured: STRICT_REFUSAL };
    const inReach = findings.filter((f) => waiver.rules.includes(f.rule_id) && reaches(waiver, f));
    if (inReach.length === 0) {
      problems.push(waiverProblem(waiver, `stale: no ${waiver.rules.join(' or ')} finding in reach`));
      return { ...entry, stale: true };
    }
    const covered = new Set<string>();
    findings.forEach((original, index) => {
      if (!inReach.includes(original) || !isReviewLevel(original, isSuppressible)) return;
      covered.add(original.fingerprint);
      // The first waiver in text order gives the justification; later ones are listed as covering too.
      if (result[index] === original) {
        result[index] = {
          ...original,
          disposition: 'waived',
          justification: waiver.reason,
          details: { ...original.details, waiver_line: waiver.line },
        };
      }
    });
    if (covered.size === 0) {
      const first = inReach[0]!;
      const refusedHere = `the ${first.rule_id} finding on line ${first.line} is ${first.severity === 'blocker' ? 'a blocker' : first.disposition}: only review-level findings can be waived`;
      problems.push(waiverProblem(waiver, refusedHere));
      return { ...entry, not_honoured: refusedHere };
    }
    return { ...entry, covered: [...covered].sort() };
  });
  const reported = toFindings(problems, context.file, context.rules, context.profile, false);
  return { findings: [...result, ...reported].sort(compareFindings), ledger };
}
