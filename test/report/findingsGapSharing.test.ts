// Found by the province sweep (Guangdong's 东莞市, Hainan's 儋州市 and 省直辖县级
// cities have no counties): the report's gap-sharing finding told the reader
// to assign shares to "东莞市本级及所属旗县" and listed a county part of 0.00,
// and the English sentence read "gap of 2024 4.78 thousand yuan". A city
// without counties now carries the rest itself, said so; the year comes first.
import { describe, expect, it } from 'vitest';
import type { Alert, Analysis, FundStatus } from '../../src/domain/types';
import { findings } from '../../src/report/findings';
import { Dec } from '../../src/domain/money';
import { shareGap } from '../../src/domain/shareGap';
import { analysisWithTheGap, BEIJING, DONGCHENG, THE_GAP_INPUT } from './cityWithoutCounties';
import { alertText } from '../domain/messages/samples';

const analysis = (): Analysis => analysisWithTheGap();

describe('the gap-sharing finding of a city without counties', () => {
  // cityWithoutCounties.ts: gap 668,783.52 = balance 190,847.07 + the city's 477,936.45.
  it('says the city carries the rest itself, in Chinese', () => {
    const f = findings(analysis(), null, null, '110101').find((x) => x.topic === 'gap_sharing');
    expect(f?.text).toBe('东城区 城乡医疗救助基金 2024年缺口 66.88万元，累计结余弥补 19.08万元，剩余 47.79万元：无下辖区县，由本级承担 47.79万元。');
    expect(f?.proposal).toBe('按缺口分担办法由东城区本级弥补，合计 47.79万元。');
  });

  it('and in English, with the year before the gap', () => {
    const f = findings(analysis(), null, null, '110101', 'en').find((x) => x.topic === 'gap_sharing');
    expect(f?.text).toBe(
      '东城区 medical assistance fund 2024 gap 668.78 thousand yuan, covered by the accumulated balance 190.85 thousand yuan, remaining 477.94 thousand yuan: no counties, so it bears 477.94 thousand yuan itself.',
    );
    expect(f?.proposal).toBe('Have 东城区 cover 477.94 thousand yuan itself by the gap-sharing rules.');
  });

  // Its own unpaid dues of 10,000.00 (a 省直辖县's obligations) come first: 1.00万元 + 46.79万元 = 47.79万元 remaining.
  it('names the part it owes itself', () => {
    const owing = { ...analysis(), sharing: [shareGap({ ...THE_GAP_INPUT, ownShortfall: new Dec('10000.00') })] };
    const zh = findings(owing, null, null, '110101').find((x) => x.topic === 'gap_sharing');
    expect(zh?.text).toBe('东城区 城乡医疗救助基金 2024年缺口 66.88万元，累计结余弥补 19.08万元，剩余 47.79万元：无下辖区县，本级应缴未缴 1.00万元，余 46.79万元 由本级承担。');
    const en = findings(owing, null, null, '110101', 'en').find((x) => x.topic === 'gap_sharing');
    expect(en?.text).toContain('remaining 477.94 thousand yuan: no counties, its own shortfall 10.00 thousand yuan, so it bears 467.94 thousand yuan itself.');
  });

  // 东莞市's shape: expenditure 400,012.34 − income 400,000.00 = gap 12.34, no opening balance, so the balance covers
  // 0.00 and the city bears 12.34. The 0.00 read 0.00万元 (chooseMoneyUnit's default for a zero) beside 12.34元.
  it('says a balance covering nothing in the unit of the 12.34元 beside it', () => {
    const tiny = { ...analysis(), sharing: [shareGap({ ...THE_GAP_INPUT, income: new Dec('400000.00'), expenditure: new Dec('400012.34'), openingBalance: new Dec('0.00') })] };
    const zh = findings(tiny, null, null, '110101').find((x) => x.topic === 'gap_sharing');
    expect(zh?.text).toBe('东城区 城乡医疗救助基金 2024年缺口 12.34元，累计结余弥补 0.00元，剩余 12.34元：无下辖区县，由本级承担 12.34元。');
    const en = findings(tiny, null, null, '110101', 'en').find((x) => x.topic === 'gap_sharing');
    expect(en?.text).toBe('东城区 medical assistance fund 2024 gap 12.34 yuan, covered by the accumulated balance 0.00 yuan, remaining 12.34 yuan: no counties, so it bears 12.34 yuan itself.');
  });
});

// Found by a sweep (湖北省): the province's deficit finding proposed assigning the province's net deficit "by
// the gap-sharing rules", but sharing is a pool's, and the province nets pools in surplus against those in deficit.
describe('the deficit proposal above the pools', () => {
  const zero = new Dec(0);
  // 北京市 year to date: income 2,000,000.00 − expenditure 2,300,000.00 = −300,000.00 (东城区's 668,783.52 gap, netted by others).
  const province: FundStatus = {
    regionCode: '110000',
    level: 'province',
    fund: 'assistance',
    quarter: '2024Q4',
    income: new Dec('500000.00'),
    expenditure: new Dec('600000.00'),
    currentBalance: new Dec('-100000.00'),
    ytdIncome: new Dec('2000000.00'),
    ytdExpenditure: new Dec('2300000.00'),
    ytdCurrentBalance: new Dec('-300000.00'),
    balanceRate: new Dec('-0.15'),
    openingBalance: new Dec('1000000.00'),
    accumulatedBalance: new Dec('700000.00'),
    monthsPayable: new Dec('3.65'),
    incomeBySource: { central: zero, province: zero, city: zero, county: zero, individual: zero, other: zero },
    expenditureByItem: {} as FundStatus['expenditureByItem'],
  };
  const deficit: Alert = {
    rule: 'current_deficit',
    severity: 'red',
    regionCode: '110000',
    fund: 'assistance',
    quarter: '2024Q4',
    value: new Dec('-300000.00'),
    threshold: zero,
    text: alertText('110000'),
  };
  const withDeficit = (): Analysis => ({ ...analysisWithTheGap([BEIJING, DONGCHENG], [province]), alerts: [deficit] });

  it('names the pools in deficit and their gaps, not the netted province figure', () => {
    const f = findings(withDeficit(), null, null, '110000').find((x) => x.topic === 'current_deficit' && x.regionCode === '110000');
    expect(f?.proposal).toBe('分析北京市支出增长原因；年初至今收不抵支的 1 个统筹区（东城区，缺口合计 66.88万元）按缺口分担办法落实弥补责任。');
    const e = findings(withDeficit(), null, null, '110000', 'en').find((x) => x.topic === 'current_deficit' && x.regionCode === '110000');
    expect(e?.proposal).toBe(
      "Analyse why 北京市's expenditure grew; the 1 pool(s) in deficit year to date (东城区; gaps 668.78 thousand yuan in all) assign their gaps by the gap-sharing rules.",
    );
  });

  it("a pool's own report keeps its gap and the rules", () => {
    const city: FundStatus = { ...province, regionCode: '110101', level: 'city', ytdCurrentBalance: new Dec('-668783.52') };
    const a: Analysis = { ...analysisWithTheGap([BEIJING, DONGCHENG], [city]), alerts: [{ ...deficit, regionCode: '110101', value: new Dec('-668783.52') }] };
    const f = findings(a, null, null, '110101').find((x) => x.topic === 'current_deficit');
    expect(f?.proposal).toBe('分析东城区支出增长原因，缺口 66.88万元 按缺口分担办法落实弥补责任。');
  });
});
