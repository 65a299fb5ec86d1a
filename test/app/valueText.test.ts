// How an alert's measured value reads beside its threshold (the alert list):
// months payable below zero says 已透支, the computed figure on hover.
import { describe, expect, it } from 'vitest';
import { ruleValueExact, ruleValueText, ruleValueTexts } from '../../src/app/view/valueText';
import { moneyUnitById } from '../../src/domain/moneyUnit';
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

  // Found by the reading sweep: 乌兰察布市's resident fund read 实际 -2.90亿元 beside 阈值 0.00万元.
  it('money: the value and its threshold in one unit', () => {
    expect(ruleValueTexts('current_deficit', new Dec('-290249007.77'), new Dec(0), 'zh')).toEqual(['-2.90亿元', '0.00亿元']);
    expect(ruleValueTexts('current_deficit', new Dec('-17960565.39'), new Dec(0), 'en')).toEqual(['-17.96 million yuan', '0.00 million yuan']);
    expect(ruleValueTexts('coverage', new Dec('0.9712'), new Dec('0.99'), 'zh')).toEqual(['97.12%', '99.00%']);
  });

  // 乌兰察布市's growth gap card read 实际 12.59% 阈值 10.00% where its sentence says 个百分点: a difference of
  // two growth rates is no rate. Expenditure +20.00% against income +7.41%: 12.59 points over a 10-point threshold.
  it('a difference of two rates: percentage points, never beside its threshold as equal', () => {
    const gap = new Dec('0.20').minus('0.0741');
    expect(ruleValueTexts('growth_gap', gap, new Dec('0.10'), 'zh')).toEqual(['12.59 个百分点', '10.00 个百分点']);
    expect(ruleValueTexts('growth_gap', gap, new Dec('0.10'), 'en')).toEqual(['12.59 percentage points', '10.00 percentage points']);
    // 序时进度 75% − 执行率 64.996%: 10.004 points, above 10.00 — three decimals, not "10.00 beside 10.00".
    expect(ruleValueTexts('budget_execution', new Dec('0.75').minus('0.64996'), new Dec('0.10'), 'zh')).toEqual(['10.004 个百分点', '10.00 个百分点']);
    expect(ruleValueText('budget_execution', new Dec('0.1234'), 'zh')).toBe('12.34 个百分点');
    // A rate stays a rate.
    expect(ruleValueText('balance_rate', new Dec('0.1234'), 'zh')).toBe('12.34%');
  });

  it('money in an alert list: in the list\'s unit, as the sentence under it reads, where the value keeps two digits', () => {
    // 凉城县's -950,868.27 read -950.87 thousand yuan beside its sentence's -0.95 million in a million list.
    const million = moneyUnitById('million', 'en');
    expect(ruleValueTexts('current_deficit', new Dec('-950868.27'), new Dec(0), 'en')).toEqual(['-950.87 thousand yuan', '0.00 thousand yuan']);
    expect(ruleValueTexts('current_deficit', new Dec('-950868.27'), new Dec(0), 'en', million)).toEqual(['-0.95 million yuan', '0.00 million yuan']);
    expect(ruleValueTexts('current_deficit', new Dec('-290249007.77'), new Dec(0), 'zh', moneyUnitById('wan', 'zh'))).toEqual(['-29,024.90万元', '0.00万元']);
    // 57,450.00 would read 0.06 million: its own unit.
    expect(ruleValueTexts('current_deficit', new Dec('-57450'), new Dec(0), 'en', million)).toEqual(['-57.45 thousand yuan', '0.00 thousand yuan']);
    // Not money: the list's unit does not apply.
    expect(ruleValueTexts('coverage', new Dec('0.9712'), new Dec('0.99'), 'en', million)).toEqual(['97.12%', '99.00%']);
  });
});

