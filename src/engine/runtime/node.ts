// DuckDB-wasm under Node (tests, the build's snapshot, the parity test
// against the CLI's native engine): the blocking bundle runs the same wasm
// build as the browser, so both give the same numbers.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine';
import { parquetToArrowIPC } from '../formats/parquet';
import { toRows } from './rows';
import { splitStatements } from './statements';

/**
 * DuckDB-wasm's blocking bundle, instantiated: the costly part (compiling
 * the wasm module, then warming its code up on the first queries), which a
 * caller that runs many short-lived engines pays once (see nodeEngineOn).
 */
export async function instantiateNodeDuckDB(): Promise<DuckDBBindings> {
  const require = createRequire(import.meta.url);
  const dist = require.resolve('@duckdb/duckdb-wasm').replace(/[^/\\]+$/, '');
  const bundles = {
    mvp: { mainModule: `${dist}duckdb-mvp.wasm`, mainWorker: `${dist}duckdb-node-mvp.worker.cjs` },
    eh: { mainModule: `${dist}duckdb-eh.wasm`, mainWorker: `${dist}duckdb-node-eh.worker.cjs` },
  };
  const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
  await db.instantiate();
  return db;
}

export async function createNodeEngine(): Promise<Engine> {
  return nodeEngineOn(await instantiateNodeDuckDB());
}

/**
 * An engine on an instantiated DuckDB. Closing it empties the database
 * (tables, settings, registered files) as a new instance would be, then
 * calls `onClosed`: the instance can serve the next engine.
 */
export function nodeEngineOn(db: DuckDBBindings, onClosed: () => void = () => undefined): Engine {
  const require = createRequire(import.meta.url);
  const conn = db.connect();
  for (const setting of ENGINE_SETTINGS) conn.query(setting);

  return {
    async registerFile(name: string, bytes: Uint8Array): Promise<void> {
      db.registerFileBuffer(name, bytes);
    },
    // Under Node (CLI, tests) a Blob is already in this process's memory: its bytes are registered.
    async registerBlob(name: string, blob: Blob): Promise<void> {
      db.registerFileBuffer(name, new Uint8Array(await blob.arrayBuffer()));
    },
    async dropFile(name: string): Promise<void> {
      db.dropFile(name);
    },
    async insertArrowIPC(table: string, ipc: Uint8Array): Promise<void> {
      conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    parquetToArrowIPC: (parquet) =>
      parquetToArrowIPC(parquet, async () => ({ module_or_path: await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) })),
    async query(sql: string): Promise<Row[]> {
      let rows: Row[] = [];
      for (const statement of splitStatements(sql)) rows = toRows(conn.query(statement));
      return rows;
    },
    async close(): Promise<void> {
      conn.close();
      db.dropFiles();
      db.reset();
      onClosed();
    },
  };
}
