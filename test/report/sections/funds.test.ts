// 分地区收入/支出: the quarter is part of the year to date, so the two columns
// read in one unit (the larger one's), not 亿元 beside 万元.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import type { FundStatus } from '../../../src/domain/types';
import { renderReport } from '../../../src/report/report';
import { analysisWithTheGap, BEIJING, DONGCHENG } from '../cityWithoutCounties';

const zero = new Dec(0);
function status(regionCode: string, level: FundStatus['level'], expenditure: string, ytdExpenditure: string): FundStatus {
  return {
    regionCode,
    level,
    fund: 'resident',
    quarter: '2024Q4',
    income: zero,
    expenditure: new Dec(expenditure),
    incomeBySource: { central: zero, province: zero, city: zero, county: zero, individual: zero, other: zero },
    expenditureByItem: { enrollment_subsidy: zero, inpatient: zero, outpatient: zero, chronic_outpatient: zero, critical_illness: zero, emergency: zero, other: zero },
    currentBalance: zero,
    ytdIncome: zero,
    ytdExpenditure: new Dec(ytdExpenditure),
    ytdCurrentBalance: zero,
    balanceRate: null,
    openingBalance: null,
    accumulatedBalance: null,
    monthsPayable: null,
  };
}

/** The province's report (北京市 over 东城区) of these statuses, as of 2024Q4. */
const provinceReport = (statuses: FundStatus[], lang: 'zh' | 'en'): string =>
  renderReport({ analysis: analysisWithTheGap([BEIJING, DONGCHENG], statuses), previous: null, lastYear: null, regionCode: '110000', datasetLabel: 'test', generatedAt: new Date('2025-01-15T00:00:00Z'), lang });

const report = (lang: 'zh' | 'en'): string =>
  // 东城区 alone is the province's whole: 150,000,000.00 this year, 800,000.00 of it this quarter.
  provinceReport([status('110000', 'province', '800000.00', '150000000.00'), status('110101', 'city', '800000.00', '150000000.00')], lang);

const byRegion = (html: string): string => /<table id="table-expenditure-region-resident">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
const cells = (html: string, col: string): string[] => [...html.matchAll(new RegExp(`data-col="${col}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]!);

describe('report: 分地区支出', () => {
  it('the quarter reads in the year to date\'s unit: 15,000.00 and 80.00 万元 (in 亿元 the quarter read 0.01)', () => {
    const table = byRegion(report('zh'));
    // One unit for both; 1.50亿 would set 亿元, where the quarter's 800,000.00 read 0.01: the group steps down to 万元.
    expect(table).toContain('<th class="num">本年累计支出（万元）</th>');
    expect(table).toContain('<th class="num">本季度支出（万元）</th>');
    expect(cells(table, 'ytd-expenditure')).toEqual(['15,000.00', '15,000.00']);
    expect(cells(table, 'quarter-expenditure')).toEqual(['80.00', '80.00']);
    // The exact yuan stays on hover.
    expect(table).toContain('title="800,000.00元"');
  });

  it('in English both in million yuan (150.00 and 0.80, not 800.00 thousand)', () => {
    const table = byRegion(report('en'));
    expect(table).toContain('Expenditure, YTD (million yuan)');
    expect(table).toContain('Expenditure, quarter (million yuan)');
    expect(cells(table, 'quarter-expenditure')).toEqual(['0.80', '0.80']);
  });
});

// The English walk: the resident expenditure read 15.41 billion by item above 15,406.76 million by region — the
// same total in two units, one table under the other.
describe('report: the breakdown (by item) and the table by region read in one unit', () => {
  // The province 2,000,000,000.00 this year (inpatient 1,500,000,000.00, outpatient 500,000,000.00); 东城区
  // 1,950,000,000.00 (580,000,000.00 this quarter) and 西城区 50,000,000.00 (20,000,000.00): 0.05 billion, so the
  // table by region reads million, and by item (1.50 / 0.50 / 2.00 billion on its own) now too.
  const XICHENG = { code: '110102', name: '西城区', level: 'city' as const, parentCode: '110000', tier: null };
  const province = { ...status('110000', 'province', '600000000.00', '2000000000.00'), expenditureByItem: { ...status('110000', 'province', '0', '0').expenditureByItem, inpatient: new Dec('1500000000.00'), outpatient: new Dec('500000000.00') } };
  const statuses = [province, status('110101', 'city', '580000000.00', '1950000000.00'), status('110102', 'city', '20000000.00', '50000000.00')];
  const html = (lang: 'zh' | 'en'): string =>
    renderReport({ analysis: { ...analysisWithTheGap([BEIJING, DONGCHENG, XICHENG], statuses), history: statuses }, previous: null, lastYear: null, regionCode: '110000', datasetLabel: 'test', generatedAt: new Date('2025-01-15T00:00:00Z'), lang });
  const byItem = (h: string): string => /<table id="table-expenditure-item-resident">[\s\S]*?<\/table>/.exec(h)?.[0] ?? '';
  const heads = (t: string): string[] => [...t.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);

  it('English: million yuan in both, the total 2,000.00 in both (by item read 2.00 billion)', () => {
    const en = html('en');
    expect(heads(byItem(en))).toEqual(['Item', 'Year to date (million yuan)', 'Share', 'Last year (million yuan)', 'YoY']);
    expect(cells(byItem(en), 'expenditure-inpatient')).toEqual(['1,500.00']);
    expect(cells(byItem(en), 'expenditure')).toEqual(['2,000.00']);
    expect(heads(byRegion(en))).toContain('Expenditure, YTD (million yuan)');
    expect(cells(byRegion(en), 'ytd-expenditure')).toEqual(['1,950.00', '50.00', '2,000.00']);
    expect(cells(byRegion(en), 'quarter-expenditure')).toEqual(['580.00', '20.00', '600.00']);
  });

  it('Chinese: 亿元 in both, as before (西城区 0.50亿, its quarter 0.20亿)', () => {
    const zh = html('zh');
    expect(heads(byItem(zh))).toContain('本年累计（亿元）');
    expect(cells(byItem(zh), 'expenditure')).toEqual(['20.00']);
    expect(cells(byRegion(zh), 'ytd-expenditure')).toEqual(['19.50', '0.50', '20.00']);
  });
});

describe('report: a fund overdrawn (累计结余 below zero)', () => {
  // Balance −5,650,657.42 over an average monthly expenditure of 9,417,762.37: −0.60 months.
  const balance = new Dec('-5650657.42');
  const months = balance.div('9417762.37');
  const overdrawn = (code: string, level: FundStatus['level']): FundStatus => ({ ...status(code, level, '800000.00', '150000000.00'), accumulatedBalance: balance, monthsPayable: months });
  const html = (lang: 'zh' | 'en'): string =>
    provinceReport([overdrawn('110000', 'province'), overdrawn('110101', 'city')], lang);

  it('the balance table says 已透支 with the computed figure, never a negative number of months', () => {
    expect(months.toFixed(2)).toBe('-0.60');
    const table = /<table id="table-balance-resident">[\s\S]*?<\/table>/.exec(html('zh'))?.[0] ?? '';
    expect(cells(table, 'months')).toEqual(['已透支（计算值 -0.60）', '已透支（计算值 -0.60）']);
    const en = /<table id="table-balance-resident">[\s\S]*?<\/table>/.exec(html('en'))?.[0] ?? '';
    expect(cells(en, 'months')).toEqual(['overdrawn (computed -0.60)', 'overdrawn (computed -0.60)']);
  });

  it('the summary line says the fund is overdrawn, not that it pays −0.60 months', () => {
    const zh = html('zh');
    expect(zh).toContain('城乡居民医保基金已透支（计算值 -0.60 个月）');
    expect(zh).not.toContain('可支付 -0.60 个月');
    expect(html('en')).toContain('resident basic medical insurance fund overdrawn (computed -0.60 months)');
  });
});

// A sweep's Xinjiang report: 阿克苏地区's counties added up to 745.98万 under a 合计 of 999.82万, the
// 253.84万 of the 地区's own account nowhere, and the note below called the difference rounding.
describe('report: the region’s own account (本级) in the tables by region', () => {
  // The province 150,000,000.00 this year (800,000.00 this quarter); 东城区 100,000,000.00 (500,000.00):
  // the province's own account 50,000,000.00 (300,000.00). Balances: income 160,000,000.00 and 104,000,000.00,
  // accumulated 40,000,000.00 and 25,000,000.00: own income 56,000,000.00, current balance
  // 10,000,000.00 − 4,000,000.00 = 6,000,000.00 (rate 6/56 = 10.71%), accumulated 15,000,000.00.
  const withBalance = (s: FundStatus, income: string, accumulated: string): FundStatus => {
    const ytdIncome = new Dec(income);
    const ytdCurrentBalance = ytdIncome.minus(s.ytdExpenditure);
    return { ...s, ytdIncome, ytdCurrentBalance, balanceRate: ytdCurrentBalance.div(ytdIncome), accumulatedBalance: new Dec(accumulated), openingBalance: new Dec(accumulated).minus(ytdCurrentBalance) };
  };
  const html = (lang: 'zh' | 'en'): string =>
    provinceReport(
      [withBalance(status('110000', 'province', '800000.00', '150000000.00'), '160000000.00', '40000000.00'), withBalance(status('110101', 'city', '500000.00', '100000000.00'), '104000000.00', '25000000.00')],
      lang,
    );
  const rowNames = (table: string): string[] => [...table.matchAll(/<tr[^>]*>\s*<t[hd][^>]*>([^<]*)</g)].map((m) => m[1]!).filter((n) => n !== '地区' && n !== 'Region');

  it('lists it above the total, so the rows add up: 10,000.00 + 5,000.00 = 15,000.00 万元', () => {
    const table = byRegion(html('zh'));
    expect(rowNames(table)).toEqual(['东城区', '北京市本级', '北京市合计']);
    expect(cells(table, 'ytd-expenditure')).toEqual(['10,000.00', '5,000.00', '15,000.00']);
    expect(cells(table, 'quarter-expenditure')).toEqual(['50.00', '30.00', '80.00']);
    expect(table).toContain('class="own-account"');
    expect(byRegion(html('en'))).toContain('北京市 own account');
  });

  it('and in the balance table: current balance, its rate and the accumulated balance, months payable left to the total', () => {
    const table = /<table id="table-balance-resident">[\s\S]*?<\/table>/.exec(html('zh'))?.[0] ?? '';
    expect(rowNames(table)).toEqual(['东城区', '北京市本级', '北京市合计']);
    expect(cells(table, 'current-balance')).toEqual(['400.00', '600.00', '1,000.00']);
    expect(cells(table, 'balance-rate')).toEqual(['3.85%', '10.71%', '6.25%']);
    expect(cells(table, 'accumulated-balance')).toEqual(['2,500.00', '1,500.00', '4,000.00']);
  });
});
