// Loading files that were validated before: the built-in sample. `vite
// build` loads data/sample with loadDataset (scripts/snapshot: a sample that
// does not load fails the build), and test/engine/prevalidated.test.ts
// checks that this path gives the very tables and report loadDataset gives
// for it. So when the page starts, the sample skips staging and validation
// (about half of the engine's first work) and each file is read straight
// into its typed table: one statement per table, in one transaction.
//
// Only files in the contract's own shape qualify: CSV, UTF-8 without BOM,
// the header exactly the contract's column names in order, no roster (its
// IDs are hashed on load), a valid policy.json, nothing else. Anything else
// takes the full loadDataset, so the worst a wrong call can cost is time.
import { CONTRACT, tableType, type TableSpec } from '../contract/contract';
import { headerCells } from '../formats/csvHeader';
import { decodeText } from '../formats/decode';
import type { Engine } from '../runtime/engine';
import { readWholeFiles, sortFiles, type DatasetFile, type SortedFiles } from '../formats/files';
import { defaultPolicyFor } from '../../domain/policy/policy';
import { columnDefs, loadDataset, provinceCode, readPolicy, regionLevelWords, rosterMergedSql, type FileReport, type LoadReport } from './load';
import { listQuarters } from '../queries/quarters';
import { fragment, ident, renderSql, SQL } from '../queries/sql';
import { regionPoolsSql } from '../queries/regionPools';

/** The contract's shape, checked on the bytes (cheap); null when the files need the full load. */
function prevalidatedShape(sorted: SortedFiles): { spec: TableSpec; file: string; bytes: Uint8Array }[] | null {
  if (sorted.problems.length > 0) return null;
  const out: { spec: TableSpec; file: string; bytes: Uint8Array }[] = [];
  for (const source of sorted.sources) {
    if (source.format !== 'csv' || source.spec.name === 'roster' || !(source.content instanceof Uint8Array)) return null;
    const decoded = decodeText(source.content);
    if (decoded.encoding !== 'utf-8' || decoded.text.includes('\r')) return null;
    const header = headerCells(decoded.text);
    if (header.join(',') !== source.spec.columns.map((c) => c.name).join(',')) return null;
    out.push({ spec: source.spec, file: source.file, bytes: source.content });
  }
  return out;
}

function columnTypes(spec: TableSpec): string {
  return `{${spec.columns.map((c) => `'${c.name}': '${tableType(c).replace(/'/g, "''")}'`).join(', ')}}`;
}

/**
 * Loads files validated before (see the top of this file) as loadDataset
 * would, with the same report; files of any other shape go through loadDataset.
 */
export async function loadPrevalidated(engine: Engine, files: readonly DatasetFile[]): Promise<LoadReport> {
  const sorted = sortFiles(await readWholeFiles(files));
  const sources = prevalidatedShape(sorted);
  const policy = readPolicy(sorted.policy);
  if (sources === null || policy.file === null || policy.problems.length > 0) return loadDataset(engine, files);

  const registered = sources.map((s) => `fundwatch_prevalidated_${s.spec.name}.csv`);
  for (const [i, s] of sources.entries()) await engine.registerFile(registered[i] ?? '', s.bytes);
  const rows = new Map<TableSpec, number>();
  try {
    await engine.query('BEGIN TRANSACTION');
    try {
      for (const spec of CONTRACT) {
        const i = sources.findIndex((s) => s.spec === spec);
        const table = ident(spec.name);
        if (i < 0) {
          await engine.query(renderSql(SQL.createTable, { table, column_defs: fragment(columnDefs(spec)) }));
          continue;
        }
        const [created] = await engine.query(
          renderSql(SQL.prevalidatedTable, { table, file: registered[i] ?? '', columns: fragment(columnTypes(spec)) }),
        );
        rows.set(spec, Number(created?.Count));
      }
      await engine.query(rosterMergedSql(null));
      await engine.query(regionPoolsSql());
      await engine.query(SQL.regionAncestors);
      await engine.query('COMMIT');
    } catch (e) {
      await engine.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    for (const name of registered) await engine.dropFile(name);
  }
  const files_: FileReport[] = sources.map((s) => ({
    file: s.file,
    sheet: null,
    table: s.spec.name,
    format: 'csv',
    encoding: 'utf-8',
    rows: rows.get(s.spec) ?? 0,
  }));
  const tables: Record<string, number> = {};
  for (const spec of CONTRACT) tables[spec.name] = rows.get(spec) ?? 0;
  return {
    ok: true,
    cancelled: false,
    problems: [],
    tables,
    files: files_,
    policyFile: sorted.policy ? policy.file : defaultPolicyFor(await provinceCode(engine)),
    policyDefaults: !sorted.policy,
    quarters: await listQuarters(engine),
    levelWords: await regionLevelWords(engine, 'regions'),
  };
}
