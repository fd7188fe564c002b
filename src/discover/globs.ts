import { braceExpand, Minimatch } from 'minimatch';

import { ConfigError } from '../model/errors.js';

/** User `--include` or `--exclude` globs compiled against repo-relative POSIX paths. */
export interface PathGlobs {
  /** True when at least one glob was given. */
  readonly active: boolean;
  /** The path matches a glob, or lies inside a folder a glob matches (`tests` covers `tests/a.py`). */
  matches(path: string): boolean;
  /**
   * A glob matches the file itself through its last segment (`**\/*.txt`, `tools/run`), not only
   * a folder above it (`tests`) or a trailing `**` (`src/**`): the user named this kind of file.
   */
  namesFile(path: string): boolean;
  /** Some path inside folder `dir` could match a glob (to decide whether a folder matters). */
  mayMatchInside(dir: string): boolean;
  /**
   * A glob's literal leading segments lead into `dir` (`build/**\/*.py` reopens `build`): an
   * include that spells a default-excluded folder out by name brings it back into the scan.
   */
  reopens(dir: string): boolean;
}

interface Compiled {
  file: Minimatch;
  folder: Minimatch;
  namesFiles: boolean;
  literalPrefixes: string[];
}

// `dot`: `**` must reach `.github/` and `.ci/`. `nocomment`/`nonegate`: a file named `# x` or
// `!x.py` is a literal name here, not a comment or a negation.
const OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/**
 * The most patterns one glob's braces may expand to. Every path is matched against every
 * expansion, and minimatch would allow 100,000 (`{a,b}` seventeen times), which stalls a scan of
 * a large tree; past this bound the glob is refused rather than silently cut short. Matching
 * itself needs no bound: minimatch 11 matches `*`, `**` and extglobs with a non-backtracking
 * automaton.
 */
export const MAX_GLOB_EXPANSIONS = 256;

/**
 * Compiles globs given through option `option` (`include` or `exclude`, used in messages).
 * `./tests`, `tests/` and `tests` mean the same folder; `.` means the whole tree. A glob is
 * anchored at the target root (write `**\/tests` for any depth). Throws `ConfigError` naming the
 * option and the glob when it is empty, absolute, climbs out of the root with `..` or has
 * braces expanding to more than `MAX_GLOB_EXPANSIONS` patterns.
 */
export function compileGlobs(patterns: readonly string[], option: string): PathGlobs {
  const compiled = patterns.map((pattern) => compile(pattern, option));
  return {
    active: compiled.length > 0,
    matches: (path) => compiled.some((c) => c.file.match(path) || c.folder.match(path)),
    namesFile: (path) => compiled.some((c) => c.namesFiles && c.file.match(path)),
    mayMatchInside: (dir) => compiled.some((c) => c.folder.match(dir, true)),
    reopens: (dir) =>
      compiled.some((c) =>
        c.literalPrefixes.some((prefix) => prefix === dir || prefix.startsWith(`${dir}/`)),
      ),
  };
}

function compile(pattern: string, option: string): Compiled {
  const bad = (why: string): ConfigError => new ConfigError(`${option} glob "${pattern}": ${why}`);
  if (pattern.trim() === '') throw bad('is empty');
  if (pattern.startsWith('/')) throw bad('globs are matched against paths relative to the target root');
  let normal = pattern.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  if (normal === '.' || normal === '') normal = '**';
  if (normal.split('/').includes('..')) throw bad('".." cannot match a path inside the target root');
  const options = { ...OPTIONS, braceExpandMax: MAX_GLOB_EXPANSIONS + 1 };
  if (braceExpand(normal, options).length > MAX_GLOB_EXPANSIONS) {
    throw bad(`its braces expand to more than ${MAX_GLOB_EXPANSIONS} patterns`);
  }
  const file = new Minimatch(normal, options);
  const last = normal.slice(normal.lastIndexOf('/') + 1);
  return {
    file,
    folder: new Minimatch(`${normal}/**`, options),
    namesFiles: last !== '**',
    literalPrefixes: file.set.map((parts) => {
      const literal: string[] = [];
      for (const part of parts) {
        if (typeof part !== 'string') break;
        literal.push(part);
      }
      return literal.join('/');
    }),
  };
}
