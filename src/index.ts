/** The library's public face (SPEC 2.3): the scan, the audit, merging shard packets, and policy validation of code. */
export { audit, writeAudit, type AuditOptions, type AuditOutcome } from './pipeline/audit.js';
export { scan, type ScanOptions } from './pipeline/scan.js';
export { mergeAudit, type MergeOptions } from './pipeline/merge.js';
export { parseShard, type Shard } from './discover/shard.js';
export { findViolations, validateCode, type ValidateOptions } from './pipeline/policy-check.js';
export { loadPolicies } from './review/policy/open-store.js';
export { SecurityError, type PolicyViolation } from './review/policy/security-error.js';
export type { PolicyRule } from './review/policy/model.js';
export type { Finding, Profile, Severity } from './model/finding.js';
export type { BaselineFinding, BaselineSummary, Decision, Report } from './model/report.js';
export { ConfigError } from './model/errors.js';
// The rulepack as data (the build writes dist/rulepack.json from it).
export { loadRulepack } from './match/rulepack-loader.js';
export { rulepackSnapshot } from './match/rulepack-snapshot.js';
export type { Rulepack, RuleMeta } from './model/rulepack.js';
