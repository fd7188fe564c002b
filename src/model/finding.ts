/** Shared vocabulary of the pipeline: what a finding is at each stage. */

export type Severity = 'blocker' | 'high' | 'medium' | 'low' | 'info';
export type Confidence = 'high' | 'medium' | 'low';
export type Profile = 'mcen_practical' | 'mcen_strict';
export type Category =
  | 'network'
  | 'persistence'
  | 'dynamic_exec'
  | 'deserialization'
  | 'process_exec'
  | 'obfuscation'
  | 'policy'
  | 'other';

/** Why a finding does not gate; `active` findings decide. */
export type Disposition = 'active' | 'allowlisted' | 'waived' | 'allowed_by_policy' | 'baseline' | 'excluded';

export const PROFILES: readonly Profile[] = ['mcen_practical', 'mcen_strict'];
export const SEVERITIES: readonly Severity[] = ['blocker', 'high', 'medium', 'low', 'info'];
/** Every category, in the order SPEC 5 lists the rulepack (the order reports use). */
export const CATEGORIES: readonly Category[] = [
  'network',
  'persistence',
  'dynamic_exec',
  'deserialization',
  'process_exec',
  'obfuscation',
  'policy',
  'other',
];
/** Every disposition: what decides first, then each reason a finding does not. */
export const DISPOSITIONS: readonly Disposition[] = [
  'active',
  'allowlisted',
  'waived',
  'allowed_by_policy',
  'baseline',
  'excluded',
];

/** A 1-based source range; columns count UTF-16 code units of the decoded line, as editors do. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Structured facts behind a finding; every field is optional and printed as given. */
export interface FindingDetails {
  /** Resolved qualified name of the API, e.g. `requests.get` or `builtins.eval`. */
  qualified_name?: string;
  /** The destination as resolved: a concrete value, or a description of the unknown one. */
  destination?: string;
  /** Where a value came from, e.g. "environment variable HOST, default 'localhost'". */
  provenance?: string;
  /** The command as resolved (argv joined with spaces, or the shell string). */
  command?: string;
  /** A path argument (persistence and protected-location writes). */
  path?: string;
  /** Language of the analysed text when not Python (shell, powershell, batch, vbscript). */
  language?: string;
  /** Notebook cell (1-based) and line inside it, for `.ipynb` findings. */
  cell?: number;
  cell_line?: number;
  /** Line of the inline waiver that waived the finding (the same file). */
  waiver_line?: number;
  /** Free-form chain of steps (decode → exec, python -c → …). */
  chain?: string[];
  [key: string]: string | number | boolean | string[] | undefined;
}

/**
 * What analysis produces: profile-independent, positioned in one file.
 * `variant` picks a severity variant of the rule (e.g. NET002 `import_only`).
 */
export interface RawFinding extends SourceRange {
  ruleId: string;
  confidence: Confidence;
  variant?: string;
  evidence: string;
  details: FindingDetails;
  /** The resolved subject (qualified name, destination or command) used in the fingerprint. */
  subject: string;
  /** The statement text with whitespace folded, used in the fingerprint. */
  statement: string;
  /** The enclosing scope (e.g. `module`, `Class.method`), used in the fingerprint. */
  scope: string;
}

/** A finding as reported: rule metadata attached, severity chosen for the profile, disposition set. */
export interface Finding {
  rule_id: string;
  title: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  file: string;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  evidence: string;
  why_it_matters: string;
  remediation: string;
  fingerprint: string;
  details: FindingDetails;
  disposition: Disposition;
  /** Why a non-active disposition applies (allowlist justification, waiver reason, policy description). */
  justification?: string;
}
