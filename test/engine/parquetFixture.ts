// Parquet files for tests, written with parquet-wasm's own writer from an
// Arrow table built with apache-arrow (no binary fixture to regenerate).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { initSync, Table, writeParquet } from 'parquet-wasm/esm';

let initialised = false;

export function writeParquetFile(columns: Parameters<typeof tableFromArrays>[0]): Uint8Array {
  if (!initialised) {
    const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
    initSync({ module: readFileSync(wasm) });
    initialised = true;
  }
  return writeParquet(Table.fromIPCStream(tableToIPC(tableFromArrays(columns), 'stream')));
}
