/**
 * The SQLite store (SPEC 7.2): the seed's `securitypolicy` table exactly as SQLModel creates it,
 * read and written with sql.js. A write loads the whole database, changes only the rows that
 * changed (every other table of the seed's application is kept byte for byte by SQLite), and
 * replaces the file atomically, refusing when another process is writing it.
 */
import path from 'node:path';

import type { Database, SqlValue } from 'sql.js';

import { ConfigError } from '../../model/errors.js';
import { existingSidecar, readWithSnapshot, writeGuarded } from './guarded-write.js';
import type { FileSnapshot } from './guarded-write.js';
import type { PolicyRule } from './model.js';
import { assertUniqueIds, parseRule, sortRules } from './model.js';
import type { PolicyStore } from './policy-store.js';
import { sqlite } from './sqlite-runtime.js';

export const POLICY_TABLE = 'securitypolicy';

/**
 * What `SQLModel.metadata.create_all` emits for the seed's `SecurityPolicy` model on SQLite
 * (str -> VARCHAR, bool -> BOOLEAN, `str | None` nullable, the primary key as a table
 * constraint). The model declares no `index=True` field, so SQLModel creates no index.
 */
export const SECURITY_POLICY_DDL = `CREATE TABLE ${POLICY_TABLE} (
\tid INTEGER NOT NULL, 
\trule_type VARCHAR NOT NULL, 
\tcategory VARCHAR NOT NULL, 
\tpattern VARCHAR NOT NULL, 
\tdescription VARCHAR, 
\tis_active BOOLEAN NOT NULL, 
\tPRIMARY KEY (id)
)`;

/** The columns we expect: declared type, NOT NULL, primary key. */
const COLUMNS: Readonly<Record<string, { type: RegExp; label: string; notNull: boolean; pk: boolean }>> = {
  id: { type: /^INTEGER$/, label: 'INTEGER', notNull: true, pk: true },
  rule_type: { type: /^VARCHAR(\(\d+\))?$/, label: 'VARCHAR', notNull: true, pk: false },
  category: { type: /^VARCHAR(\(\d+\))?$/, label: 'VARCHAR', notNull: true, pk: false },
  pattern: { type: /^VARCHAR(\(\d+\))?$/, label: 'VARCHAR', notNull: true, pk: false },
  description: { type: /^VARCHAR(\(\d+\))?$/, label: 'VARCHAR', notNull: false, pk: false },
  is_active: { type: /^BOOLEAN$/, label: 'BOOLEAN', notNull: true, pk: false },
};

const SQLITE_HEADER = 'SQLite format 3\0';

/** The journal files SQLite keeps beside a database while a transaction or WAL connection is open. */
export function sqliteSidecars(file: string): string[] {
  return [`${file}-wal`, `${file}-journal`];
}

/** Whether `bytes` start with the SQLite file header. */
export function isSqliteFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, SQLITE_HEADER.length)).toString('latin1') === SQLITE_HEADER;
}

/** Why the table's schema is not the seed's, or undefined when it is. */
function schemaProblem(db: Database): string | undefined {
  const info = db.exec(`PRAGMA table_info(${POLICY_TABLE})`)[0];
  if (!info) return `has no ${POLICY_TABLE} table (expected the seed's SecurityPolicy table)`;
  const found = new Map(info.values.map((row) => [String(row[1]), row]));
  for (const [name, want] of Object.entries(COLUMNS)) {
    const row = found.get(name);
    if (!row) return `${POLICY_TABLE} has a different schema: column ${name} is missing`;
    const [, , type, notNull, , pk] = row;
    const declared = String(type).toUpperCase();
    if (!want.type.test(declared))
      return `${POLICY_TABLE} has a different schema: column ${name} is ${declared || 'untyped'}, expected ${want.label}`;
    // SQLite never stores NULL in an INTEGER PRIMARY KEY, so only the other columns' NOT NULL matters.
    if (!want.pk && Boolean(notNull) !== want.notNull) {
      return `${POLICY_TABLE} has a different schema: column ${name} is ${want.notNull ? 'nullable' : 'NOT NULL'}, expected ${want.notNull ? 'NOT NULL' : 'nullable'}`;
    }
    if (Boolean(pk) !== want.pk)
      return `${POLICY_TABLE} has a different schema: column ${name} ${want.pk ? 'is not' : 'is'} the primary key`;
  }
  const extra = [...found.keys()].find((name) => !(name in COLUMNS));
  if (extra !== undefined) return `${POLICY_TABLE} has a different schema: unexpected column ${extra}`;
  return undefined;
}

/** SQLAlchemy stores a Python bool as 0 or 1; anything else is not a value the seed wrote. */
function booleanOf(value: SqlValue): unknown {
  return value === 1 ? true : value === 0 ? false : value;
}

function readRules(db: Database, file: string): PolicyRule[] {
  const result = db.exec(
    `SELECT id, rule_type, category, pattern, description, is_active FROM ${POLICY_TABLE} ORDER BY id`,
  )[0];
  // No duplicate-id check: `id` is the primary key.
  return (result?.values ?? []).map(([id, ruleType, category, pattern, description, isActive]) =>
    parseRule(
      { id, rule_type: ruleType, category, pattern, description, is_active: booleanOf(isActive ?? null) },
      `${file}: ${POLICY_TABLE} row id=${String(id)}`,
    ),
  );
}

/** Runs `work` on the database in `bytes`, turning SQLite's complaints into a ConfigError naming the file. */
async function withDatabase<T>(
  file: string,
  bytes: Uint8Array | null,
  work: (db: Database) => T,
): Promise<T> {
  const { Database } = await sqlite();
  if (bytes && !isSqliteFile(bytes))
    throw new ConfigError(`${file}: not a SQLite database (bad file header)`);
  let db: Database | undefined;
  try {
    db = new Database(bytes);
    if (!bytes) db.run(SECURITY_POLICY_DDL);
    const problem = schemaProblem(db);
    if (problem) throw new ConfigError(`${file}: ${problem}`);
    return work(db);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file}: corrupt or unreadable SQLite database (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}

function insert(db: Database, rule: PolicyRule): void {
  db.run(
    `INSERT INTO ${POLICY_TABLE} (id, rule_type, category, pattern, description, is_active) VALUES (?, ?, ?, ?, ?, ?)`,
    [rule.id, rule.rule_type, rule.category, rule.pattern, rule.description, rule.is_active ? 1 : 0],
  );
}

/** Applies the difference between `before` and `after` as row changes, so untouched rows keep their storage. */
function applyDiff(db: Database, before: readonly PolicyRule[], after: readonly PolicyRule[]): void {
  const old = new Map(before.map((rule) => [rule.id, rule]));
  const next = new Set(after.map((rule) => rule.id));
  db.run('BEGIN');
  for (const rule of before)
    if (!next.has(rule.id)) db.run(`DELETE FROM ${POLICY_TABLE} WHERE id = ?`, [rule.id]);
  for (const rule of after) {
    const previous = old.get(rule.id);
    if (!previous) insert(db, rule);
    else if (JSON.stringify(previous) !== JSON.stringify(rule)) {
      db.run(
        `UPDATE ${POLICY_TABLE} SET rule_type = ?, category = ?, pattern = ?, description = ?, is_active = ? WHERE id = ?`,
        [rule.rule_type, rule.category, rule.pattern, rule.description, rule.is_active ? 1 : 0, rule.id],
      );
    }
  }
  db.run('COMMIT');
}

/** Reads the file for a load (`mustExist`) or an update, refusing while another process is mid-write. */
function readFile(file: string, mustExist: boolean): { bytes: Buffer | null; snapshot: FileSnapshot } {
  // A non-empty journal or WAL means the main file alone may be half a transaction or miss commits.
  const busy = existingSidecar(sqliteSidecars(file), true);
  if (busy) {
    throw new ConfigError(
      `${file}: another process is writing it (${path.basename(busy)} is not empty); try again when it has finished`,
    );
  }
  const read = readWithSnapshot(file);
  if (!read.bytes && mustExist) throw new ConfigError(`${file}: database does not exist`);
  return read;
}

/** The seed's SQLite database at `file`; `update` creates it with the seed's table when absent. */
export function sqliteStore(file: string): PolicyStore {
  return {
    source: file,
    load: async () => {
      const { bytes } = readFile(file, true);
      return withDatabase(file, bytes, (db) => readRules(db, file));
    },
    update: async (change) => {
      const { bytes, snapshot } = readFile(file, false);
      const before = await withDatabase(file, bytes, (db) => {
        const quick = db.exec('PRAGMA quick_check')[0]?.values[0]?.[0];
        if (quick !== 'ok')
          throw new ConfigError(`${file}: corrupt SQLite database (quick_check: ${String(quick)})`);
        return readRules(db, file);
      });
      // The change runs outside the database callback so its own errors are not mistaken for SQLite's.
      const after = sortRules(change(before)).map((rule) =>
        parseRule(rule, `${file}: ${POLICY_TABLE} row id=${rule.id}`),
      );
      assertUniqueIds(after, file, (i) => `${POLICY_TABLE} row id=${after[i]?.id ?? '?'}`);
      const image = await withDatabase(file, bytes, (db) => {
        applyDiff(db, before, after);
        return db.export();
      });
      writeGuarded(file, snapshot, image, sqliteSidecars(file));
      return after;
    },
  };
}
