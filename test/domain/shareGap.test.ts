import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplitError } from '../../src/domain/largestRemainder';
import { Dec, sum } from '../../src/domain/money';
import { shareGap, type GapCounty, type GapSharing, type GapStepKey, type ShareGapInput } from '../../src/domain/shareGap';
import { errorMessage } from '../../src/domain/messages/error';
import { sharingFormulaLines } from '../../src/report/sharingFormulas';
import { levelWords } from '../../src/domain/levelWords';

/** A step's exact formula as the sharing page shows it on hover (report/sharingFormulas.ts: the domain gives the figures, not the words). */
const formulaOf = (g: GapSharing, key: GapStepKey, lang: 'zh' | 'en'): string => sharingFormulaLines(g, (code) => code, lang, levelWords(g.cityCode)).find((l) => l.key === key)?.text ?? '';

const d = (text: string) => new Dec(text);
const county = (regionCode: string, shortfall: string, basis: string): GapCounty => ({
  regionCode,
  shortfall: d(shortfall),
  basis: d(basis),
});
const base = (over: Partial<ShareGapInput>): ShareGapInput => ({
  cityCode: '150100',
  fund: 'resident',
  year: 2024,
  income: d('0'),
  expenditure: d('0'),
  openingBalance: null,
  counties: [],
  cityRatio: d('0.5'),
  ...over,
});
const amounts = (rows: GapSharing['countySelf']) => Object.fromEntries(rows.map((r) => [r.regionCode, r.amount.toFixed(2)]));
const chain = (g: GapSharing) => ({
  gap: g.gap.toFixed(2),
  coveredByBalance: g.coveredByBalance.toFixed(2),
  rest: g.rest.toFixed(2),
  countySelf: amounts(g.countySelf),
  restAfterSelf: g.restAfterSelf.toFixed(2),
  cityShare: g.cityShare.toFixed(2),
  countyShares: amounts(g.countyShares),
});

describe('shareGap: worked examples', () => {
  it('balance covers part, one county caused part, the rest is shared 50/50 and split by expenditure', () => {
    // gap = 1,300,000 − 1,000,000 = 300,000; balance covers min(300,000, 100,000) = 100,000; rest = 200,000.
    // 150102 did not pay 20,000 (Σ s = 20,000 ≤ 200,000): it makes that up in full; rest' = 180,000.
    // city = 180,000 × 50% = 90,000; counties 90,000 by expenditure 5 : 3 : 2 → 45,000 / 27,000 / 18,000.
    // Check: 100,000 + 20,000 + 90,000 + 45,000 + 27,000 + 18,000 = 300,000.
    const g = shareGap(
      base({
        income: d('1000000.00'),
        expenditure: d('1300000.00'),
        openingBalance: d('100000.00'),
        counties: [county('150104', '0', '200000'), county('150102', '20000.00', '500000'), county('150103', '0', '300000')],
      }),
    );
    expect(chain(g)).toEqual({
      gap: '300000.00',
      coveredByBalance: '100000.00',
      rest: '200000.00',
      countySelf: { '150102': '20000.00', '150103': '0.00', '150104': '0.00' },
      restAfterSelf: '180000.00',
      cityShare: '90000.00',
      countyShares: { '150102': '45000.00', '150103': '27000.00', '150104': '18000.00' },
    });
    expect(g.countySelf.map((r) => r.regionCode)).toEqual(['150102', '150103', '150104']);
    expect(g.steps.map((s) => [s.key, s.amount.toFixed(2)])).toEqual([
      ['gap', '300000.00'],
      ['balance', '100000.00'],
      ['county_self', '20000.00'],
      ['city', '90000.00'],
      ['county', '90000.00'],
    ]);
    const formula = (key: GapStepKey) => formulaOf(g, key, 'zh');
    expect(formula('gap')).toBe('缺口 = max(0, 支出 1300000.00 − 收入 1000000.00) = 300000.00 元');
    expect(formula('balance')).toContain('年初累计结余 100000.00');
    expect(formula('county_self')).toContain('150102 20000.00');
    expect(formula('city')).toBe('盟市承担 = 180000.00 × 盟市分担比例 50% = 90000.00 元');
    expect(formula('county')).toContain('按各旗县本年累计支出比例分摊：150102 45000.00、150103 27000.00、150104 18000.00');
    // The English twin of every step carries the same amounts.
    const en = (key: GapStepKey) => formulaOf(g, key, 'en');
    expect(en('gap')).toBe('gap = max(0, expenditure 1300000.00 − income 1000000.00) = 300000.00 yuan');
    expect(en('balance')).toContain('opening balance 100000.00');
    expect(en('county_self')).toContain('150102 20000.00');
    expect(en('city')).toBe('city share = 180000.00 × city ratio 50% = 90000.00 yuan');
    expect(en('county')).toContain("split in proportion to each county's expenditure this year: 150102 45000.00, 150103 27000.00, 150104 18000.00");
  });

  it('an odd fen: the city share rounds half-up, the counties split by largest remainder', () => {
    // gap = 1,000.02 − 800.00 = 200.02; opening balance 0 covers nothing; no shortfalls; rest' = 200.02.
    // city = 200.02 × 50% = 100.01; counties' part = 100.01 = 10,001 fen by expenditure 2 : 3 : 6 (Σ 11):
    //   20,002 / 11 = 1,818 r 4;  30,003 / 11 = 2,727 r 6;  60,006 / 11 = 5,455 r 1.
    // Floors sum to 10,000 → the one leftover fen goes to remainder 6 (150103), not to the lowest code.
    const g = shareGap(
      base({
        income: d('800.00'),
        expenditure: d('1000.02'),
        openingBalance: d('0'),
        counties: [county('150102', '0', '2'), county('150103', '0', '3'), county('150104', '0', '6')],
      }),
    );
    expect(g.cityShare.toFixed(2)).toBe('100.01');
    expect(amounts(g.countyShares)).toEqual({ '150102': '18.18', '150103': '27.28', '150104': '54.55' });
  });

  it('an odd fen with equal remainders goes to the lower region code', () => {
    // gap = 1,000.01 (no balance known); city = 500.005 → 500.01 (half-up); counties' part = 500.00,
    // equal bases: 50,000 fen / 3 = 16,666 r 2 each → two fen to 150102 and 150103.
    const g = shareGap(
      base({
        expenditure: d('1000.01'),
        counties: [county('150104', '0', '7'), county('150103', '0', '7'), county('150102', '0', '7')],
      }),
    );
    expect(g.coveredByBalance.toFixed(2)).toBe('0.00');
    expect(g.cityShare.toFixed(2)).toBe('500.01');
    expect(amounts(g.countyShares)).toEqual({ '150102': '166.67', '150103': '166.67', '150104': '166.66' });
    expect(formulaOf(g, 'balance', 'zh')).toContain('未知，按 0 计');
  });

  it('shortfalls larger than the rest: the rest is split in proportion to them, nothing is left to share', () => {
    // gap = 560,000 − 500,000 = 60,000; balance covers 10,000; rest = 50,000.
    // Σ s = 40,000 + 35,000 = 75,000 > 50,000 → county_self by 40 : 35 (Σ 75):
    //   5,000,000 fen × 40/75 = 2,666,666.67 → 2,666,666 r ⅔; × 35/75 = 2,333,333.33 → 2,333,333 r ⅓;
    //   one fen left → 150102 (larger remainder): 26,666.67 and 23,333.33. rest' = 0.
    const g = shareGap(
      base({
        fund: 'assistance',
        income: d('500000.00'),
        expenditure: d('560000.00'),
        openingBalance: d('10000.00'),
        counties: [county('150102', '40000.00', '1'), county('150103', '35000.00', '1'), county('150104', '0', '1')],
      }),
    );
    expect(chain(g)).toEqual({
      gap: '60000.00',
      coveredByBalance: '10000.00',
      rest: '50000.00',
      countySelf: { '150102': '26666.67', '150103': '23333.33', '150104': '0.00' },
      restAfterSelf: '0.00',
      cityShare: '0.00',
      countyShares: { '150102': '0.00', '150103': '0.00', '150104': '0.00' },
    });
    expect(formulaOf(g, 'county_self', 'zh')).toContain('75000.00 > 剩余缺口 50000.00');
  });

  it('no gap, or a balance that covers it all, leaves nothing to share', () => {
    const surplus = shareGap(base({ income: d('10.00'), expenditure: d('5.00'), counties: [county('150102', '3.00', '1')] }));
    expect(chain(surplus)).toMatchObject({ gap: '0.00', coveredByBalance: '0.00', countySelf: { '150102': '0.00' }, cityShare: '0.00' });
    // gap = 50; balance 1,000 covers min(50, 1,000) = 50; the county's 3.00 shortfall is then not needed.
    const covered = shareGap(
      base({ income: d('100.00'), expenditure: d('150.00'), openingBalance: d('1000.00'), counties: [county('150102', '3.00', '1')] }),
    );
    expect(chain(covered)).toMatchObject({ gap: '50.00', coveredByBalance: '50.00', rest: '0.00', countySelf: { '150102': '0.00' } });
  });

  it('a negative opening balance covers nothing', () => {
    // gap = 40; max(0, −500) = 0; rest = 40; city 20; the one county 20.
    const g = shareGap(base({ expenditure: d('40.00'), openingBalance: d('-500.00'), counties: [county('150102', '0', '9')] }));
    expect(chain(g)).toMatchObject({ coveredByBalance: '0.00', rest: '40.00', cityShare: '20.00', countyShares: { '150102': '20.00' } });
  });

  it('all bases zero: the counties part is split equally; a 30% city ratio rounds half-up', () => {
    // rest' = 100.05; city = 100.05 × 0.3 = 30.015 → 30.02; counties' part = 70.03 = 7,003 fen / 3
    // = 2,334 r 1 each → one fen to 150102: 23.35, 23.34, 23.34.
    const g = shareGap(
      base({
        expenditure: d('100.05'),
        cityRatio: d('0.3'),
        countyBasis: 'insured',
        counties: [county('150102', '0', '0'), county('150103', '0', '0'), county('150104', '0', '0')],
      }),
    );
    expect(g.cityShare.toFixed(2)).toBe('30.02');
    expect(amounts(g.countyShares)).toEqual({ '150102': '23.35', '150103': '23.34', '150104': '23.34' });
    expect(formulaOf(g, 'county', 'zh')).toContain('参保人数均为零，平均分摊');
  });

  it('a city without counties carries the counties part itself', () => {
    const g = shareGap(base({ expenditure: d('10.01') }));
    expect(chain(g)).toMatchObject({ gap: '10.01', cityShare: '10.01', countyShares: {} });
  });

  // 仙桃市 429004, a 省直辖县 listed as a city: its own unpaid dues are its own part before the rest.
  it('a city without counties makes up its own shortfall first, under its own code', () => {
    // gap 1,000.00; balance 300.00 covers; rest 700.00; own shortfall 250.05 ≤ 700 → 250.05; the city 449.95.
    const g = shareGap(base({ cityCode: '429004', expenditure: d('1000.00'), openingBalance: d('300.00'), ownShortfall: d('250.05') }));
    expect(chain(g)).toEqual({
      gap: '1000.00',
      coveredByBalance: '300.00',
      rest: '700.00',
      countySelf: { '429004': '250.05' },
      restAfterSelf: '449.95',
      cityShare: '449.95',
      countyShares: {},
    });
    expect(formulaOf(g, 'county_self', 'zh')).toBe('本级自身原因缺口（应缴未缴，无下辖县区）= min(250.05, 剩余缺口 700.00) = 250.05 元；余 449.95 元由本级承担');
    // A shortfall beyond the rest makes up the rest only; the city then bears nothing more.
    const beyond = shareGap(base({ cityCode: '429004', expenditure: d('1000.00'), openingBalance: d('300.00'), ownShortfall: d('900.00') }));
    expect(chain(beyond)).toMatchObject({ countySelf: { '429004': '700.00' }, restAfterSelf: '0.00', cityShare: '0.00' });
    // With counties, ownShortfall is not read: the counties' own shortfalls are.
    const withCounties = shareGap(base({ expenditure: d('10.00'), ownShortfall: d('5.00'), counties: [county('150102', '0', '1')] }));
    expect(amounts(withCounties.countySelf)).toEqual({ '150102': '0.00' });
  });

  it('refuses bad input', () => {
    expect(() => shareGap(base({ cityRatio: d('1.5') }))).toThrow(SplitError);
    expect(() => shareGap(base({ expenditure: d('1.001') }))).toThrow(SplitError);
    expect(() => shareGap(base({ counties: [county('150102', '-1', '1')] }))).toThrow(SplitError);
    expect(() => shareGap(base({ counties: [county('150102', '0', '-1')] }))).toThrow(SplitError);
    expect(() => shareGap(base({ counties: [county('150102', '0', '1'), county('150102', '0', '1')] }))).toThrow(/重复/);
    // Each error says the same in English for a page shown in English.
    const english = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return e instanceof SplitError ? errorMessage(e, 'en') : 'not a SplitError';
      }
      return 'no error';
    };
    expect(english(() => shareGap(base({ cityRatio: d('1.5') })))).toBe('The city ratio must be between 0 and 1: 1.5');
    expect(english(() => shareGap(base({ counties: [county('150102', '-1', '1')] })))).toBe(
      'The shortfall of county 150102 must not be negative or non-finite: -1',
    );
  });
});

describe('shareGap: properties', () => {
  const fen = (max: number) => fc.integer({ min: 0, max }).map((n) => new Dec(n).div(100));
  const signedFen = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((n) => new Dec(n).div(100));
  const countiesArb = fc
    .uniqueArray(fc.integer({ min: 150101, max: 150199 }), { minLength: 0, maxLength: 7 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc.record({
            regionCode: fc.constant(String(code)),
            shortfall: fc.oneof(fc.constant(new Dec(0)), fen(300_000_00)),
            basis: fc.oneof(fc.constant(new Dec(0)), fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Dec(n))),
          }),
        ),
      ),
    );
  const inputArb = fc.record({
    income: fen(1_000_000_00),
    expenditure: fen(1_500_000_00),
    openingBalance: fc.option(signedFen, { nil: null }),
    counties: countiesArb,
    cityRatio: fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(10_000)),
  });

  it('the chain adds up to the gap exactly, nothing is negative, every step follows its rule', () => {
    fc.assert(
      fc.property(inputArb, (over) => {
        const input = base({ ...over, counties: [...over.counties] });
        const g = shareGap(input);
        const selfSum = sum(g.countySelf.map((r) => r.amount));
        const sharesSum = sum(g.countyShares.map((r) => r.amount));
        const all = [g.gap, g.coveredByBalance, g.rest, g.restAfterSelf, g.cityShare, ...g.countySelf.map((r) => r.amount), ...g.countyShares.map((r) => r.amount)];

        expect(g.coveredByBalance.plus(selfSum).plus(g.cityShare).plus(sharesSum).eq(g.gap)).toBe(true);
        for (const a of all) {
          expect(a.gte(0)).toBe(true);
          expect(a.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(g.gap.eq(Dec.max(0, input.expenditure.minus(input.income)))).toBe(true);
        expect(g.coveredByBalance.eq(Dec.min(g.gap, Dec.max(0, input.openingBalance ?? 0)))).toBe(true);
        // A county never makes up more than it caused; all of it when the rest allows.
        const shortfallSum = sum(input.counties.map((c) => c.shortfall));
        for (const c of input.counties) {
          const self = g.countySelf.find((r) => r.regionCode === c.regionCode)!.amount;
          expect(self.lte(c.shortfall)).toBe(true);
          if (shortfallSum.lte(g.rest)) expect(self.eq(c.shortfall)).toBe(true);
        }
        if (input.counties.length > 0) {
          expect(g.cityShare.minus(g.restAfterSelf.times(input.cityRatio)).abs().lte('0.005')).toBe(true);
        }
        // The waterfall: the four parts add up to the gap step.
        const [gapStep, ...parts] = g.steps;
        expect(sum(parts.map((s) => s.amount)).eq(gapStep!.amount)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
