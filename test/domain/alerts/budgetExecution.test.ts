import { describe, expect, it } from 'vitest';
import { budgetExecutionAlerts } from '../../../src/domain/alerts';
import { fundStatuses } from '../../../src/domain/fundStatus';
import type { Budget } from '../../../src/domain/inputTypes';
import { money } from '../../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import { totals } from '../fixtures';
import { zh } from './say';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const name = (code: string): string => ({ '150700': '呼伦贝尔市' })[code] ?? code;

function budget(direction: 'income' | 'expenditure', amount: string, year = 2024): Budget {
  return { regionCode: '150700', level: 'city', year, fund: 'resident', direction, amount: money(amount) };
}

// 150700 resident 2024: Q1–Q3 income 300,000 + 200,000 + 126,900 = 626,900; expenditure 200,000 × 3 = 600,000.
const history = fundStatuses(
  [
    totals('150700', 'city', 'resident', '2024Q1', '300000.00', '200000.00'),
    totals('150700', 'city', 'resident', '2024Q2', '200000.00', '200000.00'),
    totals('150700', 'city', 'resident', '2024Q3', '126900.00', '200000.00'),
  ],
  [],
  () => 4,
);

describe('budgetExecutionAlerts', () => {
  it('income behind schedule by more than 10 pp is yellow (the 呼伦贝尔 pattern)', () => {
    // 626,900 / 1,000,000 = 62.69%; elapsed at Q3 75%; 0.75 − 0.6269 = 0.1231 > 0.10.
    const alerts = budgetExecutionAlerts(history, [budget('income', '1000000.00')], name, '2024Q3', policy);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'budget_execution', severity: 'yellow', regionCode: '150700', fund: 'resident', quarter: '2024Q3' });
    expect(alerts[0]?.value.toString()).toBe('0.1231');
    expect(alerts[0]?.threshold.toString()).toBe('0.1');
    expect(zh(alerts[0])).toBe(
      '呼伦贝尔市 城乡居民医保基金 年初至今收入 62.69万元 ÷ 年度预算 100.00万元 = 执行率 62.69%；' +
        '落后序时进度 = 序时进度 75.00% − 收入执行率 62.69% = 12.31 个百分点，高于 10.00 个百分点（黄色）',
    );
  });

  it('exactly 10 pp behind is normal; a zero budget, another year or a missing status is not judged', () => {
    // The boundary: income 650,000 of a 1,000,000 budget at Q3 is 0.75 − 0.65 = 0.10 behind.
    const exact = fundStatuses([totals('150700', 'city', 'resident', '2024Q3', '650000.00', '0.00')], [], () => 4);
    // 0.75 − 650,000 / 1,000,000 = 0.10: not > 0.10.
    expect(budgetExecutionAlerts(exact, [budget('income', '1000000.00')], name, '2024Q3', policy)).toEqual([]);
    expect(budgetExecutionAlerts(history, [budget('income', '0.00')], name, '2024Q3', policy)).toEqual([]);
    expect(budgetExecutionAlerts(history, [budget('income', '1000000.00', 2023)], name, '2024Q3', policy)).toEqual([]);
    expect(budgetExecutionAlerts(history, [{ ...budget('income', '1000000.00'), regionCode: '150900' }], name, '2024Q3', policy)).toEqual([]);
  });

  it('expenditure ahead of schedule by more than 10 pp is yellow', () => {
    // 600,000 / 700,000 = 0.857142…; 0.857142… − 0.75 = 0.107142… > 0.10.
    const alerts = budgetExecutionAlerts(history, [budget('expenditure', '700000.00')], name, '2024Q3', policy);
    expect(alerts.map((a) => [a.severity, a.value.toFixed(6)])).toEqual([['yellow', '0.107143']]);
    expect(zh(alerts[0])).toContain('超前序时进度 = 支出执行率 85.71% − 序时进度 75.00% = 10.71 个百分点');
    // 600,000 / 800,000 = 0.75: on schedule.
    expect(budgetExecutionAlerts(history, [budget('expenditure', '800000.00')], name, '2024Q3', policy)).toEqual([]);
  });
});
