// Covers src/review/policy/file-store.ts and model.ts validation: YAML/JSON policy files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../../src/model/errors.js';
import { addRule, setActive } from '../../../src/review/policy/edits.js';
import { fileStore, parsePolicyText, serializePolicies } from '../../../src/review/policy/file-store.js';
import { rule, tempDir } from './helpers.js';

const SEED_YAML = `policies:
  - id: 1
    rule_type: deny
    category: module
    pattern: subprocess
    description: Subprocess module can execute system commands
  - rule_type: allow
    category: module
    pattern: requests
  - id: 7
    rule_type: deny
    category: attribute
    pattern: os.spawn*
    is_active: false
`;

describe('parsePolicyText', () => {
  it('reads the seed fields, defaults is_active and description, and numbers entries without ids after the largest', () => {
    expect(parsePolicyText(SEED_YAML, 'p.yml')).toEqual([
      {
        id: 1,
        rule_type: 'deny',
        category: 'module',
        pattern: 'subprocess',
        description: 'Subprocess module can execute system commands',
        is_active: true,
      },
      {
        id: 7,
        rule_type: 'deny',
        category: 'attribute',
        pattern: 'os.spawn*',
        description: null,
        is_active: false,
      },
      {
        id: 8,
        rule_type: 'allow',
        category: 'module',
        pattern: 'requests',
        description: null,
        is_active: true,
      },
    ]);
  });

  it('reads JSON by extension', () => {
    const text = JSON.stringify({
      policies: [{ id: 2, rule_type: 'deny', category: 'function', pattern: 'eval' }],
    });
    expect(parsePolicyText(text, 'p.json')).toHaveLength(1);
  });

  const bad: [string, string, string][] = [
    [
      'unknown category',
      'policies:\n  - {id: 3, rule_type: deny, category: modul, pattern: os}\n',
      'p.yml: policies[0] (id 3): unknown category "modul"',
    ],
    [
      'unknown rule type',
      'policies:\n  - {id: 1, rule_type: block, category: module, pattern: os}\n',
      'p.yml: policies[0] (id 1): unknown rule_type "block"',
    ],
    [
      'missing rule type',
      'policies:\n  - {id: 1, category: module, pattern: os}\n',
      'p.yml: policies[0] (id 1): missing rule_type',
    ],
    [
      'missing pattern',
      'policies:\n  - {rule_type: deny, category: module}\n',
      'p.yml: policies[0]: missing pattern',
    ],
    [
      'empty pattern',
      "policies:\n  - {rule_type: deny, category: module, pattern: ''}\n",
      'p.yml: policies[0]: missing pattern',
    ],
    [
      'duplicate id',
      'policies:\n  - {id: 4, rule_type: deny, category: module, pattern: os}\n  - {id: 4, rule_type: deny, category: module, pattern: sys}\n',
      'p.yml: policies[1] (id 4): duplicate id 4 (also used by policies[0] (id 4))',
    ],
    [
      'non-integer id',
      'policies:\n  - {id: 1.5, rule_type: deny, category: module, pattern: os}\n',
      'is not a positive integer',
    ],
    [
      'string id',
      "policies:\n  - {id: 'a', rule_type: deny, category: module, pattern: os}\n",
      'p.yml: policies[0]: id "a" is not a positive integer',
    ],
    [
      'unknown key',
      'policies:\n  - {id: 1, rule_type: deny, categroy: module, pattern: os}\n',
      "p.yml: policies[0] (id 1): unknown key 'categroy'",
    ],
    [
      'is_active not a boolean',
      "policies:\n  - {id: 1, rule_type: deny, category: module, pattern: os, is_active: 'no'}\n",
      'is_active "no" is not true or false',
    ],
    [
      'dotted function pattern',
      'policies:\n  - {id: 1, rule_type: deny, category: function, pattern: os.system}\n',
      'use category attribute',
    ],
    [
      'unqualified attribute pattern',
      'policies:\n  - {id: 1, rule_type: deny, category: attribute, pattern: system}\n',
      'an attribute pattern is a qualified name',
    ],
    [
      'glob in a module pattern',
      "policies:\n  - {id: 1, rule_type: deny, category: module, pattern: 'os*'}\n",
      'a module pattern is a dotted module name',
    ],
    [
      'entry that is not a mapping',
      'policies:\n  - deny os\n',
      'p.yml: policies[0]: expected a mapping of rule fields',
    ],
    ['no policies list', 'rules: []\n', "p.yml: expected a mapping with a 'policies' list"],
    ['extra top-level key', 'policies: []\nversion: 2\n', "p.yml: unknown top-level key 'version'"],
    ['bad YAML', 'policies: [\n', 'p.yml: not valid YAML'],
    [
      'duplicate YAML key',
      'policies:\n  - {id: 1, id: 2, rule_type: deny, category: module, pattern: os}\n',
      'p.yml: not valid YAML',
    ],
  ];

  it.each(bad)('rejects %s with a ConfigError naming file and entry', (_title, text, message) => {
    let error: unknown;
    try {
      parsePolicyText(text, 'p.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(message);
  });

  it('rejects bad JSON naming the file', () => {
    expect(() => parsePolicyText('{"policies": [', 'p.json')).toThrow(/^p\.json: not valid JSON/);
  });
});

describe('serializePolicies', () => {
  it('round-trips through YAML and JSON', () => {
    const rules = parsePolicyText(SEED_YAML, 'p.yml');
    expect(parsePolicyText(serializePolicies(rules, 'yaml'), 'q.yml')).toEqual(rules);
    expect(parsePolicyText(serializePolicies(rules, 'json'), 'q.json')).toEqual(rules);
  });

  it('writes the seed field order, sorted by id', () => {
    const text = serializePolicies(parsePolicyText(SEED_YAML, 'p.yml'), 'yaml');
    expect(text.indexOf('id: 1')).toBeLessThan(text.indexOf('id: 7'));
    expect(text).toMatch(
      /- id: 1\n {4}rule_type: deny\n {4}category: module\n {4}pattern: subprocess\n {4}description: /,
    );
  });
});

describe('fileStore', () => {
  it('creates a missing file on update and reads it back', async () => {
    const file = path.join(tempDir(), 'policy.yml');
    const store = fileStore(file);
    await expect(store.load()).rejects.toThrow(/policy file does not exist/);
    const evalRule = rule('deny', 'function', 'eval', { id: 1, description: 'no eval' });
    await store.update((rules) => addRule(rules, evalRule, file));
    expect(await fileStore(file).load()).toEqual([evalRule]);
  });

  it('keeps the JSON format of a .json store', async () => {
    const file = path.join(tempDir(), 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({ policies: [{ id: 1, rule_type: 'deny', category: 'module', pattern: 'os' }] }),
    );
    await fileStore(file).update((rules) => setActive(rules, 1, false, file));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      policies: [
        { id: 1, rule_type: 'deny', category: 'module', pattern: 'os', description: null, is_active: false },
      ],
    });
  });

  it('refuses to overwrite a file changed since it was read', async () => {
    const file = path.join(tempDir(), 'policy.yml');
    writeFileSync(file, SEED_YAML);
    const changed = `${SEED_YAML}  - {id: 9, rule_type: deny, category: function, pattern: exec}\n`;
    await expect(
      fileStore(file).update((rules) => {
        writeFileSync(file, changed);
        return setActive(rules, 1, false, file);
      }),
    ).rejects.toThrow(/changed since it was read/);
    expect(readFileSync(file, 'utf8')).toBe(changed);
  });

  it('refuses a change that produces an invalid rule and leaves the file as it was', async () => {
    const file = path.join(tempDir(), 'policy.yml');
    writeFileSync(file, SEED_YAML);
    await expect(
      fileStore(file).update((rules) => [...rules, { ...rules[0]!, pattern: '' }]),
    ).rejects.toThrow(ConfigError);
    expect(readFileSync(file, 'utf8')).toBe(SEED_YAML);
  });
});
