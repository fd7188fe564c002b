/**
 * Picks the store a `--store`/`--policy` value names (SPEC 7.2): `builtin:NAME`, a SQLite
 * database (by its file header, or by extension when it does not exist yet), or a YAML/JSON file.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

import { ConfigError } from '../../model/errors.js';
import { BUILTIN_POLICIES } from './defaults.js';
import { fileStore } from './file-store.js';
import type { PolicyRule } from './model.js';
import { sortRules } from './model.js';
import type { PolicyStore } from './policy-store.js';
import { isSqliteFile, sqliteStore } from './sqlite-store.js';

const BUILTIN_PREFIX = 'builtin:';
const SQLITE_EXTENSIONS = ['.db', '.sqlite', '.sqlite3', '.db3'];
const FILE_EXTENSIONS = ['.yml', '.yaml', '.json'];

function builtinStore(spec: string): PolicyStore {
  const name = spec.slice(BUILTIN_PREFIX.length);
  const rules = BUILTIN_POLICIES[name];
  if (!rules) {
    throw new ConfigError(
      `${spec}: unknown built-in policy (known: ${Object.keys(BUILTIN_POLICIES)
        .map((n) => BUILTIN_PREFIX + n)
        .join(', ')})`,
    );
  }
  return {
    source: spec,
    load: () => Promise.resolve(sortRules(rules)),
    update: () =>
      Promise.reject(
        new ConfigError(`${spec}: built-in policies are read-only; export it and edit the copy`),
      ),
  };
}

function startsLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, head.length, 0);
    return isSqliteFile(head.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Whether `file` is (or, when absent, would be created as) a SQLite database rather than a policy file. */
export function isDatabasePath(file: string): boolean {
  const byName = SQLITE_EXTENSIONS.includes(path.extname(file).toLowerCase());
  return existsSync(file) && statSync(file).isFile() ? byName || startsLikeSqlite(file) : byName;
}

/**
 * The store `spec` names. Throws ConfigError for an unknown built-in name, a directory, or a
 * path that does not exist and whose extension names no store format. Nothing is read yet.
 */
export function openStore(spec: string): PolicyStore {
  if (spec.startsWith(BUILTIN_PREFIX)) return builtinStore(spec);
  const extension = path.extname(spec).toLowerCase();
  if (existsSync(spec)) {
    if (statSync(spec).isDirectory())
      throw new ConfigError(`${spec}: is a directory, not a policy file or database`);
    return startsLikeSqlite(spec) || SQLITE_EXTENSIONS.includes(extension)
      ? sqliteStore(spec)
      : fileStore(spec);
  }
  if (SQLITE_EXTENSIONS.includes(extension)) return sqliteStore(spec);
  if (FILE_EXTENSIONS.includes(extension)) return fileStore(spec);
  throw new ConfigError(
    `${spec}: does not exist, and its extension names no store format (use ${[...FILE_EXTENSIONS, ...SQLITE_EXTENSIONS].join(', ')} or builtin:NAME)`,
  );
}

/** All rules of the store `spec` names (SPEC 2.3 `loadPolicies`); ConfigError for anything wrong with it. */
export function loadPolicies(spec: string): Promise<PolicyRule[]> {
  return Promise.resolve().then(() => openStore(spec).load());
}
