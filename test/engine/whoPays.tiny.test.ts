// The SQL behind issue 3's inputs, on the tiny fixture plus hand-written
// optional files: roll-ups over the region tree, shortfalls, dates as text.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysis, type AnalysisInput } from '../../src/domain/analysis';
import { readAnalysisInput } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { csv, tinyWith, useEngine } from './harness';

describe('issue 3 inputs from SQL', () => {
  const engine = useEngine();
  let input: AnalysisInput;
  let empty: AnalysisInput;

  beforeAll(async () => {
    const files = await tinyWith(
      csv(
        'obligations.csv',
        [
          'year,region_code,fund,kind,due,paid',
          '2024,150102,resident,contribution,1000.00,400.01', // short 599.99
          '2024,150102,resident,matching_subsidy,500.00,600.00', // overpaid: 0, does not offset
          '2023,150102,resident,contribution,9.00,0.00', // another year
        ].join('\n'),
      ),
      csv('resident_enrollment.csv', ['quarter,region_code,insured', '2024Q4,150102,1000', '2024Q4,150103,234', '2024Q3,150102,1'].join('\n')),
      csv(
        'budgets.csv',
        ['year,region_code,fund,direction,amount', '2024,150100,resident,income,100.10', '2024,150102,resident,income,200.20', '2023,150102,resident,income,1.00'].join('\n'),
      ),
      csv(
        'transfers.csv',
        [
          'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id',
          'C1,2024,resident,central,150000,formal,1000.00,2024-05-01,2024-05-06,',
          'P1,2024,resident,province,150100,formal,600.00,2024-06-23,,C1',
        ].join('\n'),
      ),
      csv('allocation_totals.csv', ['year,pot,amount', '2024,assistance,100.00', '2023,assistance,5.00'].join('\n')),
      csv(
        'allocation_factors.csv',
        ['year,region_code,pot,need,tier_ratio,performance,population,incidence,fiscal', '2024,150100,assistance,1.5,1.2,80,0,0,0', '2024,150200,assistance,3,0.8,90,0,0,0'].join('\n'),
      ),
    );
    const report = await loadDataset(engine(), files);
    if (!report.ok || !report.policyFile) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
    input = await readAnalysisInput(engine(), '2024Q4', report.policyFile);
    const plain = await loadDataset(engine(), await tinyWith());
    if (!plain.ok || !plain.policyFile) throw new Error('tiny fixture did not load');
    empty = await readAnalysisInput(engine(), '2024Q4', plain.policyFile);
  });

  it('shortfalls: max(0, due − paid) per kind, the selected year only', () => {
    expect(input.obligations?.map((o) => [o.regionCode, o.fund, o.year, o.kind, o.shortfall.toFixed(2)])).toEqual([
      ['150102', 'resident', 2024, 'contribution', '599.99'],
      ['150102', 'resident', 2024, 'matching_subsidy', '0.00'],
    ]);
  });

  it('insured and budgets roll up county → city → province', () => {
    // 1,000 + 234 = 1,234 in 呼和浩特 and the province.
    expect(input.residentInsured?.map((c) => [c.regionCode, c.level, c.insured])).toEqual([
      ['150000', 'province', 1234],
      ['150100', 'city', 1234],
      ['150102', 'county', 1000],
      ['150103', 'county', 234],
    ]);
    // 呼和浩特 = own account 100.10 + 新城区 200.20 = 300.30.
    expect(input.budgets?.map((b) => [b.regionCode, b.level, b.year, b.direction, b.amount.toFixed(2)])).toEqual([
      ['150000', 'province', 2024, 'income', '300.30'],
      ['150100', 'city', 2024, 'income', '300.30'],
      ['150102', 'county', 2024, 'income', '200.20'],
    ]);
  });

  it('transfers keep every column, dates as YYYY-MM-DD and an empty date as null', () => {
    expect(input.transfers?.map((t) => [t.transferId, t.fromLevel, t.toRegionCode, t.amount.toFixed(2), t.issuedDate, t.receivedDate, t.sourceTransferId])).toEqual([
      ['C1', 'central', '150000', '1000.00', '2024-05-01', '2024-05-06', null],
      ['P1', 'province', '150100', '600.00', '2024-06-23', null, 'C1'],
    ]);
  });

  it('allocation inputs of the year, factors exact; the analysis splits the pot to the fen', () => {
    expect(input.allocationTotals?.map((t) => [t.year, t.pot, t.amount.toFixed(2)])).toEqual([[2024, 'assistance', '100.00']]);
    expect(input.allocationFactors?.map((f) => [f.regionCode, f.need.toString(), f.tierRatio.toString(), f.performance.toString()])).toEqual([
      ['150100', '1.5', '1.2', '80'],
      ['150200', '3', '0.8', '90'],
    ]);
    // need·tier 1.8 : 2.4 = 3/7 : 4/7, performance 80 : 90 = 8/17 : 9/17.
    // 呼和浩特 = 100 × (0.9 × 3/7 + 0.1 × 8/17) = 100 × 51.5/119 = 43.2773… (4,327.73 fen);
    // 包头 = 100 × 67.5/119 = 56.7226… (5,672.27 fen); floors 4,327 + 5,672 = 9,999, the last fen to .73: 43.28 / 56.72.
    const [result] = buildAnalysis(input).allocation;
    expect(result?.rows.map((r) => [r.regionCode, r.amount.toFixed(2)])).toEqual([
      ['150100', '43.28'],
      ['150200', '56.72'],
    ]);
  });

  it('a dataset without these files gives empty inputs, not errors', () => {
    expect([empty.obligations, empty.residentInsured, empty.budgets, empty.transfers, empty.allocationTotals, empty.allocationFactors]).toEqual([[], [], [], [], [], []]);
  });
});
