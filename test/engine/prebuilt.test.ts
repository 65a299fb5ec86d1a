// The built-in dataset's prebuilt artefact (engine/prebuilt.ts): written by
// native DuckDB from the full load, as `vite build` does, and read by
// DuckDB-wasm, it gives the very tables (types and rows) and analysis the
// full load gives, attached as it is and once copied into the engine's own
// database; a load that fails after it leaves those tables as they were;
// bytes that are not such a file fail without leaving anything attached.
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
import { attachPrebuilt, loadPrebuilt, PREBUILT_DATABASE, settlePrebuilt, writePrebuilt } from '../../src/engine/ingest/prebuilt';
import type { DatasetFile } from '../../src/engine/formats/files';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { useEngine } from './harness';

const SAMPLE_DIR = join(import.meta.dirname, '../../data/sample');

/** Each contract table's column types (in `database`) and rows (in the database in use). */
async function dump(engine: Engine, database = 'fundwatch'): Promise<Record<string, { types: Row[]; rows: Row[] }>> {
  const out: Record<string, { types: Row[]; rows: Row[] }> = {};
  for (const spec of CONTRACT) {
    const columns = spec.columns.map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`).join(', ');
    out[spec.name] = {
      types: await engine.query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_catalog = '${database}' AND table_name = '${spec.name}' ORDER BY ordinal_position`,
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

/** The sample written by native DuckDB as the build writes it. */
async function prebuiltSample(files: DatasetFile[]): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'fundwatch-prebuilt-'));
  const native = await createNativeEngine();
  try {
    const report = await loadDataset(native, files);
    expect(report.ok).toBe(true);
    await writePrebuilt(native, join(dir, 'builtin.duckdb'));
    return new Uint8Array(await readFile(join(dir, 'builtin.duckdb')));
  } finally {
    await native.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const inUse = async (engine: Engine): Promise<unknown> => (await engine.query('SELECT current_database() AS db'))[0]?.db;
const attached = (engine: Engine): Promise<Row[]> => engine.query(`SELECT database_name FROM duckdb_databases() WHERE database_name = '${PREBUILT_DATABASE}'`);

describe('the prebuilt built-in dataset', () => {
  const engine = useEngine();

  it('written natively and read by DuckDB-wasm, is the full load: the same tables and analysis, attached and once copied', async () => {
    const files = await readDatasetDir(SAMPLE_DIR);
    const bytes = await prebuiltSample(files);

    const full = await loadDataset(engine(), files);
    if (!full.policyFile) throw new Error('the sample has no policy');
    const quarter = full.quarters.at(-1) ?? '';
    const fullTables = await dump(engine());
    const fullAnalysis = toAnalysisJson(await analyze(engine(), quarter, full.policyFile));
    await emptyDatabase(engine());

    // Attached: its own tables answer, in the database in use.
    await attachPrebuilt(engine(), bytes);
    expect(await inUse(engine())).toBe(PREBUILT_DATABASE);
    const attachedTables = await dump(engine(), PREBUILT_DATABASE);
    expect(attachedTables.fund_flows?.rows.length).toBeGreaterThan(10_000);
    expect(attachedTables).toEqual(fullTables);
    expect(toAnalysisJson(await analyze(engine(), quarter, full.policyFile))).toEqual(fullAnalysis);

    // Settled: the same, in the engine's own database, the file let go.
    await settlePrebuilt(engine());
    expect(await inUse(engine())).toBe('fundwatch');
    expect(await attached(engine())).toEqual([]);
    expect(await dump(engine())).toEqual(fullTables);
    expect(toAnalysisJson(await analyze(engine(), quarter, full.policyFile))).toEqual(fullAnalysis);

    await emptyDatabase(engine());
    await loadPrebuilt(engine(), bytes);
    expect(await dump(engine())).toEqual(fullTables);
  });

  it('keeps its tables through a load that fails after it, attached or settled', async () => {
    const files = await readDatasetDir(SAMPLE_DIR);
    const bytes = await prebuiltSample(files);
    const policy = (await loadDataset(engine(), files)).policyFile;
    if (!policy) throw new Error('the sample has no policy');
    await emptyDatabase(engine());
    // Every file of the sample, one row of the flows broken: the load reads, stages and validates all of it, then refuses.
    const flows = files.find((f) => f.name.endsWith('fund_flows.csv'));
    if (!flows || !('bytes' in flows)) throw new Error('the sample has no fund_flows.csv');
    const lines = new TextDecoder().decode(flows.bytes).split('\n');
    lines[1] = lines[1]?.replace(/^[^,]*/, '2024Q5') ?? '';
    const broken = files.map((f) => (f === flows ? { name: f.name, bytes: new TextEncoder().encode(lines.join('\n')) } : f));

    await attachPrebuilt(engine(), bytes);
    const tables = await dump(engine(), PREBUILT_DATABASE);
    const analysis = toAnalysisJson(await analyze(engine(), '2024Q4', policy));
    // Before the copy the attached file is read-only: a load cannot write, whatever it holds.
    const early = await loadDataset(engine(), files).catch((e: unknown) => e);
    expect(early instanceof Error || (typeof early === 'object' && early !== null && 'ok' in early && early.ok === false)).toBe(true);
    expect(await inUse(engine())).toBe(PREBUILT_DATABASE);
    expect(await dump(engine(), PREBUILT_DATABASE)).toEqual(tables);

    await settlePrebuilt(engine());
    const report = await loadDataset(engine(), broken);
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.file.endsWith('fund_flows.csv') && p.severity === 'error')).toBe(true);
    expect(await dump(engine())).toEqual(tables);
    expect(toAnalysisJson(await analyze(engine(), '2024Q4', policy))).toEqual(analysis);
  });

  it('refuses bytes that are not a database file, and leaves nothing attached', async () => {
    await expect(attachPrebuilt(engine(), new TextEncoder().encode('not a database'))).rejects.toThrow();
    expect(await attached(engine())).toEqual([]);
    expect(await inUse(engine())).toBe('fundwatch');
    await expect(loadPrebuilt(engine(), new TextEncoder().encode('not a database'))).rejects.toThrow();
    expect(await attached(engine())).toEqual([]);
  });
});
