// The built-in dataset as a prebuilt artefact: `vite build` loads it with
// the full loadDataset on native DuckDB (scripts/snapshot) and writes the
// loaded tables into a DuckDB database file; the page, once it has checked
// the file's SHA-256 against the build's (app/data/dataset.ts), copies it into
// the engine's database. Nothing is parsed, cast or validated at start:
// that was done, with every check, when the app was built.
// test/engine/prebuilt.test.ts holds it to loadDataset's tables and analysis.
import type { Engine } from '../runtime/engine';
import { MAIN_DATABASE } from '../runtime/engine';
import { ident, renderSql, SQL } from '../queries/sql';

/**
 * The storage format of the DuckDB inside @duckdb/duckdb-wasm 1.32.0
 * (DuckDB 1.4.3): native DuckDB, newer, writes the file so that it can read it.
 */
export const PREBUILT_STORAGE_VERSION = 'v1.4.0';

const PREBUILT_FILE = 'fundwatch_prebuilt.duckdb';

/** Writes the engine's loaded tables into a new database file at `path` (native engines only: a path on disk). */
export async function writePrebuilt(engine: Engine, path: string): Promise<void> {
  await engine.query(
    renderSql(SQL.prebuiltWrite, { file: path, storage_version: PREBUILT_STORAGE_VERSION, database: ident(MAIN_DATABASE) }),
  );
}

/** Copies a database file written by writePrebuilt into the engine's database. */
export async function loadPrebuilt(engine: Engine, bytes: Uint8Array): Promise<void> {
  await engine.registerFile(PREBUILT_FILE, bytes);
  try {
    await engine.query(renderSql(SQL.prebuiltRead, { file: PREBUILT_FILE, database: ident(MAIN_DATABASE) }));
  } catch (e) {
    // Left attached by a failed copy, it would refuse the next attempt's ATTACH.
    await engine.query('DETACH DATABASE IF EXISTS fundwatch_prebuilt').catch(() => undefined);
    throw e;
  } finally {
    await engine.dropFile(PREBUILT_FILE);
  }
}
