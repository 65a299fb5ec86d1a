import { describe, expect, it } from 'vitest';
import { growthGapAlerts } from '../../../src/domain/alerts';
import { fundStatuses } from '../../../src/domain/fundStatus';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import type { Level } from '../../../src/domain/types';
import { totals } from '../fixtures';
import { en, zh } from './say';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const name = (code: string): string => ({ '150900': '乌兰察布市', '150000': '内蒙古自治区' })[code] ?? code;

/** One region's Q1 of 2023 and 2024 (Q1 = the year to date). */
function statuses(code: string, level: Level, last: [string, string], now: [string, string]) {
  return fundStatuses(
    [totals(code, level, 'resident', '2023Q1', ...last), totals(code, level, 'resident', '2024Q1', ...now)],
    [],
    () => 4,
  );
}

describe('growthGapAlerts', () => {
  it('red above 10 pp, with both growth rates in the sentence', () => {
    // Expenditure 1,000,000 → 1,150,000: +15%; income 1,000,000 → 1,030,000: +3%; gap 0.15 − 0.03 = 0.12.
    const alerts = growthGapAlerts(statuses('150900', 'city', ['1000000.00', '1000000.00'], ['1030000.00', '1150000.00']), name, '2024Q1', policy);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'growth_gap', severity: 'red', regionCode: '150900', fund: 'resident', quarter: '2024Q1' });
    expect(alerts[0]?.value.toString()).toBe('0.12');
    expect(alerts[0]?.threshold.toString()).toBe('0.1');
    expect(zh(alerts[0])).toBe(
      '乌兰察布市 城乡居民医保基金 收支增速差 = 年初至今支出同比增长 15.00%（115.00万元 ÷ 上年同期 100.00万元 − 1）− ' +
        '收入同比增长 3.00%（103.00万元 ÷ 上年同期 100.00万元 − 1）= 12.00 个百分点，高于 10.00 个百分点（红色）',
    );
    // The same formula in English: 115.00万元 = 1.1500 million yuan, region name as loaded.
    expect(en(alerts[0])).toBe(
      '乌兰察布市 resident basic medical insurance fund growth gap = expenditure growth year on year, year to date, 15.00% ' +
        '(1.1500 million yuan ÷ same period last year 1.0000 million yuan − 1) − income growth 3.00% ' +
        '(1.0300 million yuan ÷ same period last year 1.0000 million yuan − 1) = 12.00 percentage points, above 10.00 percentage points (red)',
    );
  });

  it('exactly 10 pp is yellow (red is > 10), exactly 5 pp is normal (yellow is > 5)', () => {
    // +12% − +2% = 0.10: not > 0.10, but > 0.05.
    const ten = growthGapAlerts(statuses('150000', 'province', ['1000000.00', '1000000.00'], ['1020000.00', '1120000.00']), name, '2024Q1', policy);
    expect(ten.map((a) => [a.severity, a.value.toString(), a.threshold.toString()])).toEqual([['yellow', '0.1', '0.05']]);
    // +7% − +2% = 0.05: normal.
    expect(growthGapAlerts(statuses('150900', 'city', ['1000000.00', '1000000.00'], ['1020000.00', '1070000.00']), name, '2024Q1', policy)).toEqual([]);
  });

  it('a county too (DOMAIN.md sets no level): expenditure +100%, income 0% is 100 pp, red', () => {
    const alerts = growthGapAlerts(statuses('150921', 'county', ['1000000.00', '1000000.00'], ['1000000.00', '2000000.00']), name, '2024Q1', policy);
    expect(alerts.map((a) => [a.regionCode, a.severity, a.value.toString()])).toEqual([['150921', 'red', '1']]);
  });

  it('skips a missing last year and a zero last year', () => {
    expect(growthGapAlerts(statuses('150900', 'city', ['0.00', '1000000.00'], ['1000000.00', '2000000.00']), name, '2024Q1', policy)).toEqual([]);
    const alone = fundStatuses([totals('150900', 'city', 'resident', '2024Q1', '1.00', '2.00')], [], () => 4);
    expect(growthGapAlerts(alone, name, '2024Q1', policy)).toEqual([]);
  });

  it('skips a last year whose year to date began before the history did (data from 2023Q3: its Q3 year to date is one quarter)', () => {
    // 2024 Q1–Q3 of 1,000,000 income and expenditure each against 2023Q3 alone: +200% both, but the 2023 "year to date"
    // lacks the Q1 and Q2 the data never had; a data set from 2023Q1 compares like with like.
    const q = (quarter: string) => totals('150900', 'city', 'resident', quarter, '1000000.00', '1000000.00');
    const fromQ3 = fundStatuses([q('2023Q3'), q('2024Q1'), q('2024Q2'), totals('150900', 'city', 'resident', '2024Q3', '1000000.00', '2000000.00')], [], () => 4);
    expect(growthGapAlerts(fromQ3, name, '2024Q3', policy)).toEqual([]);
    const fromQ1 = fundStatuses(
      [q('2023Q1'), q('2023Q2'), q('2023Q3'), q('2024Q1'), q('2024Q2'), totals('150900', 'city', 'resident', '2024Q3', '1000000.00', '2000000.00')],
      [],
      () => 4,
    );
    // Expenditure 3,000,000 → 4,000,000: +33.33%; income 3,000,000 → 3,000,000: 0%.
    expect(growthGapAlerts(fromQ1, name, '2024Q3', policy).map((a) => [a.severity, a.value.toFixed(6)])).toEqual([['red', '0.333333']]);
  });
});
