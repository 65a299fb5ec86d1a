import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByFactors, type AllocationWeights, type FactorRow } from '../../src/domain/allocateByFactors';
import { SplitError } from '../../src/domain/largestRemainder';
import { Dec, sum } from '../../src/domain/money';

const d = (text: string) => new Dec(text);
/** Inner Mongolia fund-management rules, article 6 (these come from the policy file in the app). */
const WEIGHTS: AllocationWeights = {
  factorWeight: d('0.9'),
  performanceWeight: d('0.1'),
  populationWeight: d('0.6'),
  incidenceWeight: d('0.4'),
};
const row = (regionCode: string, over: Partial<Record<Exclude<keyof FactorRow, 'regionCode'>, string>>): FactorRow => ({
  regionCode,
  need: d(over.need ?? '0'),
  tierRatio: d(over.tierRatio ?? '0'),
  performance: d(over.performance ?? '0'),
  population: d(over.population ?? '0'),
  incidence: d(over.incidence ?? '0'),
  fiscal: d(over.fiscal ?? '0'),
});
const amounts = (rows: ReturnType<typeof allocateByFactors>) => Object.fromEntries(rows.map((r) => [r.regionCode, r.amount.toFixed(2)]));

describe('allocateByFactors: worked examples', () => {
  it('assistance pot, 1,000,000.00 among three cities', () => {
    // need·tier = 2·1 = 2, 2·1.5 = 3, 4·0.5 = 2 (Σ 7); performance 80, 90, 100 (Σ 270).
    // share_i = 0.9·a_i/7 + 0.1·p_i/270 = (0.9·a_i·270 + 0.1·p_i·7) / 1890:
    //   150100: 486 + 56 = 542;  150200: 729 + 63 = 792;  150300: 486 + 70 = 556   (Σ 1890).
    // In fen, 100,000,000 × v / 1890:
    //   150100: 28,677,248 r 1280 (.677);  150200: 41,904,761 r 1710 (.905);  150300: 29,417,989 r 790 (.418).
    // Floors sum to 99,999,998 → two fen to the largest remainders: 150200, then 150100.
    const result = allocateByFactors('assistance', d('1000000.00'), [
      row('150300', { need: '4', tierRatio: '0.5', performance: '100' }),
      row('150100', { need: '2', tierRatio: '1', performance: '80' }),
      row('150200', { need: '2', tierRatio: '1.5', performance: '90' }),
    ], WEIGHTS);
    expect(amounts(result)).toEqual({ '150300': '294179.89', '150100': '286772.49', '150200': '419047.62' });
    expect(result.map((r) => r.regionCode)).toEqual(['150300', '150100', '150200']);
    const city1 = result.find((r) => r.regionCode === '150100')!;
    // factor part 1,000,000 × 0.9 × 2/7 = 257,142.857… → 257,142.86; performance 1,000,000 × 0.1 × 80/270 = 29,629.629… → 29,629.63.
    expect(city1.factorPart.toFixed(2)).toBe('257142.86');
    expect(city1.performancePart.toFixed(2)).toBe('29629.63');
    // 542 / 1890 = 0.28677248677248677248677…
    expect(city1.share.toFixed(20)).toBe('0.28677248677248677249');
  });

  it('assistance pot, equal cities: thirds of 1,000,000.00, the extra fen to the lowest code', () => {
    // 100,000,000 fen / 3 = 33,333,333 r 1 each; one fen left, remainders tie → 150100.
    const result = allocateByFactors('assistance', d('1000000.00'), [
      row('150200', { need: '1', tierRatio: '1', performance: '90' }),
      row('150300', { need: '1', tierRatio: '1', performance: '90' }),
      row('150100', { need: '1', tierRatio: '1', performance: '90' }),
    ], WEIGHTS);
    expect(amounts(result)).toEqual({ '150100': '333333.34', '150200': '333333.33', '150300': '333333.33' });
  });

  it('emergency pot, 1,000,000.00 among three cities', () => {
    // population 100, 200, 300 (Σ 600); incidence 0.02, 0.01, 0.01 (Σ 0.04); fiscal 1.2, 1.0, 0.8; performance equal.
    // w = (0.6·pop/600 + 0.4·inc/0.04) × fiscal:
    //   150100: (0.1 + 0.2) × 1.2 = 0.36;  150200: (0.2 + 0.1) × 1.0 = 0.30;  150300: (0.3 + 0.1) × 0.8 = 0.32  (Σ 0.98).
    // share = 0.9 · w/0.98 + 0.1 · 1/3 = (0.9·w/0.98·30 + 1) / 30 … over 1470: 535, 454, 481 (Σ 1470).
    // In fen, 100,000,000 × v / 1470:
    //   150100: 36,394,557 r 1210 (.823);  150200: 30,884,353 r 1090 (.741);  150300: 32,721,088 r 640 (.435).
    // Floors sum to 99,999,998 → two fen to 150100 and 150200.
    const result = allocateByFactors('emergency', d('1000000.00'), [
      row('150100', { population: '100', incidence: '0.02', fiscal: '1.2', performance: '1' }),
      row('150200', { population: '200', incidence: '0.01', fiscal: '1.0', performance: '1' }),
      row('150300', { population: '300', incidence: '0.01', fiscal: '0.8', performance: '1' }),
    ], WEIGHTS);
    expect(amounts(result)).toEqual({ '150100': '363945.58', '150200': '308843.54', '150300': '327210.88' });
    // factor part of 150100: 1,000,000 × 0.9 × 0.36/0.98 = 330,612.244… → 330,612.24; performance 100,000/3 → 33,333.33.
    expect(result[0]!.factorPart.toFixed(2)).toBe('330612.24');
    expect(result[0]!.performancePart.toFixed(2)).toBe('33333.33');
  });

  it('ignores a factor whose policy weight is zero, even if it sums to zero', () => {
    // All on performance: 10.00 by 1 : 2 : 2 → 200 r 0, 400 r 0, 400 r 0 (fen ×5 / 5).
    const result = allocateByFactors('assistance', d('10.00'), [
      row('150100', { performance: '1' }),
      row('150200', { performance: '2' }),
      row('150300', { performance: '2' }),
    ], { ...WEIGHTS, factorWeight: d('0'), performanceWeight: d('1') });
    expect(amounts(result)).toEqual({ '150100': '2.00', '150200': '4.00', '150300': '4.00' });
  });

  it('refuses an undefined formula or bad input', () => {
    const rows = [row('150100', { need: '1', tierRatio: '1', performance: '0' })];
    expect(() => allocateByFactors('assistance', d('1.00'), rows, WEIGHTS)).toThrow(/绩效评价得分合计为零/);
    expect(() => allocateByFactors('emergency', d('1.00'), [row('150100', { performance: '1' })], WEIGHTS)).toThrow(SplitError);
    expect(() => allocateByFactors('assistance', d('1.00'), [row('150100', { need: '1', tierRatio: '1', performance: '1' })], {
      ...WEIGHTS,
      performanceWeight: d('0.2'),
    })).toThrow(/之和必须为 1/);
    expect(() => allocateByFactors('assistance', d('1.005'), [row('150100', { need: '1', tierRatio: '1', performance: '1' })], WEIGHTS)).toThrow(SplitError);
    expect(() => allocateByFactors('assistance', d('1.00'), [row('150100', { need: '-1', tierRatio: '1', performance: '1' })], WEIGHTS)).toThrow(SplitError);
    expect(() => allocateByFactors('assistance', d('1.00'), [], WEIGHTS)).toThrow(SplitError);
    expect(allocateByFactors('assistance', d('0'), [], WEIGHTS)).toEqual([]);
  });
});

describe('allocateByFactors: properties', () => {
  const factor = (max: number, scale: number) => fc.integer({ min: 0, max }).map((n) => new Dec(n).div(10 ** scale));
  const rowsArb = fc
    .uniqueArray(fc.integer({ min: 150100, max: 152999 }), { minLength: 1, maxLength: 12 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc.record({
            regionCode: fc.constant(String(code)),
            need: factor(1_000_000, 3),
            tierRatio: factor(100, 2),
            performance: factor(10_000, 1),
            population: factor(5_000_000, 0),
            incidence: factor(100_000, 6),
            fiscal: factor(300, 2),
          }),
        ),
      ),
    );
  const totalArb = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => new Dec(n).div(100));
  const sumsPositive = (rows: readonly FactorRow[], fields: (keyof FactorRow)[]) =>
    fields.every((f) => sum(rows.map((r) => r[f] as InstanceType<typeof Dec>)).gt(0));

  for (const pot of ['assistance', 'emergency'] as const) {
    it(`${pot}: adds up to T exactly, none negative, each within a fen of T × share`, () => {
      fc.assert(
        fc.property(totalArb, rowsArb, (total, rows) => {
          const needTier = rows.map((r) => r.need.times(r.tierRatio));
          const defined =
            sum(rows.map((r) => r.performance)).gt(0) &&
            (pot === 'assistance'
              ? sum(needTier).gt(0)
              : sumsPositive(rows, ['population', 'incidence']) && sum(rows.map((r) => r.fiscal.times(r.population.plus(r.incidence)))).gt(0));
          if (!defined) {
            // Some factor sums to zero (or w does): the formula is undefined; the error says so.
            expect(() => allocateByFactors(pot, total, rows, WEIGHTS)).toThrow(SplitError);
            return;
          }
          const result = allocateByFactors(pot, total, rows, WEIGHTS);
          expect(sum(result.map((r) => r.amount)).eq(total)).toBe(true);
          expect(sum(result.map((r) => r.share)).minus(1).abs().lt('1e-35')).toBe(true);
          for (const r of result) {
            expect(r.amount.gte(0)).toBe(true);
            expect(r.amount.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(r.amount.minus(total.times(r.share)).abs().lt('0.0100001')).toBe(true);
          }
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('assistance: a city with need·tier and performance both ≥ another never gets less', () => {
    fc.assert(
      fc.property(totalArb, rowsArb, (total, rows) => {
        fc.pre(sum(rows.map((r) => r.performance)).gt(0) && sum(rows.map((r) => r.need.times(r.tierRatio))).gt(0));
        const result = allocateByFactors('assistance', total, rows, WEIGHTS);
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            const aNeed = a.need.times(a.tierRatio);
            const bNeed = b.need.times(b.tierRatio);
            if (!(aNeed.gte(bNeed) && a.performance.gte(b.performance))) return;
            const diff = result[i]!.amount.minus(result[j]!.amount);
            if (aNeed.eq(bNeed) && a.performance.eq(b.performance)) {
              // Equal claims: at most one fen apart, the extra fen to the lower region code.
              expect(diff.abs().lte('0.01')).toBe(true);
              if (a.regionCode < b.regionCode) expect(diff.gte(0)).toBe(true);
            } else {
              expect(diff.gte(0)).toBe(true);
            }
          });
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('assistance: equal claims are common enough to exercise the tie rule', () => {
    // Cities drawn from a tiny factor space, so equal need·tier and performance happen often.
    const small = fc.uniqueArray(fc.integer({ min: 150100, max: 150120 }), { minLength: 2, maxLength: 8 }).chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc.record({
            regionCode: fc.constant(String(code)),
            need: fc.constantFrom(d('1'), d('2')),
            tierRatio: fc.constant(d('1')),
            performance: fc.constantFrom(d('80'), d('90')),
            population: fc.constant(d('0')),
            incidence: fc.constant(d('0')),
            fiscal: fc.constant(d('0')),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(totalArb, small, (total, rows) => {
        const result = allocateByFactors('assistance', total, rows, WEIGHTS);
        expect(sum(result.map((r) => r.amount)).eq(total)).toBe(true);
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            if (!(a.need.gte(b.need) && a.performance.gte(b.performance))) return;
            const diff = result[i]!.amount.minus(result[j]!.amount);
            const tie = a.need.eq(b.need) && a.performance.eq(b.performance);
            if (tie && a.regionCode > b.regionCode) expect(diff.gte('-0.01')).toBe(true);
            else expect(diff.gte(0)).toBe(true);
          });
        });
      }),
      { numRuns: 2000 },
    );
  });
});
