/** Shared test builders for review and decision tests: rule metadata and findings with defaults. */
import type { Finding } from '../../src/model/finding.js';
import type { RuleMeta } from '../../src/model/rulepack.js';

export function ruleMeta(overrides: Partial<RuleMeta> & Pick<RuleMeta, 'id'>): RuleMeta {
  return {
    title: `${overrides.id} title`,
    category: 'process_exec',
    severity: { mcen_practical: 'high', mcen_strict: 'blocker' },
    confidence: 'high',
    cwe: [],
    suppressible: true,
    catalogs: [],
    docs: {
      what: `${overrides.id} what`,
      why: `${overrides.id} why`,
      example: { flagged: 'x', safe: 'y' },
      fix: `${overrides.id} fix`,
      references: [],
    },
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule_id: 'PEX003',
    title: 'Process execution',
    category: 'process_exec',
    severity: 'high',
    confidence: 'high',
    file: 'a.py',
    line: 2,
    column: 1,
    end_line: 2,
    end_column: 30,
    evidence: "subprocess.run(['echo', 'hi'])",
    why_it_matters: 'why',
    remediation: 'fix',
    fingerprint: 'f'.repeat(32),
    details: { command: 'echo hi' },
    disposition: 'active',
    ...overrides,
  };
}
