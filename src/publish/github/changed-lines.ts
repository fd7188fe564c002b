/**
 * The lines a pull request adds, for `annotations: changed`. Read from the pull request files API
 * and its `patch` hunks. Fails safe: whenever the answer could be incomplete (API error, a list cut
 * at 3,000 files, a hunk header we cannot read) it says why and the caller annotates everything.
 */
import type { CheckAnnotation, GitHubClient } from './github-client.js';

/** Added line numbers of one file, or `all` when the whole file counts as changed. */
export type FileChanges = ReadonlySet<number> | 'all';

export type ChangedLines =
  { ok: true; files: ReadonlyMap<string, FileChanges> } | { ok: false; reason: string };

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * The new-file line numbers a unified-diff `patch` adds. Returns `undefined` when a hunk header
 * cannot be read or a line appears before any hunk, since guessing could hide a finding.
 */
export function parsePatch(patch: string): Set<number> | undefined {
  const added = new Set<number>();
  let line: number | undefined;
  for (const text of patch.split('\n')) {
    if (text.startsWith('@@')) {
      const header = HUNK.exec(text);
      if (!header) return undefined;
      line = Number(header[1]);
    } else if (text.startsWith('+') || text.startsWith(' ') || text.startsWith('-')) {
      if (line === undefined) return undefined;
      if (text.startsWith('+')) added.add(line);
      if (!text.startsWith('-')) line++;
    }
    // Anything else ("\ No newline at end of file", a trailing empty line) is not a file line.
  }
  return added;
}

/**
 * The added lines of pull request `pullNumber`. `expectedFiles` is the payload's `changed_files`:
 * receiving fewer means the API cut the list, and filtering would then hide findings.
 * Never rejects: API failures come back as `{ ok: false, reason }`.
 */
export async function readChangedLines(
  client: GitHubClient,
  pullNumber: number,
  expectedFiles: number | undefined,
): Promise<ChangedLines> {
  let list;
  try {
    list = await client.listPullRequestFiles(pullNumber);
  } catch (error) {
    return { ok: false, reason: `could not list the pull request's files (${(error as Error).message})` };
  }
  if (expectedFiles !== undefined && list.length < expectedFiles) {
    return {
      ok: false,
      reason: `the API listed ${list.length} of the pull request's ${expectedFiles} files`,
    };
  }
  const files = new Map<string, FileChanges>();
  for (const file of list) {
    if (file.patch === undefined) {
      // No patch: binary, too large, or a pure rename. With changes, treat the whole file as new.
      if (file.changes > 0) files.set(file.filename, 'all');
      continue;
    }
    const added = parsePatch(file.patch);
    if (!added) return { ok: false, reason: `could not read the diff of ${file.filename}` };
    files.set(file.filename, added);
  }
  return { ok: true, files };
}

/** True when the annotation's first line is a line the pull request adds (or its file is wholly new). */
export function onChangedLine(annotation: CheckAnnotation, files: ReadonlyMap<string, FileChanges>): boolean {
  const changes = files.get(annotation.path);
  if (changes === undefined) return false;
  return changes === 'all' || changes.has(annotation.start_line);
}
