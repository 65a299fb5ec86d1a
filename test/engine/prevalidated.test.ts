// The built-in sample's fast path (engine/prevalidated.ts) must be the
// full load without the work: the same typed tables, row for row, the same
// report and the same analysis, and every other shape of input still gets
// the full validation.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { analyze } from '../../src/engine/queries/analyze';
import { CONTRACT } from '../../src/engine/contract/contract';
import type { Engine, Row } from '../../src/engine/runtime/engine';
import { loadDataset, type LoadReport } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadPrevalidated } from '../../src/engine/ingest/prevalidated';
import type { DatasetFile } from '../../src/engine/formats/files';
import { csv, tinyWith, useEngine } from './harness';

const SAMPLE_DIR = join(import.meta.dirname, '../../data/sample');

/**
 * Every contract table, every column as text (money and dates exactly as
 * stored), in stored order, and its types. Not the roster's person_id: a
 * hash salted afresh on every load (engine/personId.ts).
 */
async function dump(engine: Engine): Promise<Record<string, { types: Row[]; rows: Row[] }>> {
  const out: Record<string, { types: Row[]; rows: Row[] }> = {};
  for (const spec of CONTRACT) {
    const columns = spec.columns
      .filter((c) => c.name !== 'person_id')
      .map((c) => `CAST("${c.name}" AS VARCHAR) AS "${c.name}"`)
      .join(', ');
    out[spec.name] = {
      types: await engine.query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = '${spec.name}' ORDER BY ordinal_position`,
      ),
      rows: await engine.query(`SELECT ${columns} FROM "${spec.name}" ORDER BY rowid`),
    };
  }
  return out;
}

/** The SQL an engine is asked to run, for telling which path a load took. */
function recording(engine: Engine): { engine: Engine; sql: string[] } {
  const sql: string[] = [];
  return { engine: { ...engine, query: (text) => (sql.push(text), engine.query(text)) }, sql };
}

describe('loadPrevalidated', () => {
  const engine = useEngine();
  let sample: DatasetFile[];
  beforeAll(async () => {
    sample = await readDatasetDir(SAMPLE_DIR);
  });

  it('loads the sample into the same tables, with the same report and analysis, as the full load', async () => {
    const full = await loadDataset(engine(), sample);
    expect(full.ok).toBe(true);
    expect(full.problems).toEqual([]);
    const fullTables = await dump(engine());
    const quarter = full.quarters.at(-1) ?? '';
    if (!full.policyFile) throw new Error('the sample has no policy');
    const fullAnalysis = toAnalysisJson(await analyze(engine(), quarter, full.policyFile));

    // Something else in between, so nothing of the first load could pass for the second.
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);

    const { engine: recorded, sql } = recording(engine());
    const fast: LoadReport = await loadPrevalidated(recorded, sample);
    expect(sql.some((s) => /fundwatch_stage|\bcheck_(id|\d+)\b/.test(s)), 'no staging, no validation').toBe(false);
    expect(sql.filter((s) => /read_csv/.test(s))).toHaveLength(full.files.length);
    expect(fast).toEqual(full);
    expect(fast.tables.fund_flows).toBe(22626);
    expect(await dump(engine())).toEqual(fullTables);
    if (!fast.policyFile) throw new Error('no policy after the fast load');
    expect(toAnalysisJson(await analyze(engine(), quarter, fast.policyFile))).toEqual(fullAnalysis);
  });

  it('takes the full load, problems and all, for files not in the contract shape', async () => {
    const cases: [string, DatasetFile[]][] = [
      ['an invalid value', await tinyWith(csv('fund_balances.csv', 'year,region_code,fund,opening_balance\n2024,150000,assistance,1.234\n'))],
      ['Chinese headers', await tinyWith(csv('fund_balances.csv', '年度,区划代码,基金,年初累计结余\n2024,150000,assistance,1.00\n'))],
      ['a BOM', await tinyWith(csv('fund_balances.csv', '\ufeffyear,region_code,fund,opening_balance\n2024,150000,assistance,1.00\n'))],
      ['CRLF line ends', await tinyWith(csv('fund_balances.csv', 'year,region_code,fund,opening_balance\r\n2024,150000,assistance,1.00\r\n'))],
      ['a template note row', await tinyWith(csv('fund_balances.csv', 'year,region_code,fund,opening_balance\n# 说明,,,\n2024,150000,assistance,1.00\n'))],
      ['a roster', await tinyWith(csv('roster.csv', 'quarter,person_id,region_code,category,source,enrolled\n2024Q4,150102199001011234,150102,dibao,civil_affairs,true\n'))],
      ['an unknown file', await tinyWith(csv('notes.csv', 'a\n1\n'))],
      ['a broken policy.json', await tinyWith(csv('policy.json', '{'))],
    ];
    for (const [what, files] of cases) {
      const full = await loadDataset(engine(), files);
      const fullTables = full.ok ? await dump(engine()) : null;
      const { engine: recorded, sql } = recording(engine());
      const report = await loadPrevalidated(recorded, files);
      expect(report, what).toEqual(full);
      expect(sql.some((s) => /\bcheck_(id|\d+)\b/.test(s)), `${what}: validated`).toBe(true);
      if (fullTables) expect(await dump(engine()), what).toEqual(fullTables);
    }
  });
});
