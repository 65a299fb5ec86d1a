// The seasonal forecast on the generated sample: from 2024Q2, 乌兰察布市
// (150900, the planted deficit city) is projected into a worse months-payable
// band by the year end, as the sample's actual 2024Q4 (2.30 months,
// data/README.md) shows. The integration into buildAnalysis is tested with
// analysis.ts; here the domain functions run on the engine's real history.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forecastAlerts } from '../../src/domain/alerts/forecast';
import { fundForecasts } from '../../src/domain/forecast';
import { moneyString } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import type { Analysis, FundForecast } from '../../src/domain/types';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { useEngine } from './harness';
import { zh } from '../domain/alerts/say';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

describe('forecast on the sample from 2024Q2', () => {
  const engine = useEngine();
  let analysis: Analysis;
  let forecasts: FundForecast[];
  const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

  beforeAll(async () => {
    // The sample's policy.json is a copy of the default policy (npm run sample
    // writes it); the data files are read without it so this test does not
    // depend on that copy being regenerated after a policy schema change.
    const files = (await readDatasetDir(SAMPLE)).filter((f) => f.name !== 'policy.json');
    const report = await loadDataset(engine(), files);
    if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
    analysis = await analyze(engine(), '2024Q2', DEFAULT_POLICY_FILE);
    forecasts = fundForecasts(analysis.history, '2024Q2', policy, analysis.regions);
  });

  it('forecasts every city and the province, both funds, to 2024Q4 on the 2022 and 2023 shape', () => {
    // 12 cities + the province, two funds each.
    expect(forecasts).toHaveLength(26);
    for (const f of forecasts) {
      expect(f.points.map((p) => p.quarter)).toEqual(['2024Q3', '2024Q4']);
      expect(f.method).toContain('2022年、2023年');
    }
  });

  it('projects 乌兰察布 resident into the red band by the year end, near the actual 2.30', () => {
    // Recomputed independently from the CSVs (Python decimal, 40 digits): city total = own account + 11 counties;
    //   2024 opening 662,271,615.90, balance at 2024Q2 1,132,757,395.05 (superior money is booked when it
    //   arrives, so most of the year's income is in by Q2); projected flows Q3 income 135,713,596.27,
    //   expenditure 504,241,309.36; Q4 income 178,441,335.45, expenditure 581,681,025.54 → balance
    //   764,229,681.96, then 360,989,991.87; months = 360,989,991.87 ÷ ((2024Q1 + Q2 actual + Q3 + Q4
    //   projected expenditure) / 12 = 161,588,137.04…) = 2.2340…
    // Today (2024Q2) 7.57 months, normal; the sample's actual 2024Q4 is 2.30 and balance 372,022,608.13 (data/README.md).
    const f = forecasts.find((x) => x.regionCode === '150900' && x.fund === 'resident');
    expect(f?.points.map((p) => moneyString(p.accumulatedBalance))).toEqual(['764229681.96', '360989991.87']);
    expect(f?.points.at(-1)?.monthsPayable?.toFixed(4)).toBe('2.2340');
    expect(f?.negativeQuarter).toBeNull();
  });

  it('projects 乌兰察布 assistance to almost nothing by 2024Q4 (the sample’s actual balance is −5,650,657.42)', () => {
    // 2024 opening 12,309,907.97, balance at 2024Q2 29,054,917.50; projected Q3 +11,387,333.61 − 25,475,360.26
    // → 14,966,890.85; Q4 +13,957,317.66 − 28,601,330.45 → 322,878.06: 0.0362 months, red, not yet below zero.
    const f = forecasts.find((x) => x.regionCode === '150900' && x.fund === 'assistance');
    expect(f?.points.map((p) => moneyString(p.accumulatedBalance))).toEqual(['14966890.85', '322878.06']);
    expect(f?.points.at(-1)?.monthsPayable?.toFixed(4)).toBe('0.0362');
    expect(f?.negativeQuarter).toBeNull();
  });

  it('raises exactly those two forecast alerts in the province', () => {
    const name = (code: string) => analysis.regions.find((r) => r.code === code)?.name ?? code;
    const alerts = forecastAlerts(forecasts, analysis.funds, name, '2024Q2', policy);
    expect(alerts.map((a) => [a.regionCode, a.fund, a.severity, a.threshold.toString()])).toEqual([
      ['150900', 'assistance', 'red', '3'],
      ['150900', 'resident', 'red', '3'],
    ]);
    expect(zh(alerts[1])).toBe(
      '乌兰察布市 城乡居民医保基金 按往年季节规律预测，2024年第4季度末累计结余可支付月数 = 累计结余 36,099.00万元 ÷ ' +
        '月均支出 16,158.81万元 = 2.23 个月，低于 3 个月（当前 7.57 个月）（红色）',
    );
  });
});
