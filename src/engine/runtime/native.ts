// The Engine on native DuckDB (@duckdb/node-api) for the command line: it
// starts in a fraction of the time DuckDB-wasm's blocking bundle takes,
// runs multi-threaded, and works out of core: `memory_limit` (3GB, or
// FUNDWATCH_MEMORY_LIMIT) with a spill directory in the OS temp folder, so a
// 20 M-row roster spills instead of failing. Same ENGINE_SETTINGS and the
// same .sql files as the page; rows are converted by the rules of rows.ts
// (nativeRows.ts), Arrow inserts get the types the wasm build gives
// (nativeArrow.ts). test/cli/parity.test.ts requires both engines to print
// the same `analyze --json`.
//
// Registered files are written into a private temp directory that DuckDB's
// `file_search_path` points at, so `read_csv('name')` resolves there as the
// wasm build resolves its registered buffers; close() removes it (and an
// exit handler does, should the process end without close()).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { DuckDBConnection, DuckDBInstance, DuckDBMaterializedResult } from '@duckdb/node-api';
import { ENGINE_SETTINGS, isOutOfMemory, MAIN_DATABASE, OFFLINE_SETTINGS, type Engine } from './engine';
import { localFilePath } from '../formats/localFiles';
import { isPlainUtf8 } from '../formats/nodeFiles';
import { nativeRows } from './nativeRows';
import { nodeApi } from './nodeApi';
import { splitStatements } from './statements';
import { createTaskQueue } from './taskQueue';

export const DEFAULT_MEMORY_LIMIT = '3GB';

export interface NativeEngineOptions {
  /** DuckDB's memory_limit, e.g. '3GB'; default FUNDWATCH_MEMORY_LIMIT or 3GB. */
  memoryLimit?: string;
  /** DuckDB's threads; default all cores. */
  threads?: number;
  /**
   * Called while a statement runs, every `progressEveryMs` (default 1 s),
   * with DuckDB's estimate of how far it has got (0–100), or null when it
   * has none (some plans give none: the staging of a roster's read): a
   * province's roster is read in one statement of many seconds.
   */
  onQueryProgress?: (percent: number | null) => void;
  progressEveryMs?: number;
}

/** DuckDB keeps a running query's progress only with its progress bar on; it prints nothing with printing off. */
const PROGRESS_SETTINGS = ['SET enable_progress_bar = true', 'SET enable_progress_bar_print = false'];

/** The memory limit in effect: the option, else FUNDWATCH_MEMORY_LIMIT, else 3GB. */
export function memoryLimit(options: NativeEngineOptions = {}): string {
  const limit = options.memoryLimit ?? process.env.FUNDWATCH_MEMORY_LIMIT?.trim() ?? '';
  if (limit === '') return DEFAULT_MEMORY_LIMIT;
  if (!/^\d+(\.\d+)?\s*(B|KB|KIB|MB|MIB|GB|GIB|TB|TIB)$/i.test(limit)) {
    throw new Error(`FUNDWATCH_MEMORY_LIMIT="${limit}" is not a memory size (expected e.g. 3GB or 512MB)`);
  }
  return limit;
}

function sqlIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function sqlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export async function createNativeEngine(options: NativeEngineOptions = {}): Promise<Engine> {
  const limit = memoryLimit(options);
  const root = mkdtempSync(join(tmpdir(), 'fundwatch-native-'));
  const files = join(root, 'files');
  const spill = join(root, 'spill');
  const removeRoot = (): void => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeRoot);

  const progressSettings = options.onQueryProgress ? PROGRESS_SETTINGS : [];
  const progress = options.onQueryProgress ? { report: options.onQueryProgress, everyMs: options.progressEveryMs ?? 1000 } : null;
  let instance: DuckDBInstance | null = null;
  let conn: DuckDBConnection | null = null;
  try {
    await mkdir(files);
    instance = await nodeApi.DuckDBInstance.create(':memory:', {
      memory_limit: limit,
      temp_directory: spill,
      // Before anything can reach for an extension (ENGINE_SETTINGS repeats them).
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      ...(options.threads === undefined ? {} : { threads: String(options.threads) }),
    });
    conn = await instance.connect();
    await configure(conn, [...ENGINE_SETTINGS, ...progressSettings], files);
  } catch (e) {
    conn?.closeSync();
    instance?.closeSync();
    removeRoot();
    process.removeListener('exit', removeRoot);
    throw e;
  }
  const db = instance;
  const besides = new Set<DuckDBConnection>();
  const engine = connectionEngine(conn, files, limit, progress);
  return {
    ...engine,
    // Another connection to the same database, in the database this one is using (the main one, or a
    // submission's while it loads: databases.ts, inDatabase); attached already, so only USEd.
    beside: async () => {
      const [row] = await engine.query('SELECT current_database() AS db');
      const current = typeof row?.db === 'string' ? row.db : MAIN_DATABASE;
      const other = await db.connect();
      besides.add(other);
      try {
        await configure(other, [...OFFLINE_SETTINGS, ...progressSettings, `USE ${sqlIdent(current)}`], files);
      } catch (e) {
        besides.delete(other);
        other.closeSync();
        throw e;
      }
      const side = connectionEngine(other, files, limit, progress);
      return { ...side, close: () => side.close().then(() => void besides.delete(other)) };
    },
    close: async () => {
      try {
        for (const other of besides) other.closeSync();
        await engine.close();
        db.closeSync();
      } finally {
        removeRoot();
        process.removeListener('exit', removeRoot);
      }
    },
  };
}

/** A connection's settings: the engine's, the folder registered files are found in, times in UTC. */
async function configure(conn: DuckDBConnection, settings: readonly string[], files: string): Promise<void> {
  for (const setting of settings) await conn.run(setting);
  await conn.run(`SET file_search_path = ${sqlText(files)}`);
  // Native DuckDB has ICU and would show a TIMESTAMP WITH TIME ZONE in the
  // machine's zone; DuckDB-wasm has no ICU and always shows UTC.
  await conn.run("SET TimeZone = 'UTC'");
}

/** A running query's progress, told to `report` every `everyMs`. */
interface QueryProgress {
  report: (percent: number | null) => void;
  everyMs: number;
}

/** Runs `statement`, telling `progress` how far DuckDB has got while it runs. */
async function runWatched(c: DuckDBConnection, statement: string, progress: QueryProgress | null): Promise<DuckDBMaterializedResult> {
  if (progress === null) return c.run(statement);
  const timer = setInterval(() => {
    // -1 (or 0 throughout) where DuckDB has no estimate.
    const { percentage } = c.progress;
    progress.report(percentage > 0 ? Math.min(100, percentage) : null);
  }, progress.everyMs);
  try {
    return await c.run(statement);
  } finally {
    clearInterval(timer);
  }
}

/** The Engine on one connection; close() closes the connection only. */
function connectionEngine(c: DuckDBConnection, files: string, limit: string, progress: QueryProgress | null = null): Engine {
  // One statement at a time, in the order called: a connection runs one
  // query at a time and a script's transaction must not interleave.
  const queue = createTaskQueue();
  const serial = <T>(task: () => Promise<T>): Promise<T> => queue.run(task, 'exclusive');
  const pathOf = (name: string): string => {
    const path = resolve(files, name);
    if (!path.startsWith(files + sep)) throw new Error(`file name "${name}" leaves the engine's folder`);
    return path;
  };
  const register = async (name: string, bytes: Uint8Array): Promise<void> => {
    const path = pathOf(name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  };

  return {
    registerFile: (name, bytes) => serial(() => register(name, bytes)),
    // Streamed to disk a buffer at a time: a piece of a roster of millions of rows is never held whole.
    registerBlob: (name, blob) =>
      serial(async () => {
        const path = pathOf(name);
        await mkdir(dirname(path), { recursive: true });
        await pipeline(Readable.fromWeb(blob.stream() as NodeReadableStream<Uint8Array>), createWriteStream(path));
      }),
    // A link in the engine's folder to the user's file: DuckDB reads it where it lies (dropFile removes the link only).
    registerLocalCsv: (name, blob) =>
      serial(async () => {
        const source = localFilePath(blob);
        if (source === undefined || !(await isPlainUtf8(source))) return false;
        const path = pathOf(name);
        await mkdir(dirname(path), { recursive: true });
        await rm(path, { force: true });
        await symlink(source, path);
        return true;
      }),
    dropFile: (name) => serial(() => rm(pathOf(name), { force: true })),
    insertArrowIPC: (table, ipc) =>
      serial(async () => {
        // Loaded on first use (apache-arrow takes ~0.15 s to import): only Parquet inputs need it.
        const { insertArrowIPCNative } = await import('./nativeArrow');
        await insertArrowIPCNative(c, table, ipc);
      }),
    // DuckDB's own Parquet reader is built into node-api (no download): the file is read where it lies, never decoded in JavaScript,
    // and through a view, when the staged table is made from it (a 20,000,000-row roster is not held twice).
    readParquet: (table, name) => serial(async () => void (await c.run(`CREATE VIEW ${sqlIdent(table)} AS SELECT * FROM read_parquet(${sqlText(pathOf(name))})`))),
    parquetToArrowIPC: async (parquet) => {
      // Loaded on first use: most runs read no Parquet.
      const { parquetToArrowIPC } = await import('../formats/parquet');
      const require = createRequire(import.meta.url);
      return parquetToArrowIPC(parquet, async () => ({ module_or_path: await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) }));
    },
    query: async (sql) => {
      const statements = splitStatements(sql);
      const last = await serial(async () => {
        let result: DuckDBMaterializedResult | null = null;
        for (const [i, statement] of statements.entries()) {
          try {
            result = await runWatched(c, statement, progress);
          } catch (e) {
            throw explainOutOfMemory(e, limit);
          }
          // Every statement's rows are checked as the wasm engine converts them all.
          if (i + 1 < statements.length) await nativeRows(result);
        }
        return result;
      });
      // Outside the queue (a materialized result no longer needs the connection): DuckDB goes on with the next query meanwhile.
      return last === null ? [] : nativeRows(last);
    },
    close: () => serial(async () => c.closeSync()),
  };
}

/** DuckDB's out-of-memory error with what to do about it in front (the first line is what a reader sees). */
function explainOutOfMemory(e: unknown, limit: string): unknown {
  if (!(e instanceof Error) || !isOutOfMemory(e)) return e;
  const error = new Error(
    `the data needs more memory than the limit of ${limit} (set FUNDWATCH_MEMORY_LIMIT, e.g. FUNDWATCH_MEMORY_LIMIT=8GB, or free disk space in ${tmpdir()} for spilling) — ${e.message.split('\n')[0]}`,
  );
  return error;
}
