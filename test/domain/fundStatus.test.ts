import { describe, expect, it } from 'vitest';
import { fundStatuses, monthsPayableWindow } from '../../src/domain/fundStatus';
import { Dec, money, moneyString, type Decimal } from '../../src/domain/money';
import type { FundStatus } from '../../src/domain/types';
import { opening, totals } from './fixtures';

const CITY = '150900';

// Resident fund of one city, 2023Q1–2024Q4 with 2024Q2 missing (counts as zero), in yuan:
//
//   quarter  income        expenditure
//   2023Q1   4,000,000.00  1,000,000.00
//   2023Q2   1,000,000.00  1,500,000.00
//   2023Q3   1,000,000.00  2,000,000.00
//   2023Q4   1,000,000.00  2,500,000.00
//   2024Q1   3,600,000.00  3,000,000.00
//   2024Q2   (no row)
//   2024Q3   1,200,000.00  2,400,000.00
//   2024Q4   1,000,000.50  1,800,000.25
//
// Opening balances: 2023 2,000,000.00; 2024 2,000,000.00. No opening for the
// assistance fund, which has one quarter.
const data = [
  totals(CITY, 'city', 'resident', '2024Q4', '1000000.50', '1800000.25'),
  totals(CITY, 'city', 'resident', '2023Q1', '4000000.00', '1000000.00'),
  totals(CITY, 'city', 'resident', '2023Q2', '1000000.00', '1500000.00'),
  totals(CITY, 'city', 'resident', '2023Q3', '1000000.00', '2000000.00'),
  totals(CITY, 'city', 'resident', '2023Q4', '1000000.00', '2500000.00'),
  totals(CITY, 'city', 'resident', '2024Q1', '3600000.00', '3000000.00'),
  totals(CITY, 'city', 'resident', '2024Q3', '1200000.00', '2400000.00'),
  totals(CITY, 'city', 'assistance', '2024Q3', '50000.00', '20000.00'),
];
const openings = [opening(CITY, 'resident', 2023, '2000000.00'), opening(CITY, 'resident', 2024, '2000000.00')];
const statuses = fundStatuses(data, openings, () => 4);

function at(fund: string, quarter: string): FundStatus {
  const s = statuses.find((x) => x.fund === fund && x.quarter === quarter);
  if (!s) throw new Error(`no status ${fund} ${quarter}`);
  return s;
}

function money2(d: Decimal | null): string | null {
  return d === null ? null : moneyString(d);
}

describe('fundStatuses', () => {
  it('a status from the first row of each year to its end or the last quarter loaded, sorted by region, fund, quarter', () => {
    expect(statuses.map((s) => `${s.fund} ${s.quarter}`)).toEqual([
      'assistance 2024Q3',
      'assistance 2024Q4',
      'resident 2023Q1',
      'resident 2023Q2',
      'resident 2023Q3',
      'resident 2023Q4',
      'resident 2024Q1',
      'resident 2024Q2',
      'resident 2024Q3',
      'resident 2024Q4',
    ]);
  });

  it('2024Q2, nothing booked: the quarter is zero, the year to date and the balance are still there', () => {
    const s = at('resident', '2024Q2');
    expect(money2(s.income)).toBe('0.00');
    expect(money2(s.expenditure)).toBe('0.00');
    expect(money2(s.incomeBySource.other)).toBe('0.00');
    expect(money2(s.expenditureByItem.inpatient)).toBe('0.00');
    expect(money2(s.ytdIncome)).toBe('3600000.00');
    expect(money2(s.ytdExpenditure)).toBe('3000000.00');
    expect(money2(s.accumulatedBalance)).toBe('2600000.00'); // 2,000,000 + 600,000
    // Window 2023Q3..2024Q2: 2,000,000 + 2,500,000 + 3,000,000 + 0 = 7,500,000 over 12 months; 2,600,000 / 625,000 = 4.16
    expect(s.monthsPayable?.toString()).toBe('4.16');
  });

  it('a quarter after the last row of a fund keeps its year to date; a year without rows has no status', () => {
    const s = at('assistance', '2024Q4');
    expect(money2(s.currentBalance)).toBe('0.00');
    expect(money2(s.ytdCurrentBalance)).toBe('30000.00');
    expect(s.level).toBe('city');
    const county = fundStatuses([totals('150921', 'county', 'assistance', '2023Q3', '10.00', '4.00'), ...data], [], () => 4).filter(
      (x) => x.regionCode === '150921',
    );
    expect(county.map((x) => x.quarter)).toEqual(['2023Q3', '2023Q4']);
    expect(money2(county[1]?.ytdCurrentBalance ?? null)).toBe('6.00');
  });

  it('a year with an opening balance and no rows: every quarter, its balance the opening', () => {
    // 卓资县 booked 10.00 − 4.00 in 2023Q3 and nothing in 2024, but holds 2024's opening 1,234.56 (counted in its city's and province's balance).
    const county = fundStatuses(
      [totals('150921', 'county', 'assistance', '2023Q3', '10.00', '4.00'), ...data],
      [opening('150921', 'assistance', 2024, '1234.56')],
      () => 4,
    ).filter((x) => x.regionCode === '150921');
    expect(county.map((x) => x.quarter)).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    const q4 = county[5];
    expect(q4?.level).toBe('county');
    expect(money2(q4?.ytdIncome ?? null)).toBe('0.00');
    expect(money2(q4?.accumulatedBalance ?? null)).toBe('1234.56');
    // Window 2024Q1..Q4 spent nothing: nothing to divide by.
    expect(q4?.monthsPayable).toBeNull();
  });

  it('a region with a balance and never a flow row: every quarter of its balance years, zero flows, its balance the opening', () => {
    // 化德县 (150922) holds openings of 2023 (800.00) and 2024 (-300.00) and booked nothing, ever;
    // the data's last quarter is 2024Q4 (the city's rows).
    const county = fundStatuses(data, [opening('150922', 'assistance', 2023, '800.00'), opening('150922', 'assistance', 2024, '-300.00')], () => 4).filter(
      (x) => x.regionCode === '150922',
    );
    expect(county.map((x) => x.quarter)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    for (const s of county) {
      expect(s.level).toBe('county');
      expect(s.fund).toBe('assistance');
      expect([s.income, s.expenditure, s.ytdIncome, s.ytdExpenditure, s.ytdCurrentBalance].map(money2)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00']);
      expect(money2(s.expenditureByItem.inpatient)).toBe('0.00');
      // No income: no balance rate; nothing spent in the window: nothing to divide months payable by.
      expect(s.balanceRate).toBeNull();
      expect(s.monthsPayable).toBeNull();
    }
    expect(money2(county[3]?.accumulatedBalance ?? null)).toBe('800.00');
    expect(money2(county[7]?.openingBalance ?? null)).toBe('-300.00');
    expect(money2(county[7]?.accumulatedBalance ?? null)).toBe('-300.00');
    // The city's own statuses are untouched.
    expect(fundStatuses(data, openings, () => 4).filter((x) => x.regionCode === CITY).length).toBe(statuses.length);
  });

  it('a balance only of a year after the last quarter loaded gives no status', () => {
    expect(fundStatuses(data, [opening('150922', 'assistance', 2025, '800.00')], () => 4).filter((x) => x.regionCode === '150922')).toEqual([]);
  });

  it('2023Q1: the first quarter stands alone', () => {
    const s = at('resident', '2023Q1');
    expect(money2(s.currentBalance)).toBe('3000000.00'); // 4,000,000 − 1,000,000
    expect(money2(s.ytdCurrentBalance)).toBe('3000000.00');
    expect(s.balanceRate?.toString()).toBe('0.75'); // 3,000,000 / 4,000,000
    expect(money2(s.accumulatedBalance)).toBe('5000000.00'); // 2,000,000 + 3,000,000
    // Window = [2023Q1] only (no data before): 1,000,000 / 3 a month; 5,000,000 / 333,333.33… = 15
    expect(s.monthsPayable?.toString()).toBe('15');
  });

  it('2023Q2 and Q3: year to date grows, the window grows with the history', () => {
    const q2 = at('resident', '2023Q2');
    expect(money2(q2.ytdIncome)).toBe('5000000.00'); // 4,000,000 + 1,000,000
    expect(money2(q2.ytdExpenditure)).toBe('2500000.00'); // 1,000,000 + 1,500,000
    expect(q2.balanceRate?.toString()).toBe('0.5'); // 2,500,000 / 5,000,000
    expect(money2(q2.accumulatedBalance)).toBe('4500000.00'); // 2,000,000 + 2,500,000
    // 2 quarters: 2,500,000 / 6 a month; 4,500,000 × 6 / 2,500,000 = 10.8
    expect(q2.monthsPayable?.toString()).toBe('10.8');

    const q3 = at('resident', '2023Q3');
    expect(money2(q3.ytdCurrentBalance)).toBe('1500000.00'); // 6,000,000 − 4,500,000
    expect(q3.balanceRate?.toString()).toBe('0.25');
    expect(money2(q3.accumulatedBalance)).toBe('3500000.00');
    // 3 quarters: 4,500,000 / 9 = 500,000 a month; 3,500,000 / 500,000 = 7
    expect(q3.monthsPayable?.toString()).toBe('7');
  });

  it('2023Q4: a balanced year', () => {
    const s = at('resident', '2023Q4');
    expect(money2(s.currentBalance)).toBe('-1500000.00'); // 1,000,000 − 2,500,000
    expect(money2(s.ytdCurrentBalance)).toBe('0.00'); // 7,000,000 − 7,000,000
    expect(s.balanceRate?.isZero()).toBe(true);
    expect(money2(s.accumulatedBalance)).toBe('2000000.00');
    // 4 quarters: 7,000,000 / 12 a month; 2,000,000 × 12 / 7,000,000 = 24/7 = 3.428571…
    expect(s.monthsPayable?.eq(new Dec(24).div(7))).toBe(true);
    expect(s.monthsPayable?.toFixed(2)).toBe('3.43');
  });

  it('2024Q1: a new year restarts the year to date from its own opening balance', () => {
    const s = at('resident', '2024Q1');
    expect(money2(s.ytdIncome)).toBe('3600000.00');
    expect(s.balanceRate?.eq(new Dec(1).div(6))).toBe(true); // 600,000 / 3,600,000
    expect(money2(s.openingBalance)).toBe('2000000.00');
    expect(money2(s.accumulatedBalance)).toBe('2600000.00'); // 2,000,000 + 600,000
    // Window 2023Q2..2024Q1: (1.5 + 2.0 + 2.5 + 3.0) million / 12 = 750,000; 2,600,000 / 750,000
    expect(s.monthsPayable?.eq(new Dec(2600000).div(750000))).toBe(true);
  });

  it('2024Q3: the missing 2024Q2 counts as zero', () => {
    const s = at('resident', '2024Q3');
    expect(money2(s.ytdIncome)).toBe('4800000.00'); // 3,600,000 + 0 + 1,200,000
    expect(money2(s.ytdExpenditure)).toBe('5400000.00'); // 3,000,000 + 0 + 2,400,000
    expect(money2(s.ytdCurrentBalance)).toBe('-600000.00');
    expect(s.balanceRate?.toString()).toBe('-0.125'); // −600,000 / 4,800,000
    expect(money2(s.accumulatedBalance)).toBe('1400000.00'); // 2,000,000 − 600,000
    // Window 2023Q4..2024Q3: 2,500,000 + 3,000,000 + 0 + 2,400,000 = 7,900,000 over 12 months;
    // 1,400,000 × 12 / 7,900,000 = 168/79 = 2.1265…
    expect(s.monthsPayable?.eq(new Dec(168).div(79))).toBe(true);
  });

  it('2024Q4: fen are kept exactly', () => {
    const s = at('resident', '2024Q4');
    expect(money2(s.currentBalance)).toBe('-799999.75'); // 1,000,000.50 − 1,800,000.25
    expect(money2(s.ytdIncome)).toBe('5800000.50');
    expect(money2(s.ytdExpenditure)).toBe('7200000.25');
    expect(money2(s.ytdCurrentBalance)).toBe('-1399999.75');
    expect(s.balanceRate?.eq(money('-1399999.75').div(money('5800000.50')))).toBe(true);
    expect(money2(s.accumulatedBalance)).toBe('600000.25'); // 2,000,000 − 1,399,999.75
    // Window 2024Q1..Q4: 3,000,000 + 0 + 2,400,000 + 1,800,000.25 = 7,200,000.25;
    // 600,000.25 × 12 / 7,200,000.25 = 7,200,003 / 7,200,000.25
    expect(s.monthsPayable?.eq(new Dec('7200003').div('7200000.25'))).toBe(true);
    expect(s.incomeBySource.other.toString()).toBe('1000000.5');
    expect(s.expenditureByItem.other.toString()).toBe('1800000.25');
  });

  it('no opening balance: accumulated balance and months payable are unknown', () => {
    const s = at('assistance', '2024Q3');
    expect(money2(s.ytdCurrentBalance)).toBe('30000.00');
    expect(s.balanceRate?.toString()).toBe('0.6');
    expect(s.openingBalance).toBeNull();
    expect(s.accumulatedBalance).toBeNull();
    expect(s.monthsPayable).toBeNull();
  });

  it('no income: the balance rate is null; a shorter window is honoured', () => {
    // The 2024 opening does not reach before the first row: months payable's window starts there.
    const [s, ...more] = fundStatuses(
      [totals('150921', 'county', 'assistance', '2024Q2', '0', '300.00')],
      [opening('150921', 'assistance', 2024, '600.00')],
      () => 1,
    );
    expect(more).toEqual([]);
    expect(s?.quarter).toBe('2024Q2');
    expect(s?.balanceRate).toBeNull();
    expect(money2(s?.accumulatedBalance ?? null)).toBe('300.00');
    expect(s?.monthsPayable?.toString()).toBe('3'); // 300 / (300 / 3)
  });

  it('rows repeated for the same key add up', () => {
    const [s] = fundStatuses(
      [totals('150921', 'county', 'resident', '2024Q1', '10.10', '1.01'), totals('150921', 'county', 'resident', '2024Q1', '0.20', '0.02')],
      [],
      () => 4,
    );
    expect(money2(s?.income ?? null)).toBe('10.30');
    expect(money2(s?.expenditureByItem.other ?? null)).toBe('1.03');
  });
});

describe('monthsPayableWindow', () => {
  it('drops quarters before the first data quarter', () => {
    expect(monthsPayableWindow('2024Q2', 4, '2024Q1')).toEqual(['2024Q1', '2024Q2']);
    expect(monthsPayableWindow('2024Q2', 4, '2020Q1')).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2']);
  });
});
