// The summary's gap line of a city without counties (东莞市, 儋州市, a 省直辖县
// listed as a city): it bears the rest itself, said so, instead of listing
// "旗县自身原因 0.00元 … 旗县分担 0.00元" for counties it does not have.
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../src/cli/summary';
import { Dec, ZERO } from '../../src/domain/money';
import { EXPENDITURE_ITEMS, SOURCE_LEVELS, type Analysis, type FundStatus, type Region } from '../../src/domain/types';
import { shareGap } from '../../src/domain/shareGap';
import { analysisWithTheGap, BEIJING, DONGCHENG, THE_GAP_INPUT } from '../report/cityWithoutCounties';

/** The city's year to date, so that the summary has fund flows to speak of (the gap lines follow them). */
const CITY_FUND: FundStatus = {
  regionCode: '110101',
  level: 'city',
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
  accumulatedBalance: new Dec('-477936.45'),
  monthsPayable: null,
};

const analysis = (regions: Region[]): Analysis => analysisWithTheGap(regions, [CITY_FUND]);
const PROVINCE = BEIJING;
const CITY = DONGCHENG;

describe('the summary line of a gap in a city without counties', () => {
  // cityWithoutCounties.ts: gap 668,783.52 = balance 190,847.07 + the city's 477,936.45.
  it('says the city bears the rest itself, in Chinese and English', () => {
    const zh = summaryLines(analysis([PROVINCE, CITY]), 'zh');
    expect(zh).toContain('  东城区 城乡医疗救助基金 2024 年缺口 668,783.52元 = 累计结余弥补 190,847.07元 + 区县本级承担 477,936.45元（无下辖区县）');
    const en = summaryLines(analysis([PROVINCE, CITY]), 'en');
    expect(en.some((l) => l.endsWith('= covered by the accumulated balance 190,847.07 yuan + borne by the city itself 477,936.45 yuan (no counties)'))).toBe(true);
  });

  it('names the part a city without counties owes itself (unpaid dues), so the line adds up', () => {
    // The same gap with 10,000.00 of its own dues unpaid: 190,847.07 + 10,000.00 + 467,936.45 = 668,783.52.
    const owing = shareGap({ ...THE_GAP_INPUT, ownShortfall: new Dec('10000.00') });
    const zh = summaryLines({ ...analysis([PROVINCE, CITY]), sharing: [owing] }, 'zh');
    expect(zh).toContain('  东城区 城乡医疗救助基金 2024 年缺口 668,783.52元 = 累计结余弥补 190,847.07元 + 本级应缴未缴 10,000.00元 + 区县本级承担 467,936.45元（无下辖区县）');
    const en = summaryLines({ ...analysis([PROVINCE, CITY]), sharing: [owing] }, 'en');
    expect(en.some((l) => l.endsWith('= covered by the accumulated balance 190,847.07 yuan + its own shortfall 10,000.00 yuan + borne by the city itself 467,936.45 yuan (no counties)'))).toBe(true);
  });

  it('still lists the county parts of a city that has counties', () => {
    const county: Region = { code: '110102', name: '某县', level: 'county', parentCode: '110101', tier: null };
    const zh = summaryLines(analysis([PROVINCE, CITY, county]), 'zh');
    // 北京's districts under a city: a municipality's grouped words (统筹区, 区县).
    expect(zh.some((l) => l.includes('区县自身原因 0.00元') && l.includes('统筹区承担') && l.includes('区县分担 0.00元'))).toBe(true);
  });
});
