// The built-in dataset's prebuilt artefact (engine/prebuilt.ts): written by
// native DuckDB from the full load, as `vite build` does, and read by
// DuckDB-wasm, it gives the very tables (types and rows) and analysis the
// full load gives; bytes that are not such a file fail without leaving
// anything attached.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { analyze } from '../../src/engine/queries/analyze';
import { CONTRACT } from '../../src/engine/contract/contract';
import type { Engine, Row } from '../../src/engine/runtime/engine';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadPrebuilt, writePrebuilt } from '../../src/engine/ingest/prebuilt';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { useEngine } from './harness';

const SAMPLE_DIR = join(import.meta.dirname, '../../data/sample');

async function dump(engine: Engine): Promise<Record<string, { types: Row[]; rows: Row[] }>> {
  const out: Record<string, { types: Row[]; rows: Row[] }> = {};
  for (const spec of CONTRACT) {
    const columns = spec.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`).join(', ');
    out[spec.name] = {
      types: await engine.query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_catalog = 'fundwatch' AND table_name = '${spec.name}' ORDER BY ordinal_position`,
      ),
      rows: await engine.query(`SELECT ${columns} FROM "${spec.name}" ORDER BY rowid`),
    };
  }
  return out;
}

/** The engine's database as the page's is before its first load: no views, tables or types. */
async function emptyDatabase(engine: Engine): Promise<void> {
  const where = "database_name = 'fundwatch' AND NOT internal";
  for (const v of await engine.query(`SELECT schema_name, view_name FROM duckdb_views() WHERE ${where}`)) {
    await engine.query(`DROP VIEW "${String(v.schema_name)}"."${String(v.view_name)}"`);
  }
  for (const t of await engine.query(`SELECT schema_name, table_name FROM duckdb_tables() WHERE ${where}`)) {
    await engine.query(`DROP TABLE "${String(t.schema_name)}"."${String(t.table_name)}" CASCADE`);
  }
  for (const t of await engine.query(`SELECT schema_name, type_name FROM duckdb_types() WHERE ${where}`)) {
    await engine.query(`DROP TYPE "${String(t.schema_name)}"."${String(t.type_name)}"`);
  }
}

describe('the prebuilt built-in dataset', () => {
  const engine = useEngine();

  it('written natively and read by DuckDB-wasm, is the full load: the same tables and analysis', async () => {
    const files = await readDatasetDir(SAMPLE_DIR);
    const dir = await mkdtemp(join(tmpdir(), 'fundwatch-prebuilt-'));
    const native = await createNativeEngine();
    let bytes: Uint8Array;
    try {
      const report = await loadDataset(native, files);
      expect(report.ok).toBe(true);
      await writePrebuilt(native, join(dir, 'builtin.duckdb'));
      bytes = new Uint8Array(await readFile(join(dir, 'builtin.duckdb')));
    } finally {
      await native.close();
      await rm(dir, { recursive: true, force: true });
    }

    const full = await loadDataset(engine(), files);
    if (!full.policyFile) throw new Error('the sample has no policy');
    const quarter = full.quarters.at(-1) ?? '';
    const fullTables = await dump(engine());
    const fullAnalysis = toAnalysisJson(await analyze(engine(), quarter, full.policyFile));
    await emptyDatabase(engine());

    await loadPrebuilt(engine(), bytes);
    const prebuiltTables = await dump(engine());
    expect(prebuiltTables.fund_flows?.rows.length).toBeGreaterThan(10_000);
    expect(prebuiltTables).toEqual(fullTables);
    expect(toAnalysisJson(await analyze(engine(), quarter, full.policyFile))).toEqual(fullAnalysis);
  });

  it('refuses bytes that are not a database file, and leaves nothing attached', async () => {
    await expect(loadPrebuilt(engine(), new TextEncoder().encode('not a database'))).rejects.toThrow();
    const attached = await engine().query("SELECT database_name FROM duckdb_databases() WHERE database_name = 'fundwatch_prebuilt'");
    expect(attached).toEqual([]);
  });
});
