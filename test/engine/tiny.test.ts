// The tiny fixture (test/fixtures/tiny), worked out by hand.
//
// Regions: 150000 province → cities 150100 (counties 150102, 150103) and
// 150200 (county 150202). regions.csv has a UTF-8 BOM and CRLF line ends;
// fund_balances.csv uses the Chinese header.
//
// Coverage 2024Q4 (assistance_enrollment; the 2024Q3 rows must not count):
//   150102: tekun 100/100, dibao 396/400            → 496/500  = 0.992000
//   150103: dibao 290/300, monitored 200/200        → 490/500  = 0.980000
//   150100 = 150102 + 150103                        → 986/1000 = 0.986000
//   150202 = 150200: tekun 50/50, dibao 995/1000    → 1045/1050 = 0.99523809… → 0.995238
//   150000: 2031/2050 = 0.99073170… → 0.990732
//   150000 dibao: (396+290+995)/(400+300+1000) = 1681/1700 = 0.98882352… → 0.988824
//
// Resident fund, booked at the city account 150100 only (city pooling):
//   2023 income 3,000,000 + 1,000,000 + 1,000,000 + 500,000 + 500,000 + 1,234.56 = 6,001,234.56
//   2023 expenditure 800,000 + 900,000 + 100,000 + 1,000,000 + 1,100,000 + 200,000 = 4,100,000.00
//   opening 2023 2,000,000.00 → end of 2023 3,901,234.56 = the 2024 opening in the file.
//   2024 YTD income 3,200,000 + 1,100,000 + 1,100,000 + 600,000 + 400,000 + 0.10 = 6,400,000.10
//   2024 YTD expenditure 1,000,000 + 150,000.10 + 1,200,000 + 1,300,000 + 99,999.99 + 1,500,000 + 250,000 = 5,500,000.09
//   current balance 900,000.01; 150100 accumulated 3,901,234.56 + 900,000.01 = 4,801,234.57
//   months payable = 4,801,234.57 / (5,500,000.09 / 12) = 57,614,814.84 / 5,500,000.09 = 10.47542…
//   150000 also holds 150202's resident opening −100.00: accumulated 4,801,134.57,
//   months 57,613,614.84 / 5,500,000.09 = 10.47520…
//   2024Q4 alone: income 400,000.10, expenditure 1,750,000.00.
//
// Assistance fund 2024 (2023Q4 150102: +10,000 / −5,000, outside the 2024 YTD):
//   150102: income 200,000 + 50,000 + 30,000 = 280,000; expenditure 150,000 + 80,000 + 60,000 + 70,000 = 360,000
//           opening 100,000 → accumulated 20,000.00; months 20,000 / (360,000/12) = 0.666667
//   150103: 2024Q4 only: income 100,000, expenditure 40,000; opening 50,000 → 110,000.00;
//           its history starts in 2024Q4, so the window is that one quarter: 110,000 / (40,000/3) = 8.25
//   150100 = counties + its own opening 25,000.50: income 380,000, expenditure 400,000, balance −20,000;
//           opening 175,000.50 → accumulated 155,000.50; months 1,860,006 / 400,000 = 4.650015
//   150202 = 150200: income 300,000 + 0.10 (a donation) = 300,000.10; expenditure 100,000.05; opening 0.00 → 200,000.05
//   150000: income 680,000.10, expenditure 500,000.05, balance 180,000.05;
//           opening 175,000.50 (150202's 0.00: without its row, 150200's and 150000's are unknown) → accumulated 355,000.55; months 4,260,006.60 / 500,000.05 = 8.520012
import { beforeAll, describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { rateString, fixed } from '../../src/domain/money';
import type { Analysis, FundStatus } from '../../src/domain/types';
import { analyze, latestQuarter, listQuarters, readAnalysisInput } from '../../src/engine/queries/analyze';
import { loadDataset, type LoadReport } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { TINY_DIR, useEngine } from './harness';

describe('tiny fixture', () => {
  const engine = useEngine();
  let report: LoadReport;
  let analysis: Analysis;

  beforeAll(async () => {
    report = await loadDataset(engine(), await readDatasetDir(TINY_DIR));
    if (!report.policyFile) throw new Error(JSON.stringify(report.problems));
    analysis = await analyze(engine(), '2024Q4', report.policyFile);
  });

  const fund = (region: string, f: string): FundStatus => {
    const s = analysis.funds.find((x) => x.regionCode === region && x.fund === f);
    if (!s) throw new Error(`no ${region} ${f}`);
    return s;
  };

  it('loads every file without problems and counts rows', () => {
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.tables).toMatchObject({ regions: 6, assistance_enrollment: 8, fund_flows: 39, fund_balances: 7, budgets: 0, roster: 0 });
    expect(report.quarters).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4']);
  });

  it('lists quarters and the latest', async () => {
    expect(await listQuarters(engine())).toEqual(report.quarters);
    expect(await latestQuarter(engine())).toBe('2024Q4');
  });

  it('rolls coverage up the region tree for the selected quarter only', () => {
    const rate = (region: string, category: string | null): [number, number, string | null] => {
      const row = analysis.coverage.find((c) => c.regionCode === region && c.category === category);
      if (!row) throw new Error(`no coverage ${region} ${category}`);
      return [row.enrolled, row.recipients, row.rate === null ? null : rateString(row.rate)];
    };
    expect(rate('150102', null)).toEqual([496, 500, '0.992000']);
    expect(rate('150103', null)).toEqual([490, 500, '0.980000']);
    expect(rate('150100', null)).toEqual([986, 1000, '0.986000']);
    expect(rate('150200', null)).toEqual([1045, 1050, '0.995238']);
    expect(rate('150000', null)).toEqual([2031, 2050, '0.990732']);
    expect(rate('150000', 'dibao')).toEqual([1681, 1700, '0.988824']);
    expect(rate('150000', 'tekun')).toEqual([150, 150, '1.000000']);
  });

  it('computes YTD balances, accumulated balance and months payable to the fen', () => {
    const r = fund('150100', 'resident');
    expect([r.ytdIncome.toFixed(2), r.ytdExpenditure.toFixed(2), r.ytdCurrentBalance.toFixed(2)]).toEqual(['6400000.10', '5500000.09', '900000.01']);
    expect([r.income.toFixed(2), r.expenditure.toFixed(2)]).toEqual(['400000.10', '1750000.00']);
    expect(r.openingBalance?.toFixed(2)).toBe('3901234.56');
    expect(r.accumulatedBalance?.toFixed(2)).toBe('4801234.57');
    expect(r.monthsPayable && fixed(r.monthsPayable, 6)).toBe('10.475421');

    const p = fund('150000', 'resident');
    expect(p.accumulatedBalance?.toFixed(2)).toBe('4801134.57');
    expect(p.monthsPayable && fixed(p.monthsPayable, 6)).toBe('10.475203');

    const a = fund('150100', 'assistance');
    expect([a.ytdIncome.toFixed(2), a.ytdExpenditure.toFixed(2), a.ytdCurrentBalance.toFixed(2)]).toEqual(['380000.00', '400000.00', '-20000.00']);
    expect(a.accumulatedBalance?.toFixed(2)).toBe('155000.50');
    expect(a.monthsPayable && fixed(a.monthsPayable, 6)).toBe('4.650015');

    expect(fund('150102', 'assistance').monthsPayable?.toFixed(6)).toBe('0.666667');
    expect(fund('150103', 'assistance').monthsPayable?.toFixed(6)).toBe('8.250000');
    expect(fund('150202', 'assistance').accumulatedBalance?.toFixed(2)).toBe('200000.05');
    expect(fund('150202', 'assistance').ytdIncome.toFixed(2)).toBe('300000.10');

    const pa = fund('150000', 'assistance');
    expect([pa.ytdIncome.toFixed(2), pa.ytdExpenditure.toFixed(2), pa.accumulatedBalance?.toFixed(2)]).toEqual(['680000.10', '500000.05', '355000.55']);
    expect(pa.monthsPayable && fixed(pa.monthsPayable, 6)).toBe('8.520012');
  });

  it('splits income by source level and expenditure by item, with zeros where nothing was booked', async () => {
    const input = await readAnalysisInput(engine(), '2024Q4', report.policyFile!);
    const q4 = input.fundTotals.find((t) => t.regionCode === '150000' && t.fund === 'assistance' && t.quarter === '2024Q4');
    // 150102 county 30,000 + 150103 central 100,000 + 150202 central 300,000 and other 0.10
    expect(q4?.incomeBySource.central.toFixed(2)).toBe('400000.00');
    expect(q4?.incomeBySource.county.toFixed(2)).toBe('30000.00');
    expect(q4?.incomeBySource.other.toFixed(2)).toBe('0.10');
    expect(q4?.incomeBySource.province.toFixed(2)).toBe('0.00');
    // 70,000 + 40,000 + 100,000.05
    expect(q4?.expenditureByItem.inpatient.toFixed(2)).toBe('210000.05');
    expect(q4?.expenditureByItem.emergency.toFixed(2)).toBe('0.00');
    // Later quarters never reach the domain; every quarter up to the selected one does.
    const q3 = await readAnalysisInput(engine(), '2024Q3', report.policyFile!);
    expect(q3.fundTotals.every((t) => t.quarter <= '2024Q3')).toBe(true);
    expect(q3.fundTotals.filter((t) => t.regionCode === '150100' && t.fund === 'resident')).toHaveLength(7);
    // 2024Q3 coverage: only 150102 reported (80 + 400) / (90 + 400)
    const c = q3.coverageCounts.find((r) => r.regionCode === '150000' && r.category === null);
    expect([c?.enrolled, c?.recipients]).toEqual([480, 490]);
    // Openings roll up: 150100 assistance 2024 = 25,000.50 + 100,000 + 50,000
    expect(input.openings.find((o) => o.regionCode === '150100' && o.fund === 'assistance' && o.year === 2024)?.openingBalance.toFixed(2)).toBe('175000.50');
  });

  it('gives the same figures in the analyze --json document', () => {
    const json = toAnalysisJson(analysis);
    expect(json.quarter).toBe('2024Q4');
    expect(json.coverage.find((c) => c.region_code === '150000' && c.category === null)).toEqual({
      region_code: '150000',
      level: 'province',
      category: null,
      recipients: 2050,
      enrolled: 2031,
      rate: '0.990732',
    });
    expect(json.funds.find((f) => f.region_code === '150000' && f.fund === 'resident')).toEqual({
      region_code: '150000',
      fund: 'resident',
      quarter: '2024Q4',
      income: '6400000.10',
      expenditure: '5500000.09',
      current_balance: '900000.01',
      accumulated_balance: '4801134.57',
      months_payable: '10.48',
    });
    // 150102 assistance: months 0.67 < 3 → red months_payable alert.
    expect(json.alerts.some((al) => al.rule === 'months_payable' && al.region_code === '150102' && al.severity === 'red')).toBe(true);
    // Coverage 0.986 < 0.99 at 150100 → red; 0.992 at 150102 is in [0.99, 0.995) → yellow.
    expect(json.alerts.find((al) => al.rule === 'coverage' && al.region_code === '150100')?.severity).toBe('red');
    expect(json.alerts.find((al) => al.rule === 'coverage' && al.region_code === '150102')?.severity).toBe('yellow');
  });
});
