/**
 * The SQLite engine: sql.js, SQLite compiled to WebAssembly, so reading and writing the seed's
 * database needs no native build. The `.wasm` is read from beside the bundle (the build copies
 * it into `dist/`) or from the installed package, and handed over as bytes so sql.js never
 * tries to fetch it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

import { assetPath, packageDir } from '../../model/assets.js';

let engine: Promise<SqlJsStatic> | undefined;

/** sql.js, initialised once per thread. Rejects naming the missing file when the `.wasm` is absent. */
export function sqlite(): Promise<SqlJsStatic> {
  engine ??= (async () => {
    // packageDir resolves sql.js by its entry, which lives in the package's dist/ folder.
    const file = assetPath(
      'the sql.js WebAssembly',
      'sql-wasm.wasm',
      path.join(packageDir('sql.js') ?? '', 'sql-wasm.wasm'),
    );
    const bytes = readFileSync(file);
    return initSqlJs({
      wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
  })();
  return engine;
}
