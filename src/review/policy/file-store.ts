/**
 * The file store (SPEC 7.2): YAML or JSON holding `{ policies: [ ... ] }`, each entry with the
 * seed's field names. `id` may be left out (ids are then given in order after the largest one
 * written); `is_active` defaults to true and `description` to null.
 */
import path from 'node:path';

import YAML from 'yaml';

import { ConfigError } from '../../model/errors.js';
import { readWithSnapshot, writeGuarded } from './guarded-write.js';
import type { PolicyRule } from './model.js';
import { assertUniqueIds, parseRule, sortRules } from './model.js';
import type { PolicyStore } from './policy-store.js';

export type FileFormat = 'yaml' | 'json';

const RULE_KEYS: readonly string[] = ['id', 'rule_type', 'category', 'pattern', 'description', 'is_active'];

/** The format a file's extension names (`.json` is JSON, anything else YAML, which JSON also is). */
export function fileFormat(file: string): FileFormat {
  return path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the text of a policy file named `file`. Throws ConfigError naming the file and the
 * entry for bad syntax, a missing `policies` list, unknown keys, invalid fields and duplicate ids.
 */
export function parsePolicyText(
  text: string,
  file: string,
  format: FileFormat = fileFormat(file),
): PolicyRule[] {
  let document: unknown;
  try {
    document = format === 'json' ? JSON.parse(text) : YAML.parse(text, { uniqueKeys: true });
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid ${format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (!isRecord(document) || !Array.isArray(document.policies)) {
    throw new ConfigError(`${file}: expected a mapping with a 'policies' list`);
  }
  const extra = Object.keys(document).filter((key) => key !== 'policies');
  if (extra.length > 0)
    throw new ConfigError(`${file}: unknown top-level key '${extra[0]}' (only 'policies' is allowed)`);
  const entries: unknown[] = document.policies;
  const name = (i: number): string => {
    const entry = entries[i];
    const id = isRecord(entry) && typeof entry.id === 'number' ? ` (id ${entry.id})` : '';
    return `policies[${i}]${id}`;
  };
  const explicit = entries.map((entry) => (isRecord(entry) && typeof entry.id === 'number' ? entry.id : 0));
  let nextId = Math.max(0, ...explicit.filter(Number.isSafeInteger)) + 1;
  const rules = entries.map((entry, i) => {
    if (!isRecord(entry)) throw new ConfigError(`${file}: ${name(i)}: expected a mapping of rule fields`);
    const unknown = Object.keys(entry).find((key) => !RULE_KEYS.includes(key));
    if (unknown !== undefined) {
      throw new ConfigError(
        `${file}: ${name(i)}: unknown key '${unknown}' (expected ${RULE_KEYS.join(', ')})`,
      );
    }
    return parseRule(entry, `${file}: ${name(i)}`, entry.id === undefined ? nextId++ : undefined);
  });
  assertUniqueIds(rules, file, name);
  return sortRules(rules);
}

/** The text of a policy file holding `rules` (sorted by id, fields in the seed's order). */
export function serializePolicies(rules: readonly PolicyRule[], format: FileFormat): string {
  const policies = sortRules(rules).map((rule) => ({
    id: rule.id,
    rule_type: rule.rule_type,
    category: rule.category,
    pattern: rule.pattern,
    description: rule.description,
    is_active: rule.is_active,
  }));
  return format === 'json' ? `${JSON.stringify({ policies }, null, 2)}\n` : YAML.stringify({ policies });
}

/** A YAML or JSON policy file at `file` (which need not exist until the first `update`). */
export function fileStore(file: string): PolicyStore {
  const format = fileFormat(file);
  const read = (mustExist: boolean) => {
    const { bytes, snapshot } = readWithSnapshot(file);
    if (!bytes && mustExist) throw new ConfigError(`${file}: policy file does not exist`);
    const rules = bytes ? parsePolicyText(bytes.toString('utf8'), file, format) : [];
    return { rules, snapshot };
  };
  return {
    source: file,
    // Through `then` so that a ConfigError rejects the promise instead of throwing synchronously.
    load: () => Promise.resolve().then(() => read(true).rules),
    update: (change) =>
      Promise.resolve().then(() => {
        const { rules, snapshot } = read(false);
        const next = sortRules(change(rules));
        // Re-validate what the change produced, exactly as a reader of the file will.
        const checked = parsePolicyText(serializePolicies(next, format), file, format);
        writeGuarded(file, snapshot, Buffer.from(serializePolicies(checked, format), 'utf8'));
        return checked;
      }),
  };
}
