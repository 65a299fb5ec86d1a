import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/domain/money';
import type { Alert, Analysis, Fund, FundStatus, Region } from '../../src/domain/types';
import { buildRegionTree } from '../../src/app/view/regionTree';
import {
  alertsFor,
  countBySeverity,
  coverageBars,
  monthsPayableBars,
  trendPoints,
} from '../../src/app/view/selectors';
import { alertText } from '../domain/messages/samples';

const regions: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: 1 },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 2 },
  { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 2 },
];

function status(regionCode: string, fund: Fund, quarter: string, months: string | null): FundStatus {
  const sources = { central: ZERO, province: ZERO, city: ZERO, county: ZERO, individual: ZERO, other: ZERO };
  const items = {
    enrollment_subsidy: ZERO,
    inpatient: ZERO,
    outpatient: ZERO,
    chronic_outpatient: ZERO,
    critical_illness: ZERO,
    emergency: ZERO,
    other: ZERO,
  };
  return {
    regionCode,
    level: regions.find((r) => r.code === regionCode)?.level ?? 'county',
    fund,
    quarter,
    income: new Dec(100),
    expenditure: new Dec(60),
    currentBalance: new Dec(40),
    ytdIncome: new Dec(100),
    ytdExpenditure: new Dec(60),
    ytdCurrentBalance: new Dec(40),
    balanceRate: new Dec('0.4'),
    openingBalance: null,
    accumulatedBalance: null,
    monthsPayable: months === null ? null : new Dec(months),
    incomeBySource: sources,
    expenditureByItem: items,
  };
}

function alert(rule: Alert['rule'], severity: Alert['severity'], regionCode: string, fund: Fund | null): Alert {
  return { rule, severity, regionCode, fund, quarter: '2024Q4', value: ZERO, threshold: ZERO, text: alertText(regionCode) };
}

const analysis: Analysis = {
  policy: resolvePolicy(DEFAULT_POLICY_FILE, 2024),
  reconciliation: [],
  sharing: [],
  allocation: [],
  subsidySplit: [],
  subsidyDemand: [],
  forecasts: [],
  quarter: '2024Q4',
  regions,
  coverage: [
    { regionCode: '150100', level: 'city', category: null, recipients: 200, enrolled: 199, rate: new Dec(199).div(200) },
    { regionCode: '150900', level: 'city', category: null, recipients: 0, enrolled: 0, rate: null },
    { regionCode: '150921', level: 'county', category: 'dibao', recipients: 50, enrolled: 49, rate: new Dec(49).div(50) },
    { regionCode: '150921', level: 'county', category: 'tekun', recipients: 10, enrolled: 10, rate: new Dec(1) },
  ],
  funds: [status('150100', 'resident', '2024Q4', '7'), status('150900', 'resident', '2024Q4', null)],
  history: [
    status('150921', 'resident', '2024Q4', '2'),
    status('150921', 'resident', '2024Q3', '3'),
    status('150921', 'assistance', '2024Q3', '9'),
  ],
  alerts: [
    alert('months_payable', 'yellow', '150100', 'resident'),
    alert('coverage', 'red', '150921', null),
    alert('current_deficit', 'red', '150900', 'assistance'),
    alert('months_payable', 'red', '150921', 'resident'),
    alert('balance_rate', 'yellow', '150000', 'resident'),
  ],
};

const tree = buildRegionTree(regions);

describe('what the page picks out of an analysis', () => {
  it('ranks a region by its children, skipping children without recipients', () => {
    expect(coverageBars(analysis, tree, '150000').map((b) => [b.key, b.rate.toString()])).toEqual([['150100', '0.995']]);
  });

  it('looks rows up in the analysis asked, not one looked at before (another quarter of the same regions)', () => {
    expect(coverageBars(analysis, tree, '150000').map((b) => b.rate.toString())).toEqual(['0.995']);
    const later: Analysis = {
      ...analysis,
      coverage: [{ regionCode: '150100', level: 'city', category: null, recipients: 200, enrolled: 190, rate: new Dec(190).div(200) }],
      funds: [status('150900', 'resident', '2024Q4', '1.5')],
    };
    expect(coverageBars(later, tree, '150000').map((b) => [b.key, b.rate.toString()])).toEqual([['150100', '0.95']]);
    expect(monthsPayableBars(later, tree, '150000', 'resident').bars.map((b) => [b.key, b.monthsPayable?.toString() ?? null])).toEqual([['150900', '1.5']]);
    expect(coverageBars(analysis, tree, '150000').map((b) => b.rate.toString())).toEqual(['0.995']);
  });

  it('shows a county by recipient category, in the domain order', () => {
    expect(coverageBars(analysis, tree, '150921').map((b) => [b.name, b.rate.toString()])).toEqual([
      ['特困人员', '1'],
      ['低保对象', '0.98'],
    ]);
  });

  it('shows months payable of children, or a county across quarters oldest first', () => {
    const byChild = monthsPayableBars(analysis, tree, '150000', 'resident');
    expect(byChild.byQuarter).toBe(false);
    expect(byChild.bars.map((b) => [b.key, b.monthsPayable?.toString() ?? null])).toEqual([
      ['150100', '7'],
      ['150900', null],
    ]);
    const byQuarter = monthsPayableBars(analysis, tree, '150921', 'resident');
    expect(byQuarter.byQuarter).toBe(true);
    expect(byQuarter.bars.map((b) => [b.key, b.monthsPayable?.toString()])).toEqual([
      ['2024Q3', '3'],
      ['2024Q4', '2'],
    ]);
    expect(trendPoints(analysis, '150921', 'assistance').map((p) => p.quarter)).toEqual(['2024Q3']);
  });

  it('lists alerts of the region and below, worst first, then in rule order, then by region', () => {
    const all = alertsFor(analysis, tree, '150000', 'resident', 'all');
    expect(all.map((a) => `${a.severity}:${a.rule}:${a.regionCode}`)).toEqual([
      'red:coverage:150921',
      'red:current_deficit:150900',
      'red:months_payable:150921',
      'yellow:balance_rate:150000',
      'yellow:months_payable:150100',
    ]);
    expect(countBySeverity(all)).toEqual({ red: 3, orange: 0, yellow: 2, blue: 0 });
  });

  it('filters to the selected fund, keeping alerts that belong to no fund', () => {
    const resident = alertsFor(analysis, tree, '150900', 'resident', 'selected');
    expect(resident.map((a) => `${a.rule}:${a.regionCode}`)).toEqual(['coverage:150921', 'months_payable:150921']);
    const assistance = alertsFor(analysis, tree, '150900', 'assistance', 'selected');
    expect(assistance.map((a) => `${a.rule}:${a.regionCode}`)).toEqual(['coverage:150921', 'current_deficit:150900']);
  });
});
