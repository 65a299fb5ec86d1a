import { describe, expect, it } from 'vitest';
import { Dec, ZERO, money } from '../../src/domain/money';
import { averageMonthlyExpenditure, monthsPayable } from '../../src/domain/monthsPayable';

describe('monthsPayable', () => {
  it('four quarters of history: balance / (sum / 12)', () => {
    // Expenditure 1,500,000 + 2,000,000 + 2,500,000 + 3,000,000 = 9,000,000 over 12 months
    // = 750,000 a month; 2,600,000 / 750,000 = 3.4666…
    const spent = ['1500000.00', '2000000.00', '2500000.00', '3000000.00'].map(money);
    expect(averageMonthlyExpenditure(spent)?.eq(750000)).toBe(true);
    const m = monthsPayable(money('2600000.00'), spent);
    expect(m?.eq(new Dec(26).div(7.5))).toBe(true);
    expect(m?.toFixed(2)).toBe('3.47');
  });

  it('two quarters of history: balance / (sum / 6)', () => {
    // (300,000 + 600,000) / 6 = 150,000 a month; 900,000 / 150,000 = 6 exactly.
    const m = monthsPayable(money('900000'), [money('300000'), money('600000')]);
    expect(m?.toString()).toBe('6');
  });

  it('a negative balance gives negative months; nothing to divide by gives null', () => {
    expect(monthsPayable(money('-300000'), [money('300000')])?.toString()).toBe('-3'); // 300,000/3 = 100,000 a month
    expect(monthsPayable(money('100'), [])).toBeNull();
    expect(monthsPayable(money('100'), [ZERO, ZERO])).toBeNull();
    expect(averageMonthlyExpenditure([])).toBeNull();
  });
});
