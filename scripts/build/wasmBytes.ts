// The sizes of DuckDB's wasm files, written into the app as a constant
// (`__DUCKDB_WASM_BYTES__`, read in src/engine/runtime/browserBoot.ts). DuckDB's
// worker measures its download against Content-Length, which is the
// compressed size when the host sends the build's .br or .gz; the bytes it
// counts are decompressed, so the status line read 100% at a sixth of the
// download. Against the file's own size it reads true whatever the host does.
import { statSync } from 'node:fs';
import { join } from 'node:path';

export function duckdbWasmBytes(root: string): Record<string, string> {
  const size = (name: string): number => statSync(join(root, 'node_modules/@duckdb/duckdb-wasm/dist', name)).size;
  return { __DUCKDB_WASM_BYTES__: JSON.stringify({ eh: size('duckdb-eh.wasm'), mvp: size('duckdb-mvp.wasm') }) };
}
