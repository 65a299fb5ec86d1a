// DuckDB-wasm in the browser: the async bundle runs in a Web Worker so the
// page stays responsive. The wasm and worker files are bundled by Vite with
// `?url` imports and served from our own origin: never from a CDN, because
// the dashboard must work offline and must not leak that it is being used.
import { AsyncDuckDB, DuckDBDataProtocol, selectBundle, VoidLogger, type DuckDBBundles, type InstantiationProgress } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { ENGINE_SETTINGS, type Engine, type Row } from './engine';
import { parquetToArrowIPC } from './parquet';
import { toRows } from './rows';
import { splitStatements } from './statements';

const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
  // No `coi` (threaded) bundle, although the page is served cross-origin
  // isolated: with duckdb-wasm 1.32.0 in Chromium it took ~8 s instead of
  // ~2 s to start, and the first query of the sample load failed in the
  // worker ("RangeError: offset is out of bounds" in runQuery). Measured by
  // `npm run bench` (README, Performance); revisit with a newer duckdb-wasm.
};

export type EngineProgress = Pick<InstantiationProgress, 'bytesLoaded' | 'bytesTotal'>;

export async function createBrowserEngine(onProgress?: (progress: EngineProgress) => void): Promise<Engine> {
  const bundle = await selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB bundle without a worker');
  const worker = new Worker(bundle.mainWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
      onProgress?.({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal }),
    );
  } catch (e) {
    await db.terminate();
    throw e;
  }
  const conn = await db.connect();
  for (const setting of ENGINE_SETTINGS) await conn.query(setting);

  // One statement at a time, in order: a transaction spans several calls and
  // must not interleave with another caller's statements.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

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
    query: (sql) =>
      serial(async () => {
        let rows: Row[] = [];
        for (const statement of splitStatements(sql)) rows = toRows(await conn.query(statement));
        return rows;
      }),
    close: () =>
      serial(async () => {
        await conn.close();
        await db.terminate();
      }),
  };
}
