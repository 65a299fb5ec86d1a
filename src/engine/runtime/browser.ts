// DuckDB-wasm in the browser: the async bundle runs in a Web Worker so the
// page stays responsive. The wasm and worker files are bundled by Vite with
// `?url` imports and served from our own origin: never from a CDN, because
// the dashboard must work offline and must not leak that it is being used.
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { bootWorker, type BootedWorker, type BootProgress } from './browserBoot';
import type { Table } from 'apache-arrow';
import { ENGINE_SETTINGS, type Engine } from './engine';
import { parquetToArrowIPC } from '../formats/parquet';
import { toRows } from './rows';
import { splitStatements } from './statements';
import { createTaskQueue } from './taskQueue';

// No `coi` (threaded) bundle (browserBoot.ts picks `eh` or `mvp`), although
// the page is served cross-origin isolated: with duckdb-wasm 1.32.0 in
// Chromium it took ~8 s instead of ~2 s to start, and the first query of the
// sample load failed in the worker ("RangeError: offset is out of bounds" in
// runQuery). Measured by `npm run bench` (README, Performance); revisit with
// a newer duckdb-wasm.

export type EngineProgress = BootProgress;

/**
 * The engine over a DuckDB worker: `booted` is one started early by
 * bootWorker (the app starts it before rendering); without it, one is started now.
 */
export async function createBrowserEngine(onProgress?: (progress: EngineProgress) => void, booted?: BootedWorker): Promise<Engine> {
  const boot = booted ?? bootWorker();
  if (onProgress) boot.onProgress(onProgress);
  try {
    await boot.instantiated;
  } catch (e) {
    boot.worker.terminate();
    throw e;
  }
  // Attached only now: every reply to the boot's INSTANTIATE has been delivered.
  const db = new AsyncDuckDB(new VoidLogger(), boot.worker);
  const conn = await db.connect();
  // One message for all of them: each statement sent alone waited for a
  // reply through the page's main thread, busy drawing the first screen's
  // charts then (cold loads: 17-45 ms for the four, one by one). DuckDB-wasm
  // runs every statement of a text (statements.ts).
  await conn.query(ENGINE_SETTINGS.join(';\n'));

  // In the order called; a script of several statements (a transaction
  // spans them) never interleaves with anything else (taskQueue.ts).
  const queue = createTaskQueue();
  const serial = <T>(task: () => Promise<T>): Promise<T> => queue.run(task, 'exclusive');

  return {
    // The worker takes ownership of (detaches) the buffer it is given: hand
    // it a copy so the caller can register the same bytes again after a failed load.
    registerFile: (name, bytes) => serial(() => db.registerFileBuffer(name, bytes.slice())),
    // The Blob goes to the worker by reference; DuckDB reads the slices it
    // needs through FileReaderSync there (direct I/O: no copy is cached), so
    // neither the page nor the wasm heap ever holds the whole file.
    registerBlob: (name, blob) => serial(() => db.registerFileHandle(name, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true)),
    dropFile: (name) =>
      serial(async () => {
        await db.dropFile(name);
      }),
    // A copy for the same reason as registerFile.
    insertArrowIPC: (table, ipc) =>
      serial(async () => {
        await conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true });
      }),
    parquetToArrowIPC: (parquet) => parquetToArrowIPC(parquet, async () => ({ module_or_path: parquetWasm })),
    query: async (sql) => {
      const statements = splitStatements(sql);
      const last = await queue.run(
        async () => {
          let result: Table | null = null;
          for (const statement of statements) result = await conn.query(statement);
          return result;
        },
        statements.length === 1 ? 'pipelined' : 'exclusive',
      );
      // Outside the queue: the worker goes on with the next task meanwhile.
      return last === null ? [] : toRows(last);
    },
    close: () =>
      serial(async () => {
        await conn.close();
        await db.terminate();
      }),
  };
}
