// A region with no region below it (东莞市 and 中山市, cities without counties; Hainan's 儋州市) is its own only
// region: its report said "东莞市 及所属地区" (regions it has none of) and its 分地区结余 table had one row,
// "东莞市合计", a total of nothing. It now speaks of the region alone: 结余（年初至今） with the region's own row
// (its name, the severity mark of its months payable, no total), and no 及所属地区 / "regions below it".
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import type { FundStatus } from '../../../src/domain/types';
import { renderReport } from '../../../src/report/report';
import { analysisWithTheGap, BEIJING, DONGCHENG } from '../cityWithoutCounties';

const zero = new Dec(0);
// 东城区 (a city-level pool with no counties): income 400,000.00, expenditure 400,012.34, balance -12.34, 0 opening:
// months payable -12.34 ÷ (400,012.34 ÷ 3) = -0.0000925…, overdrawn (red).
const own: FundStatus = {
  regionCode: '110101',
  level: 'city',
  fund: 'assistance',
  quarter: '2024Q4',
  income: new Dec('400000.00'),
  expenditure: new Dec('400012.34'),
  incomeBySource: { central: zero, province: new Dec('400000.00'), city: zero, county: zero, individual: zero, other: zero },
  expenditureByItem: { enrollment_subsidy: zero, inpatient: new Dec('400012.34'), outpatient: zero, chronic_outpatient: zero, critical_illness: zero, emergency: zero, other: zero },
  currentBalance: new Dec('-12.34'),
  ytdIncome: new Dec('400000.00'),
  ytdExpenditure: new Dec('400012.34'),
  ytdCurrentBalance: new Dec('-12.34'),
  balanceRate: new Dec('-12.34').div(new Dec('400000.00')),
  openingBalance: zero,
  accumulatedBalance: new Dec('-12.34'),
  monthsPayable: new Dec('-12.34').div(new Dec('400012.34').div(3)),
};

const report = (lang: 'zh' | 'en'): string =>
  renderReport({ analysis: analysisWithTheGap([BEIJING, DONGCHENG], [own]), previous: null, lastYear: null, regionCode: '110101', datasetLabel: 'test', generatedAt: new Date('2025-01-15T00:00:00Z'), lang });
const balanceTable = (html: string): string => /<table id="table-balance-assistance">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
const rows = (table: string): string[] => [...table.matchAll(/<tr[^>]*data-region[^>]*>[\s\S]*?<\/tr>/g)].map((m) => m[0]);

describe('report of a region with none below it', () => {
  it('Chinese: 结余（年初至今）, one row 东城区 (no 合计), and no 及所属地区', () => {
    const html = report('zh');
    const table = balanceTable(html);
    expect(table).toContain('<caption>结余（年初至今）</caption>');
    const [row, ...more] = rows(table);
    expect(more).toEqual([]);
    expect(row).toContain('class="sev-red"');
    expect(row).toContain('<td class="name">东城区</td>');
    expect(row).toContain('已透支（计算值 -0.0001）');
    expect(html).not.toContain('东城区合计');
    expect(html).not.toContain('及所属地区');
    expect(html).toContain('东城区 本季度没有可计算的参保率，无法判断是否低于目标。');
    expect(html).toContain('截至本季度末，东城区 资金下达超时、未到账、提前下达比例偏低的情况均为 0 起。');
  });

  it('English: Balances (year to date), the region’s own row, no “regions below it”', () => {
    const html = report('en');
    const table = balanceTable(html);
    expect(table).toContain('<caption>Balances (year to date)</caption>');
    expect(rows(table)).toHaveLength(1);
    expect(rows(table)[0]).toContain('<td class="name">东城区</td>');
    expect(html).not.toContain('东城区 total');
    expect(html).not.toMatch(/(and|or) the regions (below|under) it/);
    expect(html).toContain('东城区 has no enrollment rate this quarter: it cannot be judged against the target.');
    expect(html).toContain('By the end of this quarter, 东城区 had 0 late transfers, 0 transfers not received and 0 low advance notice ratios.');
  });
});
