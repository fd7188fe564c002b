// Covers src/review/policy/sqlite-store.ts: the seed's securitypolicy table through sql.js, round trips with Python.
import { copyFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../../src/model/errors.js';
import { addRule, removeRule, setActive } from '../../../src/review/policy/edits.js';
import { sqliteStore } from '../../../src/review/policy/sqlite-store.js';
import {
  SQLMODEL_DDL,
  python,
  rule,
  seedChameleonDb,
  seedDatabase,
  seedReadBack,
  tempDir,
} from './helpers.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

function tableInfo(file: string): unknown {
  return JSON.parse(
    python(
      'import json, sqlite3, sys; print(json.dumps(sqlite3.connect(sys.argv[1]).execute("PRAGMA table_info(securitypolicy)").fetchall()))',
      file,
    ),
  );
}

describe('sqliteStore reading a database made by the seed application', () => {
  it('reads every row with the seed field names, booleans and nullable description', async () => {
    const rules = await sqliteStore(seedChameleonDb()).load();
    expect(rules).toEqual([
      {
        id: 1,
        rule_type: 'deny',
        category: 'module',
        pattern: 'subprocess',
        description: 'Subprocess module can execute system commands',
        is_active: true,
      },
      {
        id: 2,
        rule_type: 'deny',
        category: 'function',
        pattern: 'eval',
        description: 'eval() can execute arbitrary code',
        is_active: true,
      },
      {
        id: 3,
        rule_type: 'deny',
        category: 'attribute',
        pattern: 'os.system',
        description: null,
        is_active: true,
      },
      {
        id: 4,
        rule_type: 'allow',
        category: 'module',
        pattern: 'requests',
        description: 'Requests library is safe for HTTP operations',
        is_active: false,
      },
    ]);
  });
});

describe('sqliteStore writes that the seed application reads back', () => {
  it('adds, disables and removes rows; Python sees them and the other tables are untouched', async () => {
    const file = seedChameleonDb();
    const store = sqliteStore(file);
    const spawn = rule('deny', 'attribute', 'os.spawn*', { id: 5, description: 'spawns' });
    await store.update((rules) => addRule(rules, spawn, file));
    await store.update((rules) => setActive(rules, 2, false, file));
    await store.update((rules) => removeRule(rules, 3, file));
    const back = seedReadBack(file);
    expect(back.integrity).toBe('ok');
    expect(back.codevault).toEqual([['abc', 'print(1)', 'python']]);
    expect(back.policies).toEqual([
      {
        id: 1,
        rule_type: 'deny',
        category: 'module',
        pattern: 'subprocess',
        description: 'Subprocess module can execute system commands',
        is_active: 1,
      },
      {
        id: 5,
        rule_type: 'deny',
        category: 'attribute',
        pattern: 'os.spawn*',
        description: 'spawns',
        is_active: 1,
      },
    ]);
  });

  it('lets the seed application go on inserting with its own autoincrement after our writes', async () => {
    const file = seedChameleonDb();
    await sqliteStore(file).update((rules) => removeRule(rules, 4, file));
    python(
      "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO securitypolicy (rule_type, category, pattern, description, is_active) VALUES ('deny', 'function', 'exec', NULL, 1)\"); c.commit()",
      file,
    );
    const rules = await sqliteStore(file).load();
    expect(rules.map((r) => [r.id, r.pattern])).toEqual([
      [1, 'subprocess'],
      [2, 'eval'],
      [3, 'os.system'],
      [4, 'exec'],
    ]);
  });

  it('creates a missing database with the same table SQLModel creates', async () => {
    const dir = tempDir();
    const ours = path.join(dir, 'new.db');
    await sqliteStore(ours).update((rules) =>
      addRule(rules, rule('deny', 'function', 'eval', { id: 1 }), ours),
    );
    const theirs = path.join(dir, 'seed.db');
    seedDatabase(theirs, []);
    expect(tableInfo(ours)).toEqual(tableInfo(theirs));
    expect(seedReadBack(ours).policies).toEqual([
      { id: 1, rule_type: 'deny', category: 'function', pattern: 'eval', description: null, is_active: 1 },
    ]);
  });

  it('keeps the file mode and leaves no temporary file behind', async () => {
    const file = seedChameleonDb();
    python('import os, sys; os.chmod(sys.argv[1], 0o640)', file);
    await sqliteStore(file).update((rules) => setActive(rules, 1, false, file));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(python('import os, sys; print(sorted(os.listdir(sys.argv[1])))', path.dirname(file)).trim()).toBe(
      "['chameleon.db']",
    );
  });
  it('reads and writes a database the seed left in WAL mode once its last connection closed', async () => {
    const file = seedChameleonDb();
    python(
      'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode=WAL"); c.close()',
      file,
    );
    expect(existsSync(`${file}-wal`)).toBe(false);
    await sqliteStore(file).update((rules) => setActive(rules, 4, true, file));
    expect(seedReadBack(file).policies.map((p) => p.pattern)).toEqual([
      'subprocess',
      'eval',
      'os.system',
      'requests',
    ]);
  });
});

describe('sqliteStore refusing to overwrite a database another process is writing', () => {
  it.each(['-journal', '-wal'])(
    'refuses a write while a %s file sits beside it, leaving the database as it was',
    async (suffix) => {
      const file = seedChameleonDb();
      const before = readFileSync(file);
      writeFileSync(`${file}${suffix}`, '');
      const error = await rejection(sqliteStore(file).update((rules) => setActive(rules, 1, false, file)));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain(file);
      expect(error.message).toContain(`chameleon.db${suffix}`);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );

  it('refuses a read while a non-empty journal may hold half a transaction', async () => {
    const file = seedChameleonDb();
    writeFileSync(`${file}-journal`, 'x');
    await expect(sqliteStore(file).load()).rejects.toThrow(/another process is writing it/);
  });

  it('refuses when the database changed between our read and our write', async () => {
    const file = seedChameleonDb();
    const error = await rejection(
      sqliteStore(file).update((rules) => {
        // Another writer commits while we are working on our copy.
        python(
          'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE securitypolicy SET pattern = \'pickle\' WHERE id = 1"); c.commit()',
          file,
        );
        return setActive(rules, 2, false, file);
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/changed since it was read/);
    const back = seedReadBack(file);
    expect(back.policies.map((p) => p.pattern)).toEqual(['pickle', 'eval', 'os.system']);
  });

  it('notices a same-size rewrite that kept the modification time', async () => {
    const file = seedChameleonDb();
    const twin = path.join(path.dirname(file), 'twin.db');
    copyFileSync(file, twin);
    python(
      'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE securitypolicy SET pattern = \'pickle\' WHERE id = 1"); c.commit()',
      twin,
    );
    const { atime, mtime } = statSync(file);
    const error = await rejection(
      sqliteStore(file).update((rules) => {
        copyFileSync(twin, file);
        utimesSync(file, atime, mtime);
        return setActive(rules, 2, false, file);
      }),
    );
    expect(error.message).toMatch(/changed since it was read/);
  });
});

describe('sqliteStore rejecting databases it cannot trust', () => {
  function database(sql: string): string {
    const file = path.join(tempDir(), 'bad.db');
    python(
      'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()',
      file,
      sql,
    );
    return file;
  }

  const cases: [string, () => string, RegExp][] = [
    [
      'a database without the table',
      () => database('CREATE TABLE other (x INTEGER)'),
      /has no securitypolicy table/,
    ],
    [
      'a table with a different column type',
      () => database(SQLMODEL_DDL.replace('pattern VARCHAR', 'pattern INTEGER')),
      /different schema: column pattern is INTEGER, expected VARCHAR/,
    ],
    [
      'a table missing a column',
      () => database(SQLMODEL_DDL.replace(' \n\tdescription VARCHAR,', '')),
      /column description is missing/,
    ],
    [
      'a table with an extra column',
      () => database(SQLMODEL_DDL.replace('\tPRIMARY KEY', '\towner VARCHAR, \n\tPRIMARY KEY')),
      /unexpected column owner/,
    ],
    [
      'a nullable is_active',
      () => database(SQLMODEL_DDL.replace('is_active BOOLEAN NOT NULL', 'is_active BOOLEAN')),
      /column is_active is nullable, expected NOT NULL/,
    ],
    [
      'a row with an unknown category',
      () =>
        database(`${SQLMODEL_DDL}; INSERT INTO securitypolicy VALUES (7, 'deny', 'modul', 'os', NULL, 1)`),
      /securitypolicy row id=7: unknown category "modul"/,
    ],
    [
      'a row with an unknown rule type',
      () =>
        database(`${SQLMODEL_DDL}; INSERT INTO securitypolicy VALUES (3, 'DENY', 'module', 'os', NULL, 1)`),
      /securitypolicy row id=3: unknown rule_type "DENY"/,
    ],
    [
      'a row with an empty pattern',
      () => database(`${SQLMODEL_DDL}; INSERT INTO securitypolicy VALUES (4, 'deny', 'module', '', NULL, 1)`),
      /securitypolicy row id=4: missing pattern/,
    ],
    [
      'a row whose is_active is not a boolean',
      () =>
        database(
          `${SQLMODEL_DDL}; INSERT INTO securitypolicy VALUES (5, 'deny', 'module', 'os', NULL, 'yes')`,
        ),
      /securitypolicy row id=5: is_active "yes" is not true or false/,
    ],
    [
      'a file that is not SQLite',
      () => {
        const file = path.join(tempDir(), 'text.db');
        writeFileSync(file, 'policies: []\n');
        return file;
      },
      /not a SQLite database/,
    ],
    [
      'a truncated database',
      () => {
        const file = seedChameleonDb();
        writeFileSync(file, readFileSync(file).subarray(0, 3000));
        return file;
      },
      /corrupt or unreadable SQLite database/,
    ],
  ];

  it.each(cases)(
    'rejects %s on read and on write with a ConfigError naming the file, writing nothing',
    async (_title, make, message) => {
      const file = make();
      const before = readFileSync(file);
      const error = await rejection(sqliteStore(file).load());
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message.startsWith(`${file}: `)).toBe(true);
      expect(error.message).toMatch(message);
      await expect(sqliteStore(file).update((rules) => rules)).rejects.toThrow(message);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );

  it('refuses to load a database that does not exist', async () => {
    const file = path.join(tempDir(), 'absent.db');
    await expect(sqliteStore(file).load()).rejects.toThrow(/database does not exist/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a change that breaks a rule, naming the row, and writes nothing', async () => {
    const file = seedChameleonDb();
    const before = readFileSync(file);
    const error = await rejection(
      sqliteStore(file).update((rules) =>
        rules.map((r) => (r.id === 2 ? { ...r, pattern: 'os.system' } : r)),
      ),
    );
    expect(error.message).toMatch(/row id=2: pattern "os.system": a function pattern is a builtin name/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
