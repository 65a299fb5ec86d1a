import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastAlerts } from '../../src/domain/alerts/forecast';
import { forecastHorizon, fundForecasts } from '../../src/domain/forecast';
import { fundStatuses } from '../../src/domain/fundStatus';
import { Dec, moneyString } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import type { FundForecast, FundQuarterTotals, FundStatus, OpeningBalance, Region } from '../../src/domain/types';
import { opening, totals } from './fixtures';
import { en, zh } from './alerts/say';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const REGIONS: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
  { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
];
const name = (code: string): string => REGIONS.find((r) => r.code === code)?.name ?? code;

/** Flows in yuan of one city's resident fund, quarter by quarter: [quarter, income, expenditure]. */
type Flows = [string, string, string][];

/**
 * A Q1-heavy resident fund (contributions arrive in Q1), two complete years:
 *   2022 income 4,000,000 / 2,000,000 / 1,000,000 / 1,000,000 (year 8,000,000)
 *        expenditure 2,000,000 / 2,000,000 / 2,000,000 / 4,000,000 (year 10,000,000)
 *   2023 income 6,000,000 / 2,000,000 / 1,000,000 / 1,000,000 (year 10,000,000)
 *        expenditure 2,000,000 / 2,000,000 / 3,000,000 / 3,000,000 (year 10,000,000)
 */
const EARLIER: Flows = [
  ['2022Q1', '4000000.00', '2000000.00'],
  ['2022Q2', '2000000.00', '2000000.00'],
  ['2022Q3', '1000000.00', '2000000.00'],
  ['2022Q4', '1000000.00', '4000000.00'],
  ['2023Q1', '6000000.00', '2000000.00'],
  ['2023Q2', '2000000.00', '2000000.00'],
  ['2023Q3', '1000000.00', '3000000.00'],
  ['2023Q4', '1000000.00', '3000000.00'],
];
/** 2024Q1: income 9,600,000, expenditure 2,400,000. */
const Q1_2024: Flows = [['2024Q1', '9600000.00', '2400000.00']];

function statusesOf(flows: Flows, openings: OpeningBalance[], code = '150900'): FundStatus[] {
  const level = REGIONS.find((r) => r.code === code)?.level ?? 'city';
  const rows: FundQuarterTotals[] = flows.map(([q, inc, exp]) => totals(code, level, 'resident', q, inc, exp));
  return fundStatuses(rows, openings, () => 4);
}

/** The forecast of 150900 resident from 2024Q1 with the 2024 opening balance given. */
function from2024Q1(opening2024: string): { forecast: FundForecast; statuses: FundStatus[] } {
  const statuses = statusesOf([...EARLIER, ...Q1_2024], [opening('150900', 'resident', 2024, opening2024)]);
  const [forecast] = fundForecasts(statuses, '2024Q1', policy, REGIONS);
  if (forecast === undefined) throw new Error('no forecast');
  return { forecast, statuses };
}

const balances = (f: FundForecast) => f.points.map((p) => [p.quarter, moneyString(p.accumulatedBalance)]);

describe('forecastHorizon', () => {
  it('is the rest of the year, or the next year from a Q4', () => {
    expect(forecastHorizon('2024Q1')).toEqual(['2024Q2', '2024Q3', '2024Q4']);
    expect(forecastHorizon('2024Q3')).toEqual(['2024Q4']);
    expect(forecastHorizon('2023Q4')).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
  });
});

describe('fundForecasts: seasonal shape of earlier years', () => {
  const { forecast } = from2024Q1('5000000.00');

  it('projects Q2–Q4 with the average of 2022 and 2023 ratios to the Q1 flow, not a straight line', () => {
    // Income ratios to YTD@Q1: 2022 Q2 2/4 = 1/2, Q3 1/4, Q4 1/4; 2023 Q2 2/6 = 1/3, Q3 1/6, Q4 1/6.
    //   averages: Q2 (1/2 + 1/3)/2 = 5/12, Q3 (1/4 + 1/6)/2 = 5/24, Q4 5/24.
    //   2024: Q2 9,600,000 × 5/12 = 4,000,000; Q3 9,600,000 × 5/24 = 2,000,000; Q4 2,000,000.
    // Expenditure ratios: 2022 Q2 1, Q3 1, Q4 2; 2023 Q2 1, Q3 1.5, Q4 1.5 → averages 1, 1.25, 1.75.
    //   2024: Q2 2,400,000; Q3 3,000,000; Q4 4,200,000.
    // Balance: 2024Q1 = 5,000,000 + 9,600,000 − 2,400,000 = 12,200,000
    //   Q2 12,200,000 + 4,000,000 − 2,400,000 = 13,800,000
    //   Q3 13,800,000 + 2,000,000 − 3,000,000 = 12,800,000
    //   Q4 12,800,000 + 2,000,000 − 4,200,000 = 10,600,000
    expect(balances(forecast)).toEqual([
      ['2024Q2', '13800000.00'],
      ['2024Q3', '12800000.00'],
      ['2024Q4', '10600000.00'],
    ]);
    // A straight line from Q1 (+7,200,000 a quarter) would end at 12,200,000 + 3 × 7,200,000 = 33,800,000.
    expect(forecast.points.at(-1)?.accumulatedBalance.eq('33800000')).toBe(false);
    expect(forecast.negativeQuarter).toBeNull();
    expect(forecast.from).toBe('2024Q1');
    expect(forecast.level).toBe('city');
  });

  it('counts projected quarters in the trailing months-payable window', () => {
    // Q2: window 2023Q3, 2023Q4, 2024Q1, 2024Q2* = 3,000,000 + 3,000,000 + 2,400,000 + 2,400,000 = 10,800,000
    //   → 900,000 a month → 13,800,000 / 900,000 = 46/3.
    // Q3: 3,000,000 + 2,400,000 + 2,400,000 + 3,000,000 = 10,800,000 → 12,800,000 / 900,000 = 128/9.
    // Q4: 2,400,000 + 2,400,000 + 3,000,000 + 4,200,000 = 12,000,000 → 1,000,000 a month → 10.6.
    const months = forecast.points.map((p) => p.monthsPayable);
    expect(months[0]?.eq(new Dec(46).div(3))).toBe(true);
    expect(months[1]?.eq(new Dec(128).div(9))).toBe(true);
    expect(months[2]?.toString()).toBe('10.6');
  });

  it('names the years whose shape it used', () => {
    expect(forecast.method).toBe(
      '按2022年、2023年的季节规律推算：本年第2–4季度各季度收入、支出 = 本年第1季度累计 × 上述年份该季度与第1季度累计之比的平均。',
    );
    expect(forecast.methodEn).toBe(
      'Projected by the seasonal pattern of 2022 and 2023: income and expenditure of each of Q2–Q4 this year = ' +
        "this year's Q1 total × the average ratio of that quarter to the Q1 total in those years.",
    );
  });

  it('finds the quarter the balance turns negative', () => {
    // Opening −6,200,000: 2024Q1 = −6,200,000 + 7,200,000 = 1,000,000; then the same flows as above:
    //   Q2 1,000,000 + 1,600,000 = 2,600,000; Q3 2,600,000 − 1,000,000 = 1,600,000; Q4 1,600,000 − 2,200,000 = −600,000.
    const { forecast: f } = from2024Q1('-6200000.00');
    expect(balances(f)).toEqual([
      ['2024Q2', '2600000.00'],
      ['2024Q3', '1600000.00'],
      ['2024Q4', '-600000.00'],
    ]);
    expect(f.negativeQuarter).toBe('2024Q4');
  });

  it('from a Q4 projects the next year by each quarter’s share of a whole year', () => {
    // At 2023Q4 the shape years are 2022 and 2023 (both complete); base = 2023's year: income 10,000,000, expenditure 10,000,000.
    // Income shares: 2022 4/8, 2/8, 1/8, 1/8; 2023 6/10, 2/10, 1/10, 1/10 → 0.55, 0.225, 0.1125, 0.1125
    //   → 5,500,000; 2,250,000; 1,125,000; 1,125,000.
    // Expenditure shares: 2022 0.2, 0.2, 0.2, 0.4; 2023 0.2, 0.2, 0.3, 0.3 → 0.2, 0.2, 0.25, 0.35
    //   → 2,000,000; 2,000,000; 2,500,000; 3,500,000.
    // 2023Q4 balance = opening 3,000,000 + 10,000,000 − 10,000,000 = 3,000,000, carried over as 2024's opening:
    //   2024Q1 3,000,000 + 5,500,000 − 2,000,000 = 6,500,000; Q2 + 250,000 = 6,750,000;
    //   Q3 − 1,375,000 = 5,375,000; Q4 − 2,375,000 = 3,000,000.
    const statuses = statusesOf(EARLIER, [opening('150900', 'resident', 2023, '3000000.00')]);
    const [f] = fundForecasts(statuses, '2023Q4', policy, REGIONS);
    expect(f && balances(f)).toEqual([
      ['2024Q1', '6500000.00'],
      ['2024Q2', '6750000.00'],
      ['2024Q3', '5375000.00'],
      ['2024Q4', '3000000.00'],
    ]);
    // Windows: 2024Q1 2023Q2–Q4 + 2024Q1 = 2 + 3 + 3 + 2 = 10,000,000 → 6,500,000 × 12 / 10,000,000 = 7.8;
    //   Q2 3 + 3 + 2 + 2 = 10,000,000 → 8.1; Q3 3 + 2 + 2 + 2.5 = 9,500,000 → 64,500,000 / 9,500,000 = 129/19;
    //   Q4 2 + 2 + 2.5 + 3.5 = 10,000,000 → 3.6.
    expect(f?.points.map((p) => p.monthsPayable?.toDecimalPlaces(6).toString())).toEqual([
      '7.8',
      '8.1',
      new Dec(129).div(19).toDecimalPlaces(6).toString(),
      '3.6',
    ]);
    expect(f?.method).toBe(
      '按2022年、2023年的季节规律推算下一年：2024年各季度收入、支出 = 2023年全年收入、支出 × 上述年份该季度占全年之比的平均。',
    );
  });

  it('without a complete earlier year, averages the recent quarters (rounded to the fen)', () => {
    // 2024Q1 income 3,000,000, expenditure 1,000,000; Q2 income 1,000,000, expenditure 2,000,000.01.
    // Averages: income 2,000,000; expenditure 3,000,000.01 / 2 = 1,500,000.005 → 1,500,000.01 (half up).
    // Balance 2024Q2 = 1,000,000 + 4,000,000 − 3,000,000.01 = 1,999,999.99;
    //   Q3 = 1,999,999.99 + 2,000,000 − 1,500,000.01 = 2,499,999.98; Q4 = 2,999,999.97.
    const statuses = statusesOf(
      [
        ['2024Q1', '3000000.00', '1000000.00'],
        ['2024Q2', '1000000.00', '2000000.01'],
      ],
      [opening('150900', 'resident', 2024, '1000000.00')],
    );
    const [f] = fundForecasts(statuses, '2024Q2', policy, REGIONS);
    expect(f && balances(f)).toEqual([
      ['2024Q3', '2499999.98'],
      ['2024Q4', '2999999.97'],
    ]);
    // Q3's window starts at the first data quarter: 1,000,000 + 2,000,000.01 + 1,500,000.01 = 4,500,000.02 over 9 months.
    //   2,499,999.98 ÷ (4,500,000.02 / 9) = 4.99999993777…
    expect(f?.points[0]?.monthsPayable?.eq(new Dec('2499999.98').div(new Dec('4500000.02').div(9)))).toBe(true);
    expect(f?.points[0]?.monthsPayable?.toFixed(9)).toBe('4.999999938');
    expect(f?.method).toBe('没有完整的往年数据，按近2个季度的平均收入、支出推算。');
    expect(f?.methodEn).toBe('No complete earlier years: projected by the average income and expenditure of the last 2 quarters.');
  });

  it('covers cities and the province only, and only with a known balance', () => {
    const rows = [...EARLIER, ...Q1_2024];
    const statuses = [
      ...statusesOf(rows, [opening('150900', 'resident', 2024, '1.00')]),
      ...statusesOf(rows, [opening('150921', 'resident', 2024, '1.00')], '150921'),
      ...statusesOf(rows, [], '150000'), // no opening balance: nothing to project from
    ];
    expect(fundForecasts(statuses, '2024Q1', policy, REGIONS).map((f) => f.regionCode)).toEqual(['150900']);
    // No status at the quarter asked for: no forecast.
    expect(fundForecasts(statuses, '2024Q2', policy, REGIONS)).toEqual([]);
  });

  it('keeps every projected balance in whole fen and flags the first negative one (property)', () => {
    const amount = fc.integer({ min: 0, max: 5_000_000_000 }).map((fen) => new Dec(fen).div(100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount), { minLength: 9, maxLength: 9 }),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        (pairs, openingFen) => {
          const quarters = [...EARLIER.map(([q]) => q), '2024Q1'];
          const flows: Flows = pairs.map(([inc, exp], i) => [quarters[i] ?? '', inc, exp]);
          const openingYuan = new Dec(openingFen).div(100).toFixed(2);
          const statuses = statusesOf(flows, [opening('150900', 'resident', 2024, openingYuan)]);
          const [f] = fundForecasts(statuses, '2024Q1', policy, REGIONS);
          if (f === undefined) return false;
          const firstNegative = f.points.find((p) => p.accumulatedBalance.isNegative())?.quarter ?? null;
          return (
            f.points.length === 3 &&
            f.points.every((p) => p.accumulatedBalance.decimalPlaces() <= 2) &&
            f.negativeQuarter === firstNegative
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('forecastAlerts', () => {
  /**
   * Current months at 2024Q1 with balance X: window 2023Q2–2024Q1 = 2,000,000 + 3,000,000 + 3,000,000 + 2,400,000
   * = 10,400,000 → X × 12 / 10,400,000. Year end: X + 1,600,000 − 1,000,000 − 2,200,000 = X − 1,600,000 over
   * 1,000,000 a month. Opening = X − 7,200,000.
   */
  function alertsFor(opening2024: string) {
    const { forecast, statuses } = from2024Q1(opening2024);
    return forecastAlerts([forecast], statuses, name, '2024Q1', policy);
  }

  it('orange today, red by the year end: a red forecast alert', () => {
    // X = 4,000,000 → now 48/10.4 = 4.615… (orange); year end 2,400,000 / 1,000,000 = 2.4 (red).
    const alerts = alertsFor('-3200000.00');
    expect(alerts).toHaveLength(1);
    const a = alerts[0];
    expect(a?.rule).toBe('forecast');
    expect(a?.severity).toBe('red');
    expect(a?.quarter).toBe('2024Q1');
    expect(a?.value.toString()).toBe('2.4');
    expect(a?.threshold.toString()).toBe('3');
    expect(zh(a)).toBe(
      '乌兰察布市 城乡居民医保基金 按往年季节规律预测，2024年第4季度末累计结余可支付月数 = 累计结余 240.00万元 ÷ ' +
        '月均支出 100.00万元 = 2.40 个月，低于 3 个月（当前 4.62 个月）（红色）',
    );
  });

  it('normal today, orange by the year end: an orange alert at the 6-month bound', () => {
    // X = 7,000,000 → now 84/10.4 = 8.08 (normal); year end 5,400,000 → 5.4 (orange, bound 6).
    const alerts = alertsFor('-200000.00');
    expect(alerts.map((a) => [a.severity, a.value.toString(), a.threshold.toString()])).toEqual([['orange', '5.4', '6']]);
  });

  it('no alert when the band does not worsen', () => {
    // X = 2,000,000 → now 24/10.4 = 2.31 (red); year end 400,000 → 0.4, still red and still positive.
    expect(alertsFor('-5200000.00')).toEqual([]);
    // X = 12,200,000 → now 14.08 (blue); year end 10,600,000 → 10.6 (blue).
    expect(alertsFor('5000000.00')).toEqual([]);
  });

  it('a projected climb into the high bands is no warning', () => {
    // Hand-made: now 7 months (normal), projected 16 (yellow "excess") and 12 (blue): not a shortage.
    const { forecast, statuses } = from2024Q1('5000000.00');
    const now = statuses.filter((s) => s.quarter === '2024Q1').map((s) => ({ ...s, monthsPayable: new Dec(7) }));
    for (const months of ['16', '12']) {
      const end = { quarter: '2024Q4', accumulatedBalance: new Dec('16000000.00'), monthsPayable: new Dec(months) };
      expect(forecastAlerts([{ ...forecast, points: [end] }], now, name, '2024Q1', policy)).toEqual([]);
    }
  });

  it('positive today, negative in 2024Q4: a red alert naming the quarter, in months payable', () => {
    // X = 1,000,000 (opening −6,200,000): year end −600,000 over 1,000,000 a month = −0.6 months; the bound 0 yuan is 0 months.
    // Now 12/10.4 = 1.15 months is already red, so only the balance alert is raised.
    const alerts = alertsFor('-6200000.00');
    expect(alerts.map((a) => [a.severity, a.value.toString(), a.threshold.toString()])).toEqual([['red', '-0.6', '0']]);
    expect(zh(alerts[0])).toBe(
      '乌兰察布市 城乡居民医保基金 按往年季节规律预测，2024年第4季度末累计结余 -60.00万元，将由正转负（当前 100.00万元）（红色）',
    );
    expect(en(alerts[0])).toBe(
      '乌兰察布市 resident basic medical insurance fund projected by the seasonal pattern of past years: ' +
        'accumulated balance at the end of 2024 Q4 -0.6000 million yuan, turning negative (now 1.0000 million yuan) (red)',
    );
  });

  it('says so when the projection is a recent average, and skips forecasts of another quarter', () => {
    const statuses = statusesOf(
      [
        ['2024Q1', '1000000.00', '3000000.00'],
        ['2024Q2', '1000000.00', '3000000.00'],
      ],
      [opening('150900', 'resident', 2024, '5000000.00')],
    );
    // 2024Q2 balance 5,000,000 − 4,000,000 = 1,000,000; Q3 −1,000,000 (first negative); Q4 −3,000,000.
    const forecasts = fundForecasts(statuses, '2024Q2', policy, REGIONS);
    const alerts = forecastAlerts(forecasts, statuses, name, '2024Q2', policy);
    expect(alerts.map((a) => zh(a)!)).toEqual([
      '乌兰察布市 城乡居民医保基金 按近期平均收支预测，2024年第3季度末累计结余 -100.00万元，将由正转负（当前 100.00万元）（红色）',
    ]);
    expect(forecastAlerts(forecasts, statuses, name, '2024Q1', policy)).toEqual([]);
  });
});
