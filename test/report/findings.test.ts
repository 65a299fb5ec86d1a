import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
// Findings are sentences computed from the numbers: change one number and
// the sentence changes with it (hand-computed below).
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { Alert, Analysis, FundStatus, Quarter } from '../../src/domain/types';
import { findings } from '../../src/report/findings';
import { EXPENDITURE_ITEMS, SOURCE_LEVELS } from '../../src/domain/types';
import { alertText } from '../domain/messages/samples';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, new Dec(0)])) as Record<K, Dec>;
type Dec = InstanceType<typeof Dec>;

function status(code: string, quarter: Quarter, months: string, balance: string): FundStatus {
  return {
    regionCode: code,
    level: code === '150000' ? 'province' : 'city',
    fund: 'resident',
    quarter,
    income: new Dec(100),
    expenditure: new Dec(100),
    currentBalance: new Dec(0),
    ytdIncome: new Dec(400),
    ytdExpenditure: new Dec(400),
    ytdCurrentBalance: new Dec(0),
    balanceRate: new Dec(0),
    openingBalance: new Dec(0),
    accumulatedBalance: new Dec(balance),
    monthsPayable: new Dec(months),
    incomeBySource: zeros(SOURCE_LEVELS),
    expenditureByItem: zeros(EXPENDITURE_ITEMS),
  };
}

function alert(months: string): Alert {
  return { rule: 'months_payable', severity: 'red', regionCode: '150900', fund: 'resident', quarter: '2024Q4', value: new Dec(months), threshold: new Dec(3), text: alertText('150900') };
}

/** 乌兰察布: 2023Q4 4.72, 2024Q3 3.51, 2024Q4 `now` months; balance 372,022,608.13. */
function analysis(now: string): Analysis {
  const history = [status('150900', '2023Q4', '4.72', '1'), status('150900', '2024Q3', '3.51', '1'), status('150900', '2024Q4', now, '372022608.13')];
  return {
    policy: resolvePolicy(DEFAULT_POLICY_FILE, 2024),
    reconciliation: [],
    quarter: '2024Q4',
    regions: [
      { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
      { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
    ],
    coverage: [],
    funds: history.filter((s) => s.quarter === '2024Q4'),
    alerts: [alert(now)],
    history,
    sharing: [],
    allocation: [],
    subsidySplit: [],
    subsidyDemand: [],
    forecasts: [],
  };
}

describe('findings', () => {
  it('months payable with both changes and the line it crossed', () => {
    const [f] = findings(analysis('2.30'), null, null, '150000');
    // 2.30 − 3.51 = −1.21; 2.30 − 4.72 = −2.42.
    expect(f?.text).toBe('乌兰察布市 城乡居民医保基金 累计结余可支付月数 2.30 个月，较上季度下降 1.21 个月，较上年同期下降 2.42 个月，低于 3 个月警戒线。');
    expect(f).toMatchObject({ severity: 'red', topic: 'months_payable', regionCode: '150900', fund: 'resident' });
    // Monthly expenditure 372,022,608.13 ÷ 2.30 = 161,748,959.93; (3 − 2.30) × that = 113,224,271.95 → 1.13亿元.
    expect(f?.proposal).toContain('需增加约 1.13亿元 结余（按月均支出 1.62亿元 计）');
  });

  it('months payable below zero: the fund is overdrawn, the computed figure in brackets', () => {
    const a = analysis('-0.60');
    const now = a.funds[0] as FundStatus;
    a.funds[0] = { ...now, accumulatedBalance: new Dec('-5650657.42') };
    const [zh] = findings(a, null, null, '150000');
    // −0.60 − 3.51 = −4.11; −0.60 − 4.72 = −5.32.
    expect(zh?.text).toBe('乌兰察布市 城乡居民医保基金 累计结余可支付月数 已透支（计算值 -0.60 个月），较上季度下降 4.11 个月，较上年同期下降 5.32 个月，低于 3 个月警戒线。');
    expect(findings(a, null, null, '150000', 'en')[0]?.text).toContain('months payable overdrawn (computed -0.60 months), down 4.11 months');
  });

  it('a different number gives a different sentence', () => {
    const [f] = findings(analysis('2.75'), null, null, '150000');
    // 2.75 − 3.51 = −0.76; 2.75 − 4.72 = −1.97.
    expect(f?.text).toBe('乌兰察布市 城乡居民医保基金 累计结余可支付月数 2.75 个月，较上季度下降 0.76 个月，较上年同期下降 1.97 个月，低于 3 个月警戒线。');
  });

  it('the previous quarter Analysis, when given, is the comparison base', () => {
    const prev = analysis('2.30');
    prev.quarter = '2024Q3';
    prev.funds = [status('150900', '2024Q3', '2.00', '1')];
    const [f] = findings(analysis('2.30'), prev, null, '150000');
    // 2.30 − 2.00 = +0.30.
    expect(f?.text).toContain('较上季度上升 0.30 个月');
  });

  it('no alerts: one finding that says so, with the count of regions', () => {
    const a = analysis('2.30');
    a.alerts = [];
    expect(findings(a, null, null, '150000')).toEqual([
      { severity: null, topic: 'clear', regionCode: '150000', fund: null, text: '内蒙古自治区 2024年第4季度各项指标均未触及预警线（本级及下级共 2 个地区，预警 0 条）。', proposal: null },
    ]);
  });

  it('no alerts because nothing was loaded for the region: says that, not that every indicator is clear', () => {
    const a = analysis('2.30');
    a.regions.push({ code: '150800', name: '巴彦淖尔市', level: 'city', parentCode: '150000', tier: 2 });
    a.regions.push({ code: '150821', name: '五原县', level: 'county', parentCode: '150800', tier: 2 });
    // 巴彦淖尔市 and 五原县 are in regions.csv only; 乌兰察布市's figures are outside their subtree.
    expect(findings(a, null, null, '150800').map((f) => [f.topic, f.severity, f.text])).toEqual([
      ['clear', null, '巴彦淖尔市 2024年第4季度本级及下级（2 个地区）没有参保或基金收支数据，各项指标无法判断是否触及预警线。'],
    ]);
    expect(findings(a, null, null, '150800', 'en')[0]?.text).toBe(
      '巴彦淖尔市 2024 Q4: no enrollment or fund figures were loaded for it or the regions below (2 regions), so no indicator could be judged.',
    );
  });

  it('coverage below target names the county with its city and the unenrolled count', () => {
    const a = analysis('2.30');
    a.regions.push({ code: '150929', name: '四子王旗', level: 'county', parentCode: '150900', tier: null });
    a.coverage = [{ regionCode: '150929', level: 'county', category: null, recipients: 8561, enrolled: 8441, rate: new Dec(8441).div(8561) }];
    a.alerts = [{ rule: 'coverage', severity: 'red', regionCode: '150929', fund: null, quarter: '2024Q4', value: new Dec(8441).div(8561), threshold: new Dec('0.99'), text: alertText('150929') }];
    const [f] = findings(a, null, null, '150000');
    // 8,441 ÷ 8,561 = 0.985983 → 98.60%; 8,561 − 8,441 = 120.
    expect(f?.text).toBe('乌兰察布市四子王旗 救助对象参保率 98.60%（已参保 8,441 人 / 救助对象 8,561 人），低于 99.00%。');
    expect(f?.proposal).toBe('督促四子王旗为 120 名未参保救助对象办理资助参保。');
  });

  it('a rate or months that round onto the bound they crossed keep the decimals that show their side', () => {
    const a = analysis('2.9961');
    a.regions.push({ code: '150929', name: '四子王旗', level: 'county', parentCode: '150900', tier: null });
    // 1,678 ÷ 1,695 = 0.989970…: "99.00%，低于 99.00%" would contradict itself.
    a.coverage = [{ regionCode: '150929', level: 'county', category: null, recipients: 1695, enrolled: 1678, rate: new Dec(1678).div(1695) }];
    a.alerts.push({ rule: 'coverage', severity: 'red', regionCode: '150929', fund: null, quarter: '2024Q4', value: new Dec(1678).div(1695), threshold: new Dec('0.99'), text: alertText('150929') });
    const texts = findings(a, null, null, '150000').map((f) => f.text);
    expect(texts).toContain('乌兰察布市四子王旗 救助对象参保率 98.997%（已参保 1,678 人 / 救助对象 1,695 人），低于 99.00%。');
    expect(texts.find((t) => t.includes('可支付月数'))).toContain('累计结余可支付月数 2.996 个月');
  });

  describe('in English', () => {
    it('months payable with both changes, and the proposal in million/billion yuan', () => {
      const [f] = findings(analysis('2.30'), null, null, '150000', 'en');
      // The same figures as the Chinese sentence: 2.30 − 3.51 = −1.21; 2.30 − 4.72 = −2.42.
      expect(f?.text).toBe(
        '乌兰察布市 resident basic medical insurance fund months payable 2.30 months, down 1.21 months from last quarter, ' +
          'down 2.42 months from the same quarter last year, below the 3-month warning line.',
      );
      // 113,224,271.95 yuan → 113.22 million yuan; 161,748,959.93 → 161.75 million yuan: one unit for the sentence, from its largest figure.
      expect(f?.proposal).toContain('needs about 113.22 million yuan more balance (at an average monthly expenditure of 161.75 million yuan) to get back to 3 months');
    });

    it('a different number gives a different sentence', () => {
      const [f] = findings(analysis('2.75'), null, null, '150000', 'en');
      // 2.75 − 3.51 = −0.76; 2.75 − 4.72 = −1.97.
      expect(f?.text).toBe(
        '乌兰察布市 resident basic medical insurance fund months payable 2.75 months, down 0.76 months from last quarter, ' +
          'down 1.97 months from the same quarter last year, below the 3-month warning line.',
      );
      const prev = analysis('2.30');
      prev.quarter = '2024Q3';
      prev.funds = [status('150900', '2024Q3', '2.00', '1')];
      // 2.30 − 2.00 = +0.30.
      expect(findings(analysis('2.30'), prev, null, '150000', 'en')[0]?.text).toContain('up 0.30 months from last quarter');
    });

    it('no alerts, and coverage naming the county with its city', () => {
      const a = analysis('2.30');
      a.alerts = [];
      expect(findings(a, null, null, '150000', 'en')[0]?.text).toBe(
        '内蒙古自治区 2024 Q4: no indicator reached a warning line (2 regions at this level and below, 0 alerts).',
      );
      a.regions.push({ code: '150929', name: '四子王旗', level: 'county', parentCode: '150900', tier: null });
      a.coverage = [{ regionCode: '150929', level: 'county', category: null, recipients: 8561, enrolled: 8441, rate: new Dec(8441).div(8561) }];
      a.alerts = [{ rule: 'coverage', severity: 'red', regionCode: '150929', fund: null, quarter: '2024Q4', value: new Dec(8441).div(8561), threshold: new Dec('0.99'), text: alertText('150929') }];
      const [f] = findings(a, null, null, '150000', 'en');
      expect(f?.text).toBe('四子王旗 (乌兰察布市) recipient enrollment rate 98.60% (enrolled 8,441 / recipients 8,561), below 99.00%.');
      expect(f?.proposal).toBe('Have 四子王旗 enroll its 120 unenrolled recipients with a subsidy.');
    });
  });
});
