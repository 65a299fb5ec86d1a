import { describe, expect, it } from 'vitest';
import { coverageAlerts, fundAlerts, sortAlerts } from '../../src/domain/alerts';
import { fundStatuses } from '../../src/domain/fundStatus';
import { chineseFigures, CJK, englishFigures } from './alerts/sameNumbers';
import { Dec, moneyString } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { toCoverageRows } from '../../src/domain/coverage';
import type { Alert } from '../../src/domain/types';
import { opening, totals } from './fixtures';
import { alertText } from './messages/samples';
import { en, zh } from './alerts/say';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const NAMES: Record<string, string> = { '150900': '乌兰察布市', '150921': '卓资县', '150923': '商都县', '150000': '内蒙古自治区' };
const name = (code: string): string => NAMES[code] ?? code;

describe('coverageAlerts', () => {
  const rows = toCoverageRows([
    { regionCode: '150921', level: 'county', category: null, recipients: 4920, enrolled: 4850 },
    { regionCode: '150921', level: 'county', category: 'dibao', recipients: 100, enrolled: 50 }, // categories never alert
    { regionCode: '150923', level: 'county', category: null, recipients: 5000, enrolled: 4960 },
    { regionCode: '150900', level: 'city', category: null, recipients: 9920, enrolled: 9900 },
    { regionCode: '150000', level: 'province', category: null, recipients: 0, enrolled: 0 },
  ]);
  const alerts = coverageAlerts(rows, name, '2024Q4', policy);

  it('red below the 99% target, with the formula filled in', () => {
    const red = alerts[0];
    expect(red?.severity).toBe('red');
    expect(red?.regionCode).toBe('150921');
    expect(red?.fund).toBeNull();
    expect(red?.threshold.toString()).toBe('0.99');
    expect(red?.value.eq(new Dec(4850).div(4920))).toBe(true);
    expect(zh(red)).toBe('卓资县 救助对象参保率 = 已参保 4,850 人 ÷ 救助对象 4,920 人 = 98.58%，低于目标 99.00%（红色）');
  });

  it('yellow between 99% and 99.5%, none at or above 99.5% or without recipients', () => {
    // 4,960 / 5,000 = 0.992
    expect(zh(alerts[1])).toBe('商都县 救助对象参保率 = 已参保 4,960 人 ÷ 救助对象 5,000 人 = 99.20%，低于 99.50%（黄色）');
    expect(alerts[1]?.threshold.toString()).toBe('0.995');
    // 9,900 / 9,920 = 0.997984 → normal; the province has no recipients.
    expect(alerts).toHaveLength(2);
  });
});

describe('fundAlerts', () => {
  // A planted deficit in a city's resident fund, 2024 (yuan):
  //   2023Q4 expenditure 2,500,000 (only feeds the months-payable window)
  //   2024Q1 income 3,600,000 expenditure 3,000,000
  //   2024Q3 income 1,200,000 expenditure 2,400,000 (2024Q2 missing = 0)
  //   opening 2024: 2,000,000
  // At 2024Q3: YTD 4,800,000 − 5,400,000 = −600,000; quarter 1,200,000 − 2,400,000 = −1,200,000;
  // balance rate −600,000 / 4,800,000 = −12.5%; accumulated 2,000,000 − 600,000 = 1,400,000;
  // window 2023Q4..2024Q3 = (2,500,000 + 3,000,000 + 0 + 2,400,000) / 12 = 658,333.33… a month;
  // months = 1,400,000 / 658,333.33… = 2.13.
  const history = fundStatuses(
    [
      totals('150900', 'city', 'resident', '2023Q4', '1000000.00', '2500000.00'),
      totals('150900', 'city', 'resident', '2024Q1', '3600000.00', '3000000.00'),
      totals('150900', 'city', 'resident', '2024Q3', '1200000.00', '2400000.00'),
      // A county fund in surplus whose balance is short: 100,000 / (60,000 / 3) = 5 months → orange.
      totals('150921', 'county', 'assistance', '2024Q3', '80000.00', '60000.00'),
    ],
    [opening('150900', 'resident', 2024, '2000000.00'), opening('150921', 'assistance', 2024, '80000.00')],
    () => 4,
  );
  // Judged as a non-seasonal fund so the quarter alone is checked too.
  const nonSeasonal = { ...policy, seasonal_funds: [] };
  const alerts = fundAlerts(history, name, '2024Q3', nonSeasonal);

  it('a seasonal fund (default: resident) is judged on the year to date only', () => {
    const seasonal = fundAlerts(history, name, '2024Q3', policy).filter((a) => a.rule === 'current_deficit');
    expect(policy.seasonal_funds).toEqual(['resident']);
    expect(seasonal.map((a) => moneyString(a.value))).toEqual(['-600000.00']);
  });

  it('emits deficit (YTD first, then the quarter), balance rate and months payable, worst first', () => {
    expect(alerts.map((a) => [a.rule, a.severity, a.regionCode, moneyOrRate(a)])).toEqual([
      ['current_deficit', 'red', '150900', '-600000.00'],
      ['current_deficit', 'red', '150900', '-1200000.00'],
      ['balance_rate', 'red', '150900', '-0.125'],
      ['months_payable', 'red', '150900', '2.13'],
      ['months_payable', 'orange', '150921', '5.00'],
    ]);
  });

  it('every sentence shows the formula with the numbers in 万元', () => {
    expect(alerts.map((a) => zh(a)!)).toEqual([
      '乌兰察布市 城乡居民医保基金 年初至今当期结余 = 收入 480.00万元 − 支出 540.00万元 = -60.00万元，低于 0.00万元（红色）',
      '乌兰察布市 城乡居民医保基金 本季度当期结余 = 收入 120.00万元 − 支出 240.00万元 = -120.00万元，低于 0.00万元（红色）',
      '乌兰察布市 城乡居民医保基金 年初至今当期结余率 = 当期结余 -60.00万元 ÷ 收入 480.00万元 = -12.50%，低于 0.00%（红色）',
      '乌兰察布市 城乡居民医保基金 累计结余可支付月数 = 累计结余 140.00万元 ÷ 近4个季度月均支出 65.83万元 = 2.13 个月，低于 3 个月（红色）',
      // 100,000 accumulated (80,000 + 20,000) / (60,000 / 3 = 20,000 a month) = 5 months; 1 quarter of history.
      '卓资县 城乡医疗救助基金 累计结余可支付月数 = 累计结余 10.00万元 ÷ 近1个季度月均支出 2.00万元 = 5.00 个月，低于 6 个月（橙色）',
    ]);
    expect(alerts[0]?.threshold.isZero()).toBe(true);
    expect(alerts[3]?.threshold.toString()).toBe('3');
  });

  it('accumulated balance below zero, blue and yellow months payable', () => {
    const s = fundStatuses(
      [
        // −500,000 accumulated: 100,000 + 200,000 − 800,000
        totals('150921', 'county', 'resident', '2024Q1', '200000.00', '800000.00'),
        // 1,000,000 + 300,000 − 300,000 = 1,000,000 / (300,000 / 3) = 10 months: blue
        totals('150923', 'county', 'resident', '2024Q1', '300000.00', '300000.00'),
        // 2,000,000 / 100,000 = 20 months: yellow (excess)
        totals('150923', 'county', 'assistance', '2024Q1', '300000.00', '300000.00'),
      ],
      [
        opening('150921', 'resident', 2024, '100000.00'),
        opening('150923', 'resident', 2024, '1000000.00'),
        opening('150923', 'assistance', 2024, '2000000.00'),
      ],
      () => 4,
    );
    const messages = fundAlerts(s, name, '2024Q1', policy).map((a) => `${a.rule}/${a.severity}: ${zh(a)!}`);
    expect(messages).toEqual([
      // Q1 is the year to date: one deficit alert.
      'current_deficit/red: 卓资县 城乡居民医保基金 年初至今当期结余 = 收入 20.00万元 − 支出 80.00万元 = -60.00万元，低于 0.00万元（红色）',
      // −600,000 / 200,000 = −300%
      'balance_rate/red: 卓资县 城乡居民医保基金 年初至今当期结余率 = 当期结余 -60.00万元 ÷ 收入 20.00万元 = -300.00%，低于 0.00%（红色）',
      'accumulated_negative/red: 卓资县 城乡居民医保基金 累计结余 = 年初结余 10.00万元 + 年初至今收入 20.00万元 − 年初至今支出 80.00万元 = -50.00万元，低于 0.00万元（红色）',
      // −500,000 / (800,000 / 3) = −1.875
      'months_payable/red: 卓资县 城乡居民医保基金 累计结余可支付月数 = 累计结余 -50.00万元 ÷ 近1个季度月均支出 26.67万元 = -1.88 个月，低于 3 个月（红色）',
      // balance rate 0 / 300,000 = 0 → yellow [0, 5%) for both 商都县 funds.
      'balance_rate/yellow: 商都县 城乡医疗救助基金 年初至今当期结余率 = 当期结余 0.00万元 ÷ 收入 30.00万元 = 0.00%，低于 5.00%（黄色）',
      'balance_rate/yellow: 商都县 城乡居民医保基金 年初至今当期结余率 = 当期结余 0.00万元 ÷ 收入 30.00万元 = 0.00%，低于 5.00%（黄色）',
      'months_payable/yellow: 商都县 城乡医疗救助基金 累计结余可支付月数 = 累计结余 200.00万元 ÷ 近1个季度月均支出 10.00万元 = 20.00 个月，高于 15 个月（黄色）',
      'months_payable/blue: 商都县 城乡居民医保基金 累计结余可支付月数 = 累计结余 100.00万元 ÷ 近1个季度月均支出 10.00万元 = 10.00 个月，不低于 9 个月（蓝色）',
    ]);
    // English: every rule states the same figures in the same order (万元 ÷ 100 = million yuan), and no Chinese but the names.
    const alerts = fundAlerts(s, name, '2024Q1', policy);
    for (const a of alerts) {
      expect(englishFigures(en(a)!)).toEqual(chineseFigures(zh(a)!));
      expect(en(a)!.replace(/卓资县|商都县/, '')).not.toMatch(CJK);
    }
    expect(en(alerts.find((a) => a.rule === 'months_payable' && a.severity === 'blue'))).toBe(
      '商都县 resident basic medical insurance fund months payable = accumulated balance 1.0000 million yuan ÷ ' +
        'average monthly expenditure over the last 1 quarter 0.1000 million yuan = 10.00 months, at or above 9 months (blue)',
    );
  });

  it('without the history the months-payable sentence leaves the average out', () => {
    const only = history.filter((s) => s.quarter === '2024Q3' && s.regionCode === '150900');
    const m = fundAlerts(only, name, '2024Q3', policy).find((a) => a.rule === 'months_payable');
    expect(zh(m)).toBe('乌兰察布市 城乡居民医保基金 累计结余可支付月数 = 累计结余 140.00万元 ÷ 月均支出 = 2.13 个月，低于 3 个月（红色）');
  });
});

describe('sortAlerts', () => {
  it('severity, then rule order, then region code, then fund', () => {
    const a = (rule: Alert['rule'], severity: Alert['severity'], regionCode: string, fund: Alert['fund']): Alert => ({
      rule,
      severity,
      regionCode,
      fund,
      quarter: '2024Q4',
      value: new Dec(0),
      threshold: new Dec(0),
      text: alertText(regionCode),
    });
    const sorted = sortAlerts([
      a('months_payable', 'blue', '150100', 'resident'),
      a('months_payable', 'red', '150200', 'resident'),
      a('months_payable', 'red', '150200', 'assistance'),
      a('coverage', 'yellow', '150100', null),
      a('coverage', 'red', '150300', null),
      a('current_deficit', 'red', '150100', 'resident'),
    ]);
    expect(sorted.map((x) => `${x.severity} ${x.rule} ${x.regionCode} ${x.fund}`)).toEqual([
      'red coverage 150300 null',
      'red current_deficit 150100 resident',
      'red months_payable 150200 assistance',
      'red months_payable 150200 resident',
      'yellow coverage 150100 null',
      'blue months_payable 150100 resident',
    ]);
  });
});

function moneyOrRate(a: Alert): string {
  if (a.rule === 'balance_rate') return a.value.toString();
  if (a.rule === 'months_payable') return a.value.toFixed(2);
  return moneyString(a.value);
}
