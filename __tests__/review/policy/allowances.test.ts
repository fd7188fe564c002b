// Covers src/review/policy/allowances.ts: allow rules marking review-level findings allowed_by_policy.
import { describe, expect, it } from '@jest/globals';

import type { Finding } from '../../../src/model/finding.js';
import { allowedSubjects, markAllowedByPolicy } from '../../../src/review/policy/allowances.js';
import { rule } from './helpers.js';

function finding(rule_id: string, qualified_name: string | undefined, extra: Partial<Finding> = {}): Finding {
  return {
    rule_id,
    title: rule_id,
    category: 'network',
    severity: 'high',
    confidence: 'high',
    file: 'a.py',
    line: 1,
    column: 1,
    end_line: 1,
    end_column: 5,
    evidence: 'x',
    why_it_matters: '',
    remediation: '',
    fingerprint: `${rule_id}-${qualified_name}`,
    details: qualified_name === undefined ? {} : { qualified_name },
    disposition: 'active',
    ...extra,
  };
}

const allowRequests = rule('allow', 'module', 'requests', {
  description: 'Requests library is safe for HTTP operations',
});
const allowRun = rule('allow', 'attribute', 'subprocess.run');
const denyCall = rule('deny', 'attribute', 'subprocess.call');
const allowSubprocess = rule('allow', 'module', 'subprocess');
const allowInput = rule('allow', 'function', 'input', { description: 'prompts are fine here' });

describe('allowedSubjects', () => {
  const allowance = allowedSubjects([allowRequests, allowRun, denyCall, allowSubprocess, allowInput]);

  it.each([
    ['requests', allowRequests.id],
    ['requests.get', allowRequests.id],
    ['requests_oauthlib.OAuth2Session', undefined],
    ['subprocess.run', allowRun.id],
    ['subprocess.Popen', allowSubprocess.id],
    ['subprocess.call', undefined],
    ['builtins.input', allowInput.id],
    ['input', undefined],
  ])('%s is allowed by rule %s', (name, id) => {
    expect(allowance(name)?.id).toBe(id);
  });

  it('ignores inactive rules, both allow and deny', () => {
    const lookup = allowedSubjects([rule('allow', 'module', 'ftplib', { is_active: false })]);
    expect(lookup('ftplib.FTP')).toBeUndefined();
    const unblocked = allowedSubjects([
      allowSubprocess,
      rule('deny', 'module', 'subprocess', { is_active: false }),
    ]);
    expect(unblocked('subprocess.run')?.id).toBe(allowSubprocess.id);
  });
});

describe('markAllowedByPolicy', () => {
  const suppressible = (id: string) => !['NET001', 'DEX001'].includes(id);

  it('marks an active review-level finding on an allowed subject, with the description as justification', () => {
    const [marked] = markAllowedByPolicy([finding('NET002', 'requests.get')], [allowRequests], suppressible);
    expect(marked?.disposition).toBe('allowed_by_policy');
    expect(marked?.justification).toContain('Requests library is safe for HTTP operations');
    expect(marked?.justification).toContain(`policy rule ${allowRequests.id}`);
  });

  it.each([
    ['a blocker', finding('PEX003', 'subprocess.run', { severity: 'blocker' })],
    ['a never-suppressible rule', finding('NET001', 'requests.get', { severity: 'high' })],
    ['a POL001 finding', finding('POL001', 'subprocess')],
    ['a finding already waived', finding('PEX003', 'subprocess.run', { disposition: 'waived' })],
    ['a finding without a qualified name', finding('OBF001', undefined)],
    ['a subject a deny rule also covers', finding('PEX003', 'subprocess.call')],
  ])('leaves %s untouched', (_title, input) => {
    expect(markAllowedByPolicy([input], [allowRequests, allowSubprocess, denyCall], suppressible)).toEqual([
      input,
    ]);
  });

  it('changes nothing with an empty policy list', () => {
    const input = [finding('NET002', 'requests.get')];
    expect(markAllowedByPolicy(input, [], suppressible)).toEqual(input);
  });
});
