// The generated sample dataset (data/sample) loads cleanly, and the engine's
// roll-ups equal sums computed here straight from the CSV text with Decimal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec, sum, type Decimal } from '../../src/domain/money';
import type { Analysis } from '../../src/domain/types';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset, type LoadReport } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { useEngine } from './harness';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

/** Rows of a sample CSV as objects; the sample has no quoted cells (checked), so splitting on commas is exact. */
function table(name: string): Record<string, string>[] {
  const text = readFileSync(join(SAMPLE, name), 'utf8').replace(/^\ufeff/, '');
  expect(text).not.toContain('"');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i] ?? '', cell])));
}

describe('sample dataset', () => {
  const engine = useEngine();
  let report: LoadReport;
  let analysis: Analysis;
  const regions = table('regions.csv');
  const flows = table('fund_flows.csv');
  const enrollment = table('assistance_enrollment.csv');
  const balances = table('fund_balances.csv');

  beforeAll(async () => {
    report = await loadDataset(engine(), await readDatasetDir(SAMPLE));
    if (!report.ok || !report.policyFile) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
    analysis = await analyze(engine(), report.quarters.at(-1) ?? '', report.policyFile);
  });

  it('loads without errors, every row of every file', () => {
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.tables.fund_flows).toBe(flows.length);
    expect(report.tables.assistance_enrollment).toBe(enrollment.length);
    expect(report.tables.regions).toBe(regions.length);
  });

  it('province recipients and enrolled equal the sums over all rows of the latest quarter', () => {
    const quarter = analysis.quarter;
    const rows = enrollment.filter((r) => r.quarter === quarter);
    const recipients = rows.reduce((n, r) => n + Number(r.recipients), 0);
    const enrolled = rows.reduce((n, r) => n + Number(r.enrolled), 0);
    const province = regions.find((r) => r.level === 'province')?.region_code;
    const row = analysis.coverage.find((c) => c.regionCode === province && c.category === null);
    expect([row?.recipients, row?.enrolled]).toEqual([recipients, enrolled]);
    expect(recipients).toBeGreaterThan(0);
  });

  it("each city's YTD income, expenditure and accumulated balance equal the CSV sums of the city and its counties", () => {
    const { quarter } = analysis;
    const year = quarter.slice(0, 4);
    const cities = regions.filter((r) => r.level === 'city');
    expect(cities.length).toBeGreaterThan(0);
    for (const city of cities) {
      const members = new Set([city.region_code, ...regions.filter((r) => r.parent_code === city.region_code).map((r) => r.region_code)]);
      for (const fund of ['assistance', 'resident']) {
        const ytd = flows.filter((f) => members.has(f.region_code ?? '') && f.fund === fund && f.quarter?.startsWith(year) && (f.quarter ?? '') <= quarter);
        const total = (direction: string): Decimal => sum(ytd.filter((f) => f.direction === direction).map((f) => new Dec(f.amount ?? '')));
        const opening = sum(balances.filter((b) => b.year === year && b.fund === fund && members.has(b.region_code ?? '')).map((b) => new Dec(b.opening_balance ?? '')));
        const status = analysis.funds.find((s) => s.regionCode === city.region_code && s.fund === fund);
        expect(status, `${city.region_code} ${fund}`).toBeDefined();
        expect(status?.ytdIncome.toFixed(2)).toBe(total('income').toFixed(2));
        expect(status?.ytdExpenditure.toFixed(2)).toBe(total('expenditure').toFixed(2));
        expect(status?.accumulatedBalance?.toFixed(2)).toBe(opening.plus(total('income')).minus(total('expenditure')).toFixed(2));
      }
    }
  });
});
