// Small hand-made inputs for the chart builders. Every expected number in
// the tests is worked out by hand from these.
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { Dec } from '../../src/domain/money';
import type { SourceLevel } from '../../src/domain/types';
import type { CoverageBar } from '../../src/charts/options/coverageRanking';
import type { FundTrendPoint } from '../../src/charts/options/fundTrend';
import type { MonthsPayableBar } from '../../src/charts/options/monthsPayable';

export const POLICY_2024 = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

export const EVIL_NAME = '<img src=x onerror=alert(1)>';

/** 996/1000 = 0.996 normal, 992/1000 = 0.992 yellow, 490/500 = 0.98 red. */
export const COVERAGE_BARS: CoverageBar[] = [
  { key: '150300', name: '丙市', rate: new Dec(490).div(500), recipients: 500, enrolled: 490 },
  { key: '150200', name: EVIL_NAME, rate: new Dec(992).div(1000), recipients: 1000, enrolled: 992 },
  { key: '150100', name: '甲市', rate: new Dec(996).div(1000), recipients: 1000, enrolled: 996 },
];

function sources(values: Partial<Record<SourceLevel, string>>): Record<SourceLevel, InstanceType<typeof Dec>> {
  return {
    central: new Dec(values.central ?? '0'),
    province: new Dec(values.province ?? '0'),
    city: new Dec(values.city ?? '0'),
    county: new Dec(values.county ?? '0'),
    individual: new Dec(values.individual ?? '0'),
    other: new Dec(values.other ?? '0'),
  };
}

/**
 * 2024Q1: income 1,234,500.00 (central) + 300,000.00 (province) + 465,500.00 (individual) = 2,000,000.00;
 * 2024Q2: income 800,000.00 (central) + 200,000.00 (individual) = 1,000,000.00. City, county, other: nothing.
 */
export const TREND_POINTS: FundTrendPoint[] = [
  {
    quarter: '2024Q1',
    income: new Dec('2000000.00'),
    incomeBySource: sources({ central: '1234500.00', province: '300000.00', individual: '465500.00' }),
    expenditure: new Dec('1500000.00'),
    accumulatedBalance: new Dec('10500000.00'),
  },
  {
    quarter: '2024Q2',
    income: new Dec('1000000.00'),
    incomeBySource: sources({ central: '800000.00', individual: '200000.00' }),
    expenditure: new Dec('1750000.50'),
    accumulatedBalance: null,
  },
];

/** One bar in every band of the default months_payable thresholds, and one that cannot be computed. */
export const MONTHS_BARS: MonthsPayableBar[] = [
  { key: '150100', name: '甲市', monthsPayable: new Dec('2.5'), accumulatedBalance: new Dec('250000.00') },
  { key: '150200', name: '乙市', monthsPayable: new Dec('4'), accumulatedBalance: new Dec('400000.00') },
  { key: '150300', name: '丙市', monthsPayable: new Dec('7.5'), accumulatedBalance: new Dec('750000.00') },
  { key: '150400', name: EVIL_NAME, monthsPayable: new Dec('12'), accumulatedBalance: new Dec('1200000.00') },
  { key: '150500', name: '戊市', monthsPayable: new Dec('20'), accumulatedBalance: new Dec('-2000000.00') },
  { key: '150600', name: '己市', monthsPayable: null, accumulatedBalance: null },
];
