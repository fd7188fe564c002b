// Covers src/cli/policy-command.ts: `mcen-scan policy` against a seed-made SQLite store and files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from '@jest/globals';
import { CommanderError } from 'commander';
import YAML from 'yaml';

import type { PolicyCommandOptions } from '../../src/cli/policy-command.js';
import { policyCommand } from '../../src/cli/policy-command.js';
import { ConfigError } from '../../src/model/errors.js';
import type { PolicyFacts } from '../../src/review/policy/facts.js';
import type { PolicyRule } from '../../src/review/policy/model.js';
import { loadPolicies } from '../../src/review/policy/open-store.js';
import { at, facts, seedChameleonDb, seedReadBack, tempDir } from '../review/policy/helpers.js';

interface Outcome {
  out: string;
  error: unknown;
  exitCode: number;
}

async function run(args: string[], options: PolicyCommandOptions = {}): Promise<Outcome> {
  let out = '';
  const command = policyCommand({ write: (text) => void (out += text), ...options });
  // Commander's own usage errors go to stderr; keep the test output quiet.
  command.commands.forEach((sub) => sub.configureOutput({ writeErr: () => undefined }));
  let error: unknown;
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch (caught) {
    error = caught;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { out, error, exitCode };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('policy commands on a SQLite store made by the seed application', () => {
  it('lists, adds, disables, enables and removes; Python reads every change back', async () => {
    const db = seedChameleonDb();

    const listed = await run(['list', '--store', db]);
    expect(listed.error).toBeUndefined();
    expect(listed.out.split('\n')[0]).toMatch(/^ID +TYPE +CATEGORY +PATTERN +ACTIVE +DESCRIPTION$/);
    expect(listed.out).toMatch(/^4 +allow +module +requests +no +Requests library is safe/m);

    const filtered = await run(['list', '--store', db, '--type', 'deny', '--category', 'module', '--json']);
    expect(
      (JSON.parse(filtered.out) as PolicyRule[]).map((r) => `${r.id} ${r.pattern} ${r.is_active}`),
    ).toEqual(['1 subprocess true']);

    const adding = '--type deny --category attribute --pattern os.exec* --description replaces'.split(' ');
    const added = await run(['add', '--store', db, ...adding]);
    expect(added).toMatchObject({ out: 'added rule 5\n', error: undefined });
    expect((await run(['disable', '2', '--store', db])).out).toBe('disabled rule 2\n');
    expect((await run(['remove', '3', '--store', db])).out).toBe('removed rule 3\n');
    expect((await run(['enable', '4', '--store', db])).out).toBe('enabled rule 4\n');

    const back = seedReadBack(db);
    expect(back.integrity).toBe('ok');
    expect(back.codevault).toEqual([['abc', 'print(1)', 'python']]);
    expect(back.policies.map((p) => [p.id, p.pattern, p.is_active])).toEqual([
      [1, 'subprocess', 1],
      [4, 'requests', 1],
      [5, 'os.exec*', 1],
    ]);
    const inactive = await run(['list', '--store', db, '--inactive', '--json']);
    expect((JSON.parse(inactive.out) as { id: number }[]).map((r) => r.id)).toEqual([2]);
  });

  it('exports YAML that imports back into a new database', async () => {
    const db = seedChameleonDb();
    const exported = await run(['export', '--store', db]);
    const yamlFile = path.join(tempDir(), 'export.yml');
    writeFileSync(yamlFile, exported.out);
    expect((YAML.parse(exported.out) as { policies: unknown[] }).policies).toHaveLength(4);

    const copy = path.join(tempDir(), 'copy.db');
    const imported = await run(['import', yamlFile, '--store', copy]);
    expect(imported.out).toBe(`imported 4 rules into ${copy}\n`);
    expect(await loadPolicies(copy)).toEqual(await loadPolicies(db));
    // The seed application loads the three active rules.
    expect(seedReadBack(copy).policies).toHaveLength(3);

    const again = await run(['import', yamlFile, '--store', copy]);
    expect(again.out).toContain(`imported 0 rules into ${copy}`);
  });

  it('refuses every write while a -journal sits beside the database, leaving it untouched', async () => {
    const db = seedChameleonDb();
    const before = readFileSync(db);
    writeFileSync(`${db}-journal`, '');
    for (const args of [
      ['add', '--store', db, '--type', 'deny', '--category', 'function', '--pattern', 'exec'],
      ['disable', '1', '--store', db],
      ['remove', '1', '--store', db],
    ]) {
      const { error } = await run(args);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('chameleon.db-journal');
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('policy commands on files and bad input', () => {
  function yamlStore(): string {
    const file = path.join(tempDir(), 'policy.yml');
    writeFileSync(file, 'policies:\n  - {id: 1, rule_type: deny, category: module, pattern: subprocess}\n');
    return file;
  }

  it('exports to a file in the format its extension names', async () => {
    const out = path.join(tempDir(), 'out.json');
    const result = await run(['export', '--store', 'builtin:chameleon-defaults', '--out', out]);
    expect(result.out).toBe(`exported 21 rules to ${out}\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { policies: unknown[] }).policies).toHaveLength(21);
  });

  it('lists hostile descriptions with control characters escaped and line breaks folded', async () => {
    const store = path.join(tempDir(), 'p.json');
    const description = '\u001b[31mred\nnext\u202eline';
    writeFileSync(
      store,
      JSON.stringify({
        policies: [{ id: 1, rule_type: 'deny', category: 'module', pattern: 'os', description }],
      }),
    );
    const { out } = await run(['list', '--store', store]);
    expect(out.split('\n')[1]).toBe('1   deny  module    os       yes     \\u001B[31mred next\\u202Eline');
  });

  it('refuses to export over a database', async () => {
    const db = path.join(tempDir(), 'chameleon.db');
    const { error } = await run(['export', '--store', 'builtin:chameleon-defaults', '--out', db]);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/is a SQLite database/);
  });

  it('replaces a store on import --replace', async () => {
    const store = yamlStore();
    const result = await run(['import', 'builtin:chameleon-defaults', '--store', store, '--replace']);
    expect(result.out).toBe(`imported 21 rules into ${store} (replaced)\n`);
    expect(await loadPolicies(store)).toEqual(await loadPolicies('builtin:chameleon-defaults'));
  });

  it.each([
    ['an unknown id', ['disable', '9'], ConfigError, /: no rule with id 9$/],
    [
      'a taken id',
      ['add', '--type', 'deny', '--category', 'module', '--pattern', 'os', '--id', '1'],
      ConfigError,
      /id 1 is already used/,
    ],
    [
      'a bad pattern',
      ['add', '--type', 'deny', '--category', 'function', '--pattern', 'os.system'],
      ConfigError,
      /new rule: pattern "os.system"/,
    ],
    [
      'an unknown rule type',
      ['add', '--type', 'block', '--category', 'module', '--pattern', 'os'],
      CommanderError,
      /block/,
    ],
    ['an unknown category', ['list', '--category', 'modules'], CommanderError, /modules/],
    [
      'both --active and --inactive',
      ['list', '--active', '--inactive'],
      CommanderError,
      /cannot be used with/,
    ],
    ['a non-numeric id', ['enable', 'abc'], CommanderError, /positive integer/],
  ])('rejects %s', async (_title, args, kind, message) => {
    const store = yamlStore();
    const before = readFileSync(store, 'utf8');
    const { error } = await run([...args, '--store', store]);
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toMatch(message);
    expect(readFileSync(store, 'utf8')).toBe(before);
  });

  it('requires --store', async () => {
    const { error } = await run(['list']);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as Error).message).toMatch(/--store/);
  });

  it('refuses to write to a built-in policy', async () => {
    const { error } = await run(['disable', '1', '--store', 'builtin:chameleon-defaults']);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/read-only/);
  });
});

describe('policy check', () => {
  // Stands in for the semantic layer: one fact per `import NAME` / `call NAME` / `use NAME` line.
  function fakeFacts(source: string): PolicyFacts {
    const result = facts({});
    source.split('\n').forEach((text, i) => {
      const [verb, name = ''] = text.trim().split(/\s+/);
      const site = at(i + 1, 1, text);
      if (verb === 'import') result.imports.push({ module: name, ...site });
      if (verb === 'call') result.builtinCalls.push({ name, ...site });
      if (verb === 'use') result.qualifiedUses.push({ name, ...site });
    });
    return result;
  }

  function sources(): [string, string] {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.py');
    const good = path.join(dir, 'good.py');
    writeFileSync(bad, 'import requests\nimport subprocess\ncall print\ncall eval\n');
    writeFileSync(good, 'import json\nuse os.path.join\n');
    return [bad, good];
  }

  it('applies the seed defaults without --store, lists each violation with its line and exits 1', async () => {
    const [bad, good] = sources();
    const result = await run(['check', bad, good], { factsFor: fakeFacts });
    expect(result.error).toBeUndefined();
    expect(result.out.split('\n')).toEqual([
      `${bad}:2:1: POL001 Import of forbidden module 'subprocess' is blocked by policy rule 2 (deny module 'subprocess')`,
      `${bad}:4:1: POL001 Call to forbidden function 'eval()' is blocked by policy rule 8 (deny function 'eval')`,
      '2 policy violation(s)',
      '',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('passes with exit 0 under a store that denies nothing used', async () => {
    const [bad, good] = sources();
    const store = path.join(tempDir(), 'p.yml');
    writeFileSync(store, 'policies:\n  - {rule_type: allow, category: module, pattern: subprocess}\n');
    const result = await run(['check', bad, good, '--store', store], { factsFor: fakeFacts });
    expect(result.out).toBe('no policy violations in 2 file(s)\n');
    expect(result.exitCode).toBe(0);
  });

  it('reports an unreadable file as a ConfigError naming it', async () => {
    const missing = path.join(tempDir(), 'missing.py');
    const { error } = await run(['check', missing], { factsFor: fakeFacts });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`${missing}: cannot read (ENOENT)`);
  });

  it('is offered only when the semantic layer is wired in', () => {
    expect(policyCommand().commands.map((c) => c.name())).not.toContain('check');
    expect(policyCommand({ factsFor: fakeFacts }).commands.map((c) => c.name())).toContain('check');
  });
});
