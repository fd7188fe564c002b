/**
 * The SQLite engine: sql.js, SQLite compiled to WebAssembly, so reading and writing the seed's
 * database needs no native build. Like web-tree-sitter it is not bundled: its CommonJS loader
 * needs a real `__dirname`, which an ES-module bundle lacks. The build copies it beside the
 * bundle as `sql-wasm.cjs` (so Node loads it as CommonJS under dist's `"type": "module"`)
 * with its `.wasm`; from source both come from the installed package. The `.wasm` is handed
 * over as bytes so sql.js never tries to fetch it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

import { assetPath, packageDir } from '../../model/assets.js';

let engine: Promise<SqlJsStatic> | undefined;

async function load(): Promise<SqlJsStatic> {
  // packageDir resolves sql.js by its entry, which lives in the package's dist/ folder.
  const pkg = packageDir('sql.js') ?? '';
  const script = assetPath('the sql.js runtime', 'sql-wasm.cjs', path.join(pkg, 'sql-wasm.js'));
  const wasm = assetPath('the sql.js WebAssembly', 'sql-wasm.wasm', path.join(pkg, 'sql-wasm.wasm'));
  const module = (await import(/* webpackIgnore: true */ pathToFileURL(script).href)) as {
    default: typeof initSqlJs;
  };
  const bytes = readFileSync(wasm);
  return module.default({
    wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
}

/** sql.js, initialised once per thread. Rejects naming the missing file when the runtime or its `.wasm` is absent. */
export function sqlite(): Promise<SqlJsStatic> {
  engine ??= load();
  return engine;
}
