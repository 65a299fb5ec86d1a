// The loaded sample exported as CSV files loads again to the same analysis.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { analyze } from '../../src/engine/queries/analyze';
import { exportDataset, zipExport } from '../../src/engine/export/exportDataset';
import { unzipSync } from 'fflate';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, tinyWith, useEngine } from './harness';
import { readFileSync } from 'node:fs';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

describe('exportDataset', () => {
  const engine = useEngine();

  it('round-trips the sample: export, load the export, same numbers', async () => {
    const first = await loadDataset(engine(), await readDatasetDir(SAMPLE));
    if (!first.ok || !first.policyFile) throw new Error(JSON.stringify(first.problems.slice(0, 3)));
    const quarter = first.quarters.at(-1) ?? '';
    const before = JSON.stringify(toAnalysisJson(await analyze(engine(), quarter, first.policyFile)));
    const exported = await exportDataset(engine(), first.policyFile);
    expect(exported.map((f) => f.name)).toEqual([
      'regions.csv',
      'assistance_enrollment.csv',
      'resident_enrollment.csv',
      'fund_flows.csv',
      'fund_balances.csv',
      'budgets.csv',
      'obligations.csv',
      'transfers.csv',
      'allocation_factors.csv',
      'allocation_totals.csv',
      'region_tiles.csv',
      'policy.json',
    ]);
    // One download: the ZIP holds every file, byte for byte, and is the same for the same data.
    const zip = zipExport(exported);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(exported.map((f) => f.name));
    // Bytes compared as Buffers: toEqual walks a typed array element by element (seconds per MB).
    const same = (a: Uint8Array | undefined, b: Uint8Array): boolean => a !== undefined && Buffer.from(a).equals(b);
    for (const f of exported) expect(same(unzipped[f.name], f.bytes), f.name).toBe(true);
    expect(same(zipExport(exported), zip)).toBe(true);
    const second = await loadDataset(engine(), Object.entries(unzipped).map(([name, bytes]) => ({ name, bytes })));
    expect(second.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(second.tables).toEqual(first.tables);
    expect(JSON.stringify(toAnalysisJson(await analyze(engine(), quarter, second.policyFile ?? first.policyFile)))).toBe(before);
  });

  it('round-trips text a spreadsheet would run: the export neutralises it with an apostrophe, the load takes the apostrophe off again', async () => {
    const names = ['=HYPERLINK("http://x","y")', '+86 区', '-东区', '@SUM(A1)', "'引号区"];
    const lines = readFileSync(join(import.meta.dirname, '../fixtures/tiny/regions.csv'), 'utf8').split(/\r?\n/);
    const regions = lines.map((line, i) => (i >= 2 && i < 2 + names.length ? line.replace(/^(\d+),[^,]*/, (_, code: string) => `${code},"${names[i - 2]!.replace(/"/g, '""')}"`) : line));
    const transfers =
      'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
      '-1,2024,assistance,central,150000,advance,100.00,2024-01-15,2024-01-20,\n' +
      '=2,2024,assistance,central,150000,formal,50.00,2024-03-15,2024-03-20,-1\n';
    const first = await loadDataset(engine(), await tinyWith(csv('regions.csv', regions.join('\n')), csv('transfers.csv', transfers)));
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const read = async (): Promise<unknown> => [
      await engine().query('SELECT region_code, name FROM regions ORDER BY region_code'),
      await engine().query('SELECT transfer_id, source_transfer_id FROM transfers ORDER BY transfer_id'),
    ];
    const loaded = await read();
    expect((loaded as { name: string }[][])[0]!.slice(1, 1 + names.length).map((r) => r.name)).toEqual(names);
    const exported = await exportDataset(engine(), null);
    const text = new TextDecoder().decode(exported.find((f) => f.name === 'regions.csv')?.bytes);
    // What Excel and WPS open: every formula start neutralised, the apostrophe-led name as it was.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(text).toContain(",'-东区,");
    expect(text).toContain(",'引号区,");
    const second = await loadDataset(engine(), exported);
    expect(second.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await read()).toEqual(loaded);
  });
});
