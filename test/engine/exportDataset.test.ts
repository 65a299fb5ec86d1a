// The loaded sample exported as CSV files loads again to the same analysis.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { analyze } from '../../src/engine/queries/analyze';
import { exportDataset, zipExport } from '../../src/engine/export/exportDataset';
import { unzipSync } from 'fflate';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { useEngine } from './harness';

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
});
