// A dataset the command line has loaded before, kept as the DuckDB file of
// its loaded tables: the built-in dataset's prebuilt artefact
// (engine/ingest/prebuilt.ts), made for any folder on the first run. The
// next `analyze` or `report` of the same bytes answers from it instead of
// reading, casting and validating the files again (about half of `analyze`'s
// time on a small dataset). Its key is the SHA-256 of every file's
// name and bytes; the runner (scripts/run-cli.mjs) puts the folder inside
// the CLI bundle's own, which is keyed by the sources, so a change of the
// loading rules starts an empty cache.
//
// Kept only for what is safe and cheap to keep: a load with no problem at
// all (a warning must be said on every run), no person-level rows (a
// roster's hashed and masked IDs are never written to disk), and inputs up
// to CACHE_MAX_INPUT_BYTES (a province's roster would take seconds to hash
// and gigabytes to keep). A file that cannot be attached is removed and the
// dataset loaded from its files, as without a cache.
//
// The entry's .json carries the policy the load read and a SHA-256 binding
// that policy to the entry's key: the key covers the policy.json bytes, but
// the .json is a plain text file beside them, and a policy edited there (by
// hand, by a tool, half-written by a disk) would be answered from silently,
// every threshold and ratio in the output changed. A digest that does not
// match makes the entry unusable, loaded from the files and written again.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePolicyFile } from '../domain/policy/policy';
import type { PolicyFile } from '../domain/policy/types';
import { CONTRACT } from '../engine/contract/contract';
import { hasPersonIds } from '../engine/contract/personId';
import type { LoadReport } from '../engine/ingest/load';
import { PREBUILT_DATABASE, settlePrebuilt, writePrebuilt } from '../engine/ingest/prebuilt';
import type { Submission } from '../engine/ingest/submissions';
import { MAIN_DATABASE, type Engine } from '../engine/runtime/engine';
import { ident, renderSql, SQL } from '../engine/queries/sql';

/** Inputs larger than this (all files together) are loaded from their files every time. */
export const CACHE_MAX_INPUT_BYTES = 32 * 2 ** 20;
/** Entries kept; the least recently used go first. */
export const CACHE_ENTRIES = 16;
/** An entry's .json holds a policy: a few KB. */
const META_MAX_BYTES = 2 ** 20;
/** Changes when what an entry holds changes shape. */
const CACHE_FORMAT = 'fundwatch-dataset-cache-2';

/** The entry's name for these submissions, or null when they are too big to keep. */
export async function datasetKey(submissions: readonly Submission[]): Promise<string | null> {
  let bytes = 0;
  for (const s of submissions) for (const f of s.files) bytes += 'blob' in f ? f.blob.size : f.bytes.byteLength;
  if (bytes > CACHE_MAX_INPUT_BYTES) return null;
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${submissions.length}\0`);
  for (const s of submissions) {
    hash.update(`${s.name}\0${s.files.length}\0`);
    for (const f of [...s.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const content = 'blob' in f ? new Uint8Array(await f.blob.arrayBuffer()) : f.bytes;
      hash.update(`${f.name}\0${content.byteLength}\0`).update(content);
    }
  }
  return hash.digest('hex');
}

const paths = (dir: string, key: string) => ({ db: join(dir, `${key}.duckdb`), meta: join(dir, `${key}.json`) });

/** What the entry's .json says, the policy kept as the exact text its digest covers. */
interface StoredMeta {
  format: string;
  policy: string;
  digest: string;
}

const policyDigest = (key: string, policy: string): string => createHash('sha256').update(`${CACHE_FORMAT}\0${key}\0${policy}`).digest('hex');

/**
 * The entry's tables as the database in use, and its policy; null when
 * there is no usable entry (nothing loaded then). Attached read-only, as
 * `analyze` and `report` only read; with `settle`, copied into the engine's
 * own database (~20 ms), where a comparison looks for them by name.
 */
export async function openCached(engine: Engine, dir: string, key: string, settle: boolean): Promise<PolicyFile | null> {
  const { db, meta } = paths(dir, key);
  let policyFile: PolicyFile;
  try {
    // Only regular files: reading a FIFO put there blocks for good, and kept the process alive through SIGTERM.
    const [metaStat, dbStat] = await Promise.all([stat(meta), stat(db)]);
    if (!metaStat.isFile() || metaStat.size > META_MAX_BYTES || !dbStat.isFile()) return null;
    const stored = JSON.parse(await readFile(meta, 'utf8')) as Partial<Record<keyof StoredMeta, unknown>>;
    if (stored.format !== CACHE_FORMAT || typeof stored.policy !== 'string' || stored.digest !== policyDigest(key, stored.policy)) {
      await Promise.all([rm(db, { force: true }), rm(meta, { force: true })]);
      return null;
    }
    policyFile = parsePolicyFile(JSON.parse(stored.policy));
  } catch {
    return null;
  }
  try {
    await engine.query(renderSql(SQL.prebuiltAttach, { file: db, prebuilt: ident(PREBUILT_DATABASE) }));
    // Copied as the page does (revisions.ts reads the main database by name).
    if (settle) await settlePrebuilt(engine);
  } catch {
    // Damaged or from another DuckDB: loaded from the files instead, and written again then.
    await engine.query(`USE ${ident(MAIN_DATABASE).text}; DETACH DATABASE IF EXISTS ${ident(PREBUILT_DATABASE).text}`).catch(() => undefined);
    // A read-only folder keeps the damaged entry (EACCES); the files are read all the same.
    await Promise.all([rm(db, { force: true }), rm(meta, { force: true })]).catch(() => undefined);
    return null;
  }
  const now = new Date();
  await utimes(meta, now, now).catch(() => undefined);
  return policyFile;
}

/** Whether a finished load may be kept (see the top of this file). */
export function keepable(report: LoadReport): boolean {
  if (!report.ok || report.problems.length > 0 || report.policyFile === null) return false;
  return CONTRACT.every((spec) => !hasPersonIds(spec) || (report.tables[spec.name] ?? 0) === 0);
}

/**
 * Writes the engine's loaded tables as the entry `key`. Written under
 * temporary names and renamed into place, the database last: another
 * process never attaches half a file. Failing to write only costs the next
 * run its speed, so nothing is thrown.
 */
export async function storeCached(engine: Engine, dir: string, key: string, policyFile: PolicyFile): Promise<void> {
  const { db, meta } = paths(dir, key);
  const temp = join(dir, `${key}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const policy = JSON.stringify(policyFile);
    const stored: StoredMeta = { format: CACHE_FORMAT, policy, digest: policyDigest(key, policy) };
    await writeFile(`${temp}.json`, JSON.stringify(stored));
    await writePrebuilt(engine, `${temp}.duckdb`);
    await rename(`${temp}.json`, meta);
    await rename(`${temp}.duckdb`, db);
    await prune(dir);
  } catch {
    // Only the next run's speed is lost.
  } finally {
    // `force` ignores only a missing file: a cache "folder" that is a file makes each of these ENOTDIR.
    await Promise.all([`${temp}.json`, `${temp}.duckdb`, `${temp}.duckdb.wal`].map((p) => rm(p, { force: true }).catch(() => undefined)));
  }
}

/** A temporary file this old is a run's that ended before its `finally` (killed, or Ctrl-C, which exits at once: run-cli.mjs), never one being written. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Keeps the CACHE_ENTRIES most recently used entries (an entry's use touches
 * its .json), and removes stale temporary files: each would keep a whole
 * dataset's tables on the disk for good.
 */
async function prune(dir: string): Promise<void> {
  const names = await readdir(dir);
  const now = Date.now();
  for (const n of names.filter((name) => /^[0-9a-f]{64}\.\d+\.\d+\.tmp\./.test(name))) {
    const at = await stat(join(dir, n)).then((s) => s.mtimeMs, () => now);
    if (now - at > STALE_TEMP_MS) await rm(join(dir, n), { force: true }).catch(() => undefined);
  }
  const metas = names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
  if (metas.length <= CACHE_ENTRIES) return;
  const dated = await Promise.all(metas.map(async (n) => ({ key: n.slice(0, 64), at: (await stat(join(dir, n))).mtimeMs })));
  dated.sort((a, b) => b.at - a.at);
  for (const { key } of dated.slice(CACHE_ENTRIES)) {
    const { db, meta } = paths(dir, key);
    await Promise.all([rm(db, { force: true }), rm(meta, { force: true })]);
  }
}
