/** Builds RawFindings from facts, so every matcher positions and identifies findings alike. */
import type { Confidence, FindingDetails, RawFinding, SourceRange } from '../model/finding.js';
import type { FactPlace } from '../model/python-facts.js';
import { holeNotes, type Template, UNKNOWN_CHAR } from '../model/value.js';

export interface FindingParts {
  confidence: Confidence;
  details: FindingDetails;
  /** The resolved subject (destination, command, API) for the fingerprint. */
  subject: string;
  variant?: string;
  /** Replaces the fact's evidence (e.g. to show a resolved value). */
  evidence?: string;
}

/** A RawFinding of `ruleId` at the fact's place. */
export function rawFinding(ruleId: string, place: FactPlace, parts: FindingParts): RawFinding {
  const details: FindingDetails = { ...parts.details };
  if (place.chain?.length) details.chain = [...(details.chain ?? []), ...place.chain];
  const finding: RawFinding = {
    ruleId,
    ...place.range,
    confidence: parts.confidence,
    evidence: parts.evidence ?? place.evidence,
    details,
    subject: parts.subject,
    statement: place.statement,
    scope: place.scope,
  };
  if (parts.variant) finding.variant = parts.variant;
  return finding;
}

/** A template written for people: holes as `<provenance>`. */
export function showTemplate(template: Template): string {
  return template.map((p) => (typeof p === 'string' ? p : `<${p.hole}>`)).join('');
}

/** Provenance of the unknown parts of some templates, joined for `details.provenance`. */
export function provenanceOf(templates: Template[]): string | undefined {
  const notes = [...new Set(templates.flatMap(holeNotes))];
  return notes.length ? notes.join('; ') : undefined;
}

/** Replaces the unknown marker for display. */
export function showFlat(text: string): string {
  return text.split(UNKNOWN_CHAR).join('<?>');
}

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * A SCAN001 finding: the file was not fully analysed. `range` defaults to the start of the file,
 * `subject` (fingerprint and statement) to the problem itself.
 */
export function scanProblem(
  problem: string,
  place: {
    range?: SourceRange;
    evidence?: string;
    subject?: string;
    errors?: number;
    /** Scope for the fingerprint (`module` for Python, `script` for scripts). */
    scope?: string;
    language?: string;
  } = {},
): RawFinding {
  const subject = place.subject ?? problem;
  return rawFinding(
    'SCAN001',
    {
      range: place.range ?? FILE_START,
      evidence: place.evidence ?? problem,
      statement: subject,
      scope: 'module',
    },
    {
      confidence: 'high',
      subject,
      details: {
        problem,
        ...(place.errors !== undefined ? { errors: place.errors } : {}),
        ...(place.language !== undefined ? { language: place.language } : {}),
      },
    },
  );
}
