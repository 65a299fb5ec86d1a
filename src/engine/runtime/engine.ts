// One interface hides where DuckDB runs: a Web Worker in the browser
// (engine/browser.ts), native DuckDB for the command line (engine/native.ts)
// or DuckDB-wasm's blocking bundle under Node (engine/node.ts: tests, and
// the parity test that holds the native engine to the wasm one).
// Everything above this file speaks only `Engine`.

/** A result row: text, integers (counts, years) as number, booleans, or null. Money arrives as decimal text. */
export type Row = Record<string, string | number | boolean | null>;

export interface Engine {
  /** Make bytes readable by SQL under `name` (e.g. `read_csv('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Make a Blob (a File the user picked) readable by SQL under `name`
   * without reading it into memory first: in the browser DuckDB reads the
   * slices it needs, when it needs them, in its worker. Under Node the
   * engine may read the whole Blob. The Blob must not change until `dropFile`.
   */
  registerBlob(name: string, blob: Blob): Promise<void>;
  /**
   * Make a CSV Blob that is a whole file on this machine's disk
   * (localFiles.ts) readable under `name` where it lies, without a copy,
   * when the file is UTF-8 without `\r` (what csvScan.ts would hand DuckDB
   * as it is); false, nothing registered, otherwise. Native DuckDB only.
   */
  registerLocalCsv?(name: string, blob: Blob): Promise<boolean>;
  dropFile(name: string): Promise<void>;
  /** Create table `table` from an Arrow IPC stream (DuckDB's own Parquet reader is never used: it would download an extension). */
  insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
  /**
   * Create view `table` over the Parquet file registered as `name` with
   * DuckDB's own reader, where it has one without a download (native
   * DuckDB): the file is read when the view is, and must stay registered
   * until the view is dropped. Absent elsewhere (DuckDB-wasm would fetch
   * its extension), where Parquet goes through parquetToArrowIPC and
   * insertArrowIPC.
   */
  readParquet?(table: string, name: string): Promise<void>;
  /** Decode a Parquet file to an Arrow IPC stream with parquet-wasm (its wasm bundled locally). */
  parquetToArrowIPC(parquet: Uint8Array): Promise<Uint8Array>;
  /** Run one or more statements; returns the rows of the last one. */
  query(sql: string): Promise<Row[]>;
  /**
   * Another connection to the same database, whose queries run beside this
   * one's (native DuckDB: files are staged two at a time on its threads);
   * its close() closes that connection only. Its TEMP objects are its own.
   * Absent where connections would only take turns (DuckDB-wasm's one thread).
   */
  beside?(): Promise<Engine>;
  close(): Promise<void>;
}

/** Settings applied right after connecting: the engine must never try to download an extension. */
export const OFFLINE_SETTINGS = [
  'SET autoinstall_known_extensions=false',
  'SET autoload_known_extensions=false',
];

/**
 * The tables live in an in-memory database with DuckDB's storage
 * compression (dictionary, FSST, bit packing), which its default in-memory
 * database does not apply: a 5,000,000-row roster takes about a fifth of
 * the memory. Every engine runs these after OFFLINE_SETTINGS; unqualified
 * names then resolve there (TEMP objects still live uncompressed in `temp`).
 */
export const MAIN_DATABASE = 'fundwatch';
export const DATABASE_SETTINGS = [`ATTACH ':memory:' AS ${MAIN_DATABASE} (COMPRESS)`, `USE ${MAIN_DATABASE}`];

/** Everything an engine runs after connecting, in order. */
export const ENGINE_SETTINGS = [...OFFLINE_SETTINGS, ...DATABASE_SETTINGS];

/**
 * DuckDB ran out of the memory it may use (native: the engine's limit, said
 * with what to do about it; wasm: the page's). Never a fault of the file
 * being read when it happened: a load stops there instead of blaming it.
 */
export function isOutOfMemory(e: unknown): boolean {
  return e instanceof Error && /Out of Memory Error/i.test(e.message);
}
