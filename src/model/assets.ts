/**
 * Finds the files we ship beside the code (tree-sitter runtime, grammars, the rulepack).
 * In the bundle they sit next to `dist/*.js`; from source they come from the repository
 * and `node_modules`. Every caller goes through here so a missing asset fails one way.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = path.dirname(fileURLToPath(import.meta.url));

/** The repository root when running from source (the folder above `src/`), else the bundle's folder. */
const repoRoot = moduleDir.endsWith(path.join('src', 'model'))
  ? path.resolve(moduleDir, '..', '..')
  : moduleDir;

/** The folder of an installed package; packages whose `exports` hide package.json resolve by their entry. */
export function packageDir(name: string): string | undefined {
  const require = createRequire(import.meta.url);
  for (const request of [`${name}/package.json`, name]) {
    try {
      return path.dirname(require.resolve(request));
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

/** The path of `file` beside the bundle, or undefined when it is not there (running from source). */
export function besideBundle(file: string): string | undefined {
  const candidate = path.join(moduleDir, file);
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * The path of a shipped asset: `distRelative` beside the bundle, else `sourceFallback`
 * (relative to the repository root, or absolute). Throws naming what is missing.
 */
export function assetPath(what: string, distRelative: string, sourceFallback?: string): string {
  const candidates = [path.join(moduleDir, distRelative)];
  if (sourceFallback) candidates.push(path.resolve(repoRoot, sourceFallback));
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot find ${what}; looked in ${candidates.join(', ')} (is dist/ complete?)`);
}
