// The built-in dataset as a prebuilt artefact: `vite build` loads it with
// the full loadDataset on native DuckDB (scripts/snapshot) and writes the
// loaded tables into a DuckDB database file; the page, once it has checked
// the file's SHA-256 against the build's (app/data/dataset.ts), attaches it
// as it is and answers from it at once, then copies it into the engine's own
// database (settlePrebuilt) before anything else runs. Nothing is parsed,
// cast or validated at start: that was done, with every check, when the app
// was built. test/engine/prebuilt.test.ts holds it to loadDataset's tables
// and analysis.
import type { Engine } from '../runtime/engine';
import { MAIN_DATABASE } from '../runtime/engine';
import { ident, renderSql, SQL } from '../queries/sql';

/**
 * The storage format of the DuckDB inside @duckdb/duckdb-wasm 1.32.0
 * (DuckDB 1.4.3): native DuckDB, newer, writes the file so that it can read it.
 */
export const PREBUILT_STORAGE_VERSION = 'v1.4.0';

const PREBUILT_FILE = 'fundwatch_prebuilt.duckdb';
/** The attached file's database while it is the one in use. */
export const PREBUILT_DATABASE = 'fundwatch_prebuilt';

/** Writes the engine's loaded tables into a new database file at `path` (native engines only: a path on disk). */
export async function writePrebuilt(engine: Engine, path: string): Promise<void> {
  await engine.query(
    renderSql(SQL.prebuiltWrite, { file: path, storage_version: PREBUILT_STORAGE_VERSION, database: ident(MAIN_DATABASE) }),
  );
}

/**
 * Attaches a database file written by writePrebuilt, read-only, as the
 * database in use: queries answer from it at once. Loads cannot write
 * there, so settlePrebuilt must run next, before anything else. The copy
 * into the engine's own database (a few hundred ms of DuckDB's worker on a
 * cold page: its code is compiled as it first runs) then no longer stands
 * between the page's start and the engine's numbers on screen.
 */
export async function attachPrebuilt(engine: Engine, bytes: Uint8Array): Promise<void> {
  await engine.registerFile(PREBUILT_FILE, bytes);
  try {
    await engine.query(renderSql(SQL.prebuiltAttach, { file: PREBUILT_FILE, prebuilt: ident(PREBUILT_DATABASE) }));
  } catch (e) {
    // Left attached by a failed attempt, it would refuse the next one's ATTACH.
    await engine.query(`USE ${ident(MAIN_DATABASE).text}; DETACH DATABASE IF EXISTS ${ident(PREBUILT_DATABASE).text}`).catch(() => undefined);
    await engine.dropFile(PREBUILT_FILE);
    throw e;
  }
}

/**
 * The attached prebuilt copied into the engine's own database, which is in
 * use from then on, and the file let go. Its tables, and so the analysis,
 * are the same. A copy that fails leaves the prebuilt attached and in use
 * (the data on screen stay right; loads fail without touching them).
 */
export async function settlePrebuilt(engine: Engine): Promise<void> {
  try {
    await engine.query(renderSql(SQL.prebuiltSettle, { prebuilt: ident(PREBUILT_DATABASE), database: ident(MAIN_DATABASE) }));
  } catch (e) {
    await engine.query('ROLLBACK').catch(() => undefined);
    await engine.query(`USE ${ident(PREBUILT_DATABASE).text}`).catch(() => undefined);
    throw e;
  }
  await engine.dropFile(PREBUILT_FILE);
}

/** attachPrebuilt, then settlePrebuilt: the file's tables in the engine's own database. */
export async function loadPrebuilt(engine: Engine, bytes: Uint8Array): Promise<void> {
  await attachPrebuilt(engine, bytes);
  await settlePrebuilt(engine);
}
