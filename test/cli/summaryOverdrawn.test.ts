// The terminal summary of a province whose fund is overdrawn (累计结余 below
// zero): it says so, the computed months in brackets, never "可支付 -0.6 个月".
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../src/cli/summary';
import { Dec, ZERO } from '../../src/domain/money';
import { EXPENDITURE_ITEMS, SOURCE_LEVELS, type FundStatus } from '../../src/domain/types';
import { analysisWithTheGap, BEIJING, DONGCHENG } from '../report/cityWithoutCounties';

// Balance −5,650,657.42 ÷ average monthly expenditure 9,417,762.37 = −0.5999… months.
const PROVINCE_FUND: FundStatus = {
  regionCode: '110000',
  level: 'province',
  fund: 'assistance',
  quarter: '2024Q4',
  income: new Dec('786516.48'),
  expenditure: new Dec('1455300.00'),
  incomeBySource: Object.fromEntries(SOURCE_LEVELS.map((l) => [l, ZERO])) as FundStatus['incomeBySource'],
  expenditureByItem: Object.fromEntries(EXPENDITURE_ITEMS.map((i) => [i, ZERO])) as FundStatus['expenditureByItem'],
  currentBalance: new Dec('-668783.52'),
  ytdIncome: new Dec('786516.48'),
  ytdExpenditure: new Dec('1455300.00'),
  ytdCurrentBalance: new Dec('-668783.52'),
  balanceRate: null,
  openingBalance: new Dec('190847.07'),
  accumulatedBalance: new Dec('-5650657.42'),
  monthsPayable: new Dec('-5650657.42').div('9417762.37'),
};

describe('the summary line of an overdrawn fund', () => {
  it('says 已透支 / overdrawn with the computed months, in Chinese and English', () => {
    const zh = summaryLines(analysisWithTheGap([BEIJING, DONGCHENG], [PROVINCE_FUND]), 'zh');
    const line = zh.find((l) => l.includes('城乡医疗救助基金：年初至今收入'));
    expect(line).toContain('累计结余 -565.07万元，已透支（计算值 -0.6 个月）');
    expect(line).not.toContain('可支付');
    const en = summaryLines(analysisWithTheGap([BEIJING, DONGCHENG], [PROVINCE_FUND]), 'en');
    expect(en.find((l) => l.includes('accumulated balance'))).toContain('overdrawn (computed -0.6 months)');
  });
});
