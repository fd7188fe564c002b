/** Reading a JSON file the user gave us (allowlist, baseline), with errors that name the file. */
import { readFileSync } from 'node:fs';

import { ConfigError } from '../model/errors.js';

/** A JSON file as read: its bytes (for hashing) and the parsed value. */
export interface JsonFile {
  bytes: Buffer;
  data: unknown;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/**
 * Reads and parses the JSON file at `path` (a leading byte-order mark is ignored). Throws
 * `ConfigError` starting `<kind> <path>:` when the file cannot be read (with the system error
 * code) or is not valid JSON (with line and column when the parser gives a position).
 */
export function readJsonFile(path: string, kind: string): JsonFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `${kind} ${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { bytes, data: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position ? `${lineColumn(text, Number(position[1]))}: ` : '';
    throw new ConfigError(`${kind} ${path}: invalid JSON: ${where}${message}`);
  }
}

/** A plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
