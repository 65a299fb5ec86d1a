// How an alert's measured value reads beside its threshold (the alert list):
// months payable below zero says 已透支, the computed figure on hover.
import { describe, expect, it } from 'vitest';
import { ruleValueExact, ruleValueText } from '../../src/app/view/valueText';
import { Dec } from '../../src/domain/money';

describe('an alert’s value', () => {
  // Balance −5,650,657.42 ÷ average monthly expenditure 9,417,762.37 = −0.5999… months, as the alert keeps it (two decimals).
  const months = new Dec(new Dec('-5650657.42').div('9417762.37').toFixed(2));

  it('months payable below zero: 已透支 / overdrawn, the figure in the hover title', () => {
    expect(months.toString()).toBe('-0.6');
    expect(ruleValueText('months_payable', months, 'zh')).toBe('已透支');
    expect(ruleValueText('months_payable', months, 'en')).toBe('overdrawn');
    expect(ruleValueExact('months_payable', months, 'zh')).toBe('计算值 -0.60 个月');
    // A projection below zero is months payable below zero too.
    expect(ruleValueText('forecast', new Dec('-2.5'), 'zh')).toBe('已透支');
  });

  it('zero and above read as months; the threshold too', () => {
    expect(ruleValueText('months_payable', new Dec('2.3'), 'zh')).toBe('2.30 个月');
    expect(ruleValueText('months_payable', new Dec(3), 'en')).toBe('3.00 months');
    expect(ruleValueExact('months_payable', new Dec('2.3'), 'zh')).toBe('2.3');
  });
});
