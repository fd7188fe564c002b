// Covers src/review/policy/open-store.ts and applied-policy.ts: picking a store and describing what was applied.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../../src/model/errors.js';
import { appliedPolicy } from '../../../src/review/policy/applied-policy.js';
import { loadPolicies, openStore } from '../../../src/review/policy/open-store.js';
import { seedDatabase, tempDir } from './helpers.js';

describe('openStore', () => {
  it('serves the seed defaults as builtin:chameleon-defaults, read-only', async () => {
    const rules = await loadPolicies('builtin:chameleon-defaults');
    const by = (category: string) => rules.filter((r) => r.category === category).map((r) => r.pattern);
    expect(by('module')).toEqual(['importlib', 'subprocess', 'sys', 'shutil', 'marshal', 'pickle']);
    expect(by('function')).toEqual([
      'exec',
      'eval',
      'compile',
      'open',
      'input',
      'exit',
      'quit',
      'help',
      '__import__',
    ]);
    expect(by('attribute')).toEqual([
      'os.system',
      'os.popen',
      'os.spawn*',
      'os.exec*',
      'os.fork',
      'subprocess.*',
    ]);
    expect(rules.every((r) => r.rule_type === 'deny' && r.is_active)).toBe(true);
    await expect(openStore('builtin:chameleon-defaults').update((r) => r)).rejects.toThrow(/read-only/);
  });

  it('rejects an unknown built-in name, listing the known ones', () => {
    expect(() => openStore('builtin:strict')).toThrow(
      new ConfigError('builtin:strict: unknown built-in policy (known: builtin:chameleon-defaults)'),
    );
  });

  it('recognises a SQLite database by its header whatever its name', async () => {
    const file = path.join(tempDir(), 'policies.data');
    seedDatabase(file, [['deny', 'function', 'eval', null, 1]]);
    expect((await loadPolicies(file)).map((r) => r.pattern)).toEqual(['eval']);
  });

  it('reads an existing file without a known extension as YAML', async () => {
    const file = path.join(tempDir(), 'policy');
    writeFileSync(file, 'policies:\n  - {rule_type: deny, category: function, pattern: eval}\n');
    expect(await loadPolicies(file)).toHaveLength(1);
  });

  it('rejects a directory and a missing path whose extension names no format', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    await expect(loadPolicies(path.join(dir, 'sub'))).rejects.toThrow(/is a directory/);
    await expect(loadPolicies(path.join(dir, 'policy.txt'))).rejects.toThrow(
      /extension names no store format/,
    );
  });

  it('reports a missing database or file by name', async () => {
    const dir = tempDir();
    await expect(loadPolicies(path.join(dir, 'x.db'))).rejects.toThrow(
      `${path.join(dir, 'x.db')}: database does not exist`,
    );
    await expect(loadPolicies(path.join(dir, 'x.yaml'))).rejects.toThrow(
      `${path.join(dir, 'x.yaml')}: policy file does not exist`,
    );
  });
});

describe('appliedPolicy', () => {
  it('counts and hashes active rules only, independent of order and store', async () => {
    const rules = await loadPolicies('builtin:chameleon-defaults');
    const applied = appliedPolicy('builtin:chameleon-defaults', rules);
    expect(applied).toMatchObject({ source: 'builtin:chameleon-defaults', rule_count: 21 });
    expect(applied.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(appliedPolicy('other.yml', [...rules].reverse()).hash).toBe(applied.hash);
    const withInactive = [...rules, { ...rules[0]!, id: 99, is_active: false }];
    expect(appliedPolicy('x', withInactive)).toMatchObject({ rule_count: 21, hash: applied.hash });
    const disabled = rules.map((r) => (r.id === 1 ? { ...r, is_active: false } : r));
    expect(appliedPolicy('x', disabled).hash).not.toBe(applied.hash);
  });
});
