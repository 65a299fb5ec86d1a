import { describe, expect, it } from 'vitest';
import { compareCoverageRows, coverageRate, toCoverageRows } from '../../src/domain/coverage';
import { Dec, rateString } from '../../src/domain/money';

describe('coverageRate', () => {
  it('divides exactly and keeps full precision', () => {
    // 4850 / 4920 = 485 / 492 = 0.98577235772357723577… (period 2357 7)
    const r = coverageRate(4920, 4850);
    expect(r?.toString()).toBe('0.9857723577235772357723577235772357723577');
    expect(r && rateString(r)).toBe('0.985772');
    expect(coverageRate(3, 1)?.times(3).eq(1)).toBe(false); // 40 digits, not infinite
    expect(coverageRate(8, 7)?.toString()).toBe('0.875');
    expect(coverageRate(100, 100)?.eq(1)).toBe(true);
  });

  it('is null without recipients, and rejects impossible counts', () => {
    expect(coverageRate(0, 0)).toBeNull();
    expect(() => coverageRate(-1, 0)).toThrow();
    expect(() => coverageRate(10, 2.5)).toThrow();
  });

  it('turns counts into rows and orders them by region then category', () => {
    const rows = toCoverageRows([
      { regionCode: '150921', level: 'county', category: 'dibao', recipients: 3000, enrolled: 2990 },
      { regionCode: '150921', level: 'county', category: null, recipients: 0, enrolled: 0 },
      { regionCode: '150900', level: 'city', category: 'tekun', recipients: 200, enrolled: 199 },
    ]).sort(compareCoverageRows);
    expect(rows.map((r) => [r.regionCode, r.category, r.rate === null ? null : rateString(r.rate)])).toEqual([
      ['150900', 'tekun', '0.995000'],
      ['150921', null, null],
      ['150921', 'dibao', '0.996667'], // 2990 / 3000 = 0.9966666…
    ]);
    expect(rows[0]?.rate?.eq(new Dec('0.995'))).toBe(true);
  });
});
