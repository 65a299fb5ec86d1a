// Side databases for merging submissions (submissions.ts) and comparing
// with an earlier one (revisions.ts). The loaded dataset lives in the
// in-memory database `fundwatch` (engine.ts, DATABASE_SETTINGS) and every
// SQL file names its tables without a database, so a dataset loaded while
// another database is in use (`USE`) lands there and leaves the loaded
// tables alone: a submission that fails to load, or a comparison, never
// touches what the page shows. The page runs each such task alone
// (app/data/engine.ts, withEngine) and the command line runs one thing at a
// time, so no other query runs while another database is in use.
import { MAIN_DATABASE, type Engine } from './engine';
import { ident } from '../queries/sql';

/** Attaches an empty in-memory database `name` (compressed like the main one). */
export async function attachDatabase(engine: Engine, name: string): Promise<void> {
  await engine.query(`ATTACH ':memory:' AS ${ident(name).text} (COMPRESS)`);
}

/** Detaches `name` and drops what it held; safe when it is not attached. */
export async function detachDatabase(engine: Engine, name: string): Promise<void> {
  await engine.query(`DETACH DATABASE IF EXISTS ${ident(name).text}`);
}

/**
 * Runs `task` with `name` as the database unqualified names resolve to,
 * then returns to the one in use before (the main one, or the comparison's
 * while a merged comparison loads its submissions).
 */
export async function inDatabase<T>(engine: Engine, name: string, task: () => Promise<T>): Promise<T> {
  const [row] = await engine.query('SELECT current_database() AS db');
  const previous = typeof row?.db === 'string' ? row.db : MAIN_DATABASE;
  await engine.query(`USE ${ident(name).text}`);
  try {
    return await task();
  } finally {
    await engine.query(`USE ${ident(previous).text}`);
  }
}

/** A contract table of database `database`, qualified (`"db".main."table"`). */
export function tableIn(database: string, table: string): string {
  return `${ident(database).text}.main.${ident(table).text}`;
}
