/** Shared test helpers for the policy module: facts builders and seed-made SQLite databases. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { PolicyFacts, PolicySite } from '../../../src/review/policy/facts.js';
import type { PolicyRule } from '../../../src/review/policy/model.js';

/**
 * The statement SQLModel (SQLAlchemy's SQLite dialect) emits for the seed's `SecurityPolicy`
 * model, written out here independently of the product's constant so tests check it.
 */
export const SQLMODEL_DDL =
  'CREATE TABLE securitypolicy (\n\tid INTEGER NOT NULL, \n\trule_type VARCHAR NOT NULL, \n\tcategory VARCHAR NOT NULL, ' +
  '\n\tpattern VARCHAR NOT NULL, \n\tdescription VARCHAR, \n\tis_active BOOLEAN NOT NULL, \n\tPRIMARY KEY (id)\n)';

/** A fact position on `line`, column `column`, in the module scope. */
export function at(line: number, column = 1, statement = `stmt@${line}`): PolicySite {
  return { range: { line, column, endLine: line, endColumn: column + 10 }, statement, scope: 'module' };
}

/** Facts with the given parts, the rest empty. */
export function facts(parts: Partial<PolicyFacts>): PolicyFacts {
  return { imports: [], builtinCalls: [], qualifiedUses: [], ...parts };
}

let nextRuleId = 1;
/** A rule with a fresh id; active unless said otherwise. */
export function rule(
  rule_type: PolicyRule['rule_type'],
  category: PolicyRule['category'],
  pattern: string,
  extra: Partial<PolicyRule> = {},
): PolicyRule {
  return { id: nextRuleId++, rule_type, category, pattern, description: null, is_active: true, ...extra };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'gk6-policy-'));
}

/** Runs a Python snippet with `args` in sys.argv[1:], returning its standard output. */
export function python(script: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
}

/**
 * Creates `file` the way the seed's application does: SQLModel's DDL for `securitypolicy`
 * (plus another of its tables, to prove we keep it), then inserts `rows`
 * (rule_type, category, pattern, description, is_active) through Python's sqlite3.
 */
export function seedDatabase(file: string, rows: [string, string, string, string | null, number][]): void {
  python(
    `
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute(sys.argv[2])
con.execute("CREATE TABLE codevault (\\n\\thash VARCHAR NOT NULL, \\n\\tcode_blob VARCHAR NOT NULL, \\n\\tcode_type VARCHAR NOT NULL, \\n\\tPRIMARY KEY (hash)\\n)")
con.execute("INSERT INTO codevault VALUES ('abc', 'print(1)', 'python')")
for r in json.loads(sys.argv[3]):
    con.execute("INSERT INTO securitypolicy (rule_type, category, pattern, description, is_active) VALUES (?, ?, ?, ?, ?)", r)
con.commit()
con.close()
`,
    file,
    SQLMODEL_DDL,
    JSON.stringify(rows),
  );
}

/** What the seed's `load_security_policies` would read (active rows, as dicts), the other table when present, and an integrity check. */
export function seedReadBack(file: string): {
  policies: Record<string, unknown>[];
  codevault: unknown[][] | null;
  integrity: string;
} {
  return JSON.parse(
    python(
      `
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.row_factory = sqlite3.Row
rows = con.execute("SELECT id, rule_type, category, pattern, description, is_active FROM securitypolicy WHERE is_active = 1 ORDER BY id").fetchall()
print(json.dumps({
  "policies": [dict(r) for r in rows],
  "codevault": [list(r) for r in con.execute("SELECT * FROM codevault")] if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'codevault'").fetchone() else None,
  "integrity": con.execute("PRAGMA integrity_check").fetchone()[0],
}))
`,
      file,
    ),
  ) as { policies: Record<string, unknown>[]; codevault: unknown[][] | null; integrity: string };
}

/** A database holding the four rules of the seed's documentation (the allow rule switched off), made by Python. */
export function seedChameleonDb(): string {
  const file = path.join(tempDir(), 'chameleon.db');
  seedDatabase(file, [
    ['deny', 'module', 'subprocess', 'Subprocess module can execute system commands', 1],
    ['deny', 'function', 'eval', 'eval() can execute arbitrary code', 1],
    ['deny', 'attribute', 'os.system', null, 1],
    ['allow', 'module', 'requests', 'Requests library is safe for HTTP operations', 0],
  ]);
  return file;
}
