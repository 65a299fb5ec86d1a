// The big screen's figures read as the rest of the app's: money with at most
// two decimals in the unit its size calls for (the overview's "11.87 million
// yuan", not "11.8676 million yuan"), in both languages.
import { describe, expect, it } from 'vitest';
import { screenAlertValue, screenChangeText, screenValueNote, screenValueText } from '../../src/app/view/bigScreenFigures';
import { Dec } from '../../src/domain/money';
import type { Alert } from '../../src/domain/types';
import { alertText } from '../domain/messages/samples';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';

const POLICY = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

const deficit = (value: string): Alert => ({
  rule: 'current_deficit',
  severity: 'red',
  regionCode: '430200',
  fund: 'resident',
  quarter: '2024Q4',
  value: new Dec(value),
  threshold: new Dec(0),
  text: alertText('430200'),
});

describe('big-screen figures', () => {
  // Found by stop 33's presenter walk: "◆橙色 商都县 · 累计结余可支付月数 · 6.0 个月" for an alert of being below 6 (5.96).
  it('a figure stays beside its band limit: 5.96 months below 6 reads 5.96, a 98.996% coverage below 99% reads 98.996%', () => {
    const months = { rule: 'months_payable', policy: POLICY } as const;
    expect(screenValueText(new Dec('5.96'), 'months', 'zh', months)).toBe('5.96 个月');
    expect(screenValueText(new Dec('5.96'), 'months', 'en', months)).toBe('5.96 mo');
    expect(screenValueText(new Dec('8.98'), 'months', 'zh', months)).toBe('8.98 个月');
    // 9.003 is blue (9 and above) and so is a 9.0: no more places than the band needs.
    expect(screenValueText(new Dec('9.003'), 'months', 'zh', months)).toBe('9.0 个月');
    expect(screenValueText(new Dec('7.04'), 'months', 'zh', months)).toBe('7.0 个月');
    expect(screenValueText(new Dec('0.98996'), 'rate', 'zh', { rule: 'coverage', policy: POLICY })).toBe('98.996%');
    const below = (rule: Alert['rule'], value: string, threshold: string): Alert => ({ ...deficit(value), rule, severity: 'orange', threshold: new Dec(threshold) });
    expect(screenAlertValue(below('months_payable', '5.96', '6'), 'zh', POLICY)).toBe('5.96 个月');
    expect(screenAlertValue(below('months_payable', '5.96', '6'), 'zh')).toBe('5.96 个月');
    expect(screenAlertValue(below('coverage', '0.98996', '0.99'), 'zh')).toBe('98.996%');
  });

  it('a KPI amount: 11,867,612.34 yuan is 1,186.76万元 and 11.87 million yuan', () => {
    expect(screenValueText(new Dec('11867612.34'), 'money', 'zh')).toBe('1,186.76万元');
    expect(screenValueText(new Dec('11867612.34'), 'money', 'en')).toBe('11.87 million yuan');
    expect(screenValueText(new Dec('123456789.01'), 'money', 'en')).toBe('123.46 million yuan');
    expect(screenValueText(new Dec('1234567890'), 'money', 'zh')).toBe('12.35亿元');
  });

  it('a change: 11,867,612.34 − 14,751,612.34 = −2,884,000.00 yuan, signed, two decimals', () => {
    const now = new Dec('11867612.34');
    expect(screenChangeText(now, new Dec('14751612.34'), 'money', 'en')).toBe('−2.88 million yuan');
    expect(screenChangeText(now, new Dec('14751612.34'), 'money', 'zh')).toBe('−288.40万元');
    expect(screenChangeText(now, now, 'money', 'en')).toBe('±0.00 million yuan');
    expect(screenChangeText(now, null, 'money', 'en')).toBe('—');
    // A change reads in its card's unit: 10,922,000,000 − 10,039,830,000 = 882,170,000 yuan is +0.88 billion beside 10.92 billion
    // (not +882.17 million), and 109.22亿 − 100.40亿 = +8.82亿元.
    const balance = new Dec('10922000000');
    expect(screenValueText(balance, 'money', 'en')).toBe('10.92 billion yuan');
    expect(screenChangeText(balance, new Dec('10039830000'), 'money', 'en')).toBe('+0.88 billion yuan');
    expect(screenChangeText(balance, new Dec('10039830000'), 'money', 'zh')).toBe('+8.82亿元');
    // A change that would read 0.00 in the card's unit reads in its own (2,000 yuan beside 10.92 billion), never "+0.00 billion".
    expect(screenChangeText(balance, new Dec('10921998000'), 'money', 'en')).toBe('+2.00 thousand yuan');
    expect(screenChangeText(balance, new Dec('10921998000'), 'money', 'zh')).toBe('+2,000.00元');
    // 99.65% − 99.13% = 0.52 percentage points; 0.76 − 0.86 months.
    expect(screenChangeText(new Dec('0.9965'), new Dec('0.9913'), 'rate', 'en')).toBe('+0.52 pp');
    expect(screenChangeText(new Dec('0.76'), new Dec('0.86'), 'months', 'zh')).toBe('−0.1 个月');
  });

  it('an alert’s amount: −16,599,800.00 yuan reads −16.60 million yuan, as its sentence does', () => {
    expect(screenAlertValue(deficit('-16599800.00'), 'en')).toBe('-16.60 million yuan');
    expect(screenAlertValue(deficit('-16599800.00'), 'zh')).toBe('-1,659.98万元');
  });

  it('a growth gap reads in percentage points, as its sentence says it', () => {
    const gap: Alert = { ...deficit('0'), rule: 'growth_gap', value: new Dec('0.1259'), threshold: new Dec('0.10') };
    expect(screenAlertValue(gap, 'zh')).toBe('12.59 个百分点');
    expect(screenAlertValue(gap, 'en')).toBe('12.59 pp');
  });
});

describe('big-screen months payable below zero', () => {
  // −5,650,657.42 over an average monthly expenditure of 9,417,762.37: −0.5999… months.
  const months = new Dec('-5650657.42').div('9417762.37');

  it('the KPI reads 已透支 / overdrawn, the computed figure beside it', () => {
    expect(screenValueText(months, 'months', 'zh')).toBe('已透支');
    expect(screenValueText(months, 'months', 'en')).toBe('overdrawn');
    expect(screenValueNote(months, 'months', 'zh')).toBe('计算值 -0.6 个月');
    expect(screenValueNote(months, 'months', 'en')).toBe('computed -0.6 mo');
    // Any other figure says itself.
    expect(screenValueNote(new Dec('2.3'), 'months', 'zh')).toBeNull();
    expect(screenValueText(new Dec('2.3'), 'months', 'zh')).toBe('2.3 个月');
  });

  it('a rolling alert says overdrawn with the figure in brackets', () => {
    const alert: Alert = { rule: 'months_payable', severity: 'red', regionCode: '150900', fund: 'assistance', quarter: '2024Q4', value: months, threshold: new Dec(3), text: alertText('150900') };
    expect(screenAlertValue(alert, 'zh')).toBe('已透支（计算值 -0.6 个月）');
    expect(screenAlertValue(alert, 'en')).toBe('overdrawn (computed -0.6 mo)');
  });

  it('a change against a quarter still being computed says so, not a dash (which reads as no data)', () => {
    expect(screenChangeText(new Dec('0.9861'), 'pending', 'rate', 'zh')).toBe('计算中…');
    expect(screenChangeText(new Dec('0.9861'), 'pending', 'rate', 'en')).toBe('computing…');
    // Nothing to compare on this side: a dash, computing or not.
    expect(screenChangeText(null, 'pending', 'rate', 'zh')).toBe('—');
    expect(screenChangeText(new Dec('0.9861'), null, 'rate', 'zh')).toBe('—');
  });
});
