import { closeSync, openSync, readSync } from 'node:fs';

import type { SourceLanguage } from './file-kinds.js';

// Linux reads at most 256 bytes of a `#!` line (BINPRM_BUF_SIZE since 5.1); anything past that
// is not part of the interpreter line the kernel acts on.
const SHEBANG_BYTES = 256;

const PYTHON = /^(?:python|pypy)[\d.]*w?$/;
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash']);
const POWERSHELL = new Set(['pwsh', 'powershell']);

/**
 * The language named by a `#!` line: python/pypy (any version) -> python; sh, bash, zsh, dash,
 * ksh, mksh, ash -> shell; pwsh/powershell -> powershell. `/usr/bin/env [-S] [VAR=x] prog` names
 * `prog`. Returns `undefined` for a line that is not a shebang or names another interpreter.
 */
export function shebangLanguage(firstLine: string): SourceLanguage | undefined {
  if (!firstLine.startsWith('#!')) return undefined;
  const words = firstLine.slice(2).trim().split(/\s+/);
  let program = basename(words[0] ?? '');
  if (program === 'env') {
    // env's own options and VAR=value assignments come before the program it starts.
    program = basename(words.slice(1).find((w) => !w.startsWith('-') && !w.includes('=')) ?? '');
  }
  if (PYTHON.test(program)) return 'python';
  if (SHELLS.has(program)) return 'shell';
  if (POWERSHELL.has(program)) return 'powershell';
  return undefined;
}

/**
 * Reads at most the first 256 bytes of `absPath` and returns the language its shebang names
 * (see `shebangLanguage`), or `undefined` when there is none. Throws the file system error when
 * the file cannot be opened; never reads further into the file. Synchronous: three system calls
 * cost less than a round trip through the thread pool, and discovery calls it per script.
 */
export function readShebangLanguage(absPath: string): SourceLanguage | undefined {
  const fd = openSync(absPath, 'r');
  try {
    const buffer = Buffer.alloc(SHEBANG_BYTES);
    const head = buffer.subarray(0, readSync(fd, buffer, 0, SHEBANG_BYTES, 0)).toString('latin1');
    const end = head.indexOf('\n');
    return shebangLanguage((end === -1 ? head : head.slice(0, end)).replace(/\r$/, ''));
  } finally {
    closeSync(fd);
  }
}

function basename(program: string): string {
  // Windows-style interpreter paths (`#!C:\Python\Python.exe`) occur in scripts checked in from
  // Windows, where the py launcher honours them and names are case-insensitive.
  const name = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
  return name.toLowerCase().replace(/\.exe$/, '');
}
