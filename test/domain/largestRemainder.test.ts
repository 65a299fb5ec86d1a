import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, SplitError, type SplitWeight } from '../../src/domain/largestRemainder';
import { Dec } from '../../src/domain/money';

const d = (text: string) => new Dec(text);
const yuanOf = (m: Map<string, InstanceType<typeof Dec>>) => Object.fromEntries([...m].map(([k, v]) => [k, v.toFixed(2)]));

describe('largestRemainder: worked examples', () => {
  it('splits 100.00 in thirds; the one leftover fen goes to the lowest tie-break', () => {
    // 10000 fen / 3 = 3333 r 1 each; 3 × 3333 = 9999, one fen left, remainders tie → lowest code.
    const shares = largestRemainder(d('100.00'), [
      { key: 'c', weight: d('1'), tieBreak: '150300' },
      { key: 'a', weight: d('1'), tieBreak: '150200' },
      { key: 'b', weight: d('1'), tieBreak: '150100' },
    ]);
    expect(yuanOf(shares)).toEqual({ c: '33.33', a: '33.33', b: '33.34' });
    expect([...shares.keys()]).toEqual(['c', 'a', 'b']); // input order kept
  });

  it('without tieBreak, ties go to the lower key', () => {
    // 100 fen / 7 = 14 r 2 each; 7 × 14 = 98, two fen left → keys k1, k2.
    const weights = ['k4', 'k2', 'k7', 'k1', 'k3', 'k6', 'k5'].map((key) => ({ key, weight: d('2.5') }));
    const shares = yuanOf(largestRemainder(d('1.00'), weights));
    expect(shares).toEqual({ k1: '0.15', k2: '0.15', k3: '0.14', k4: '0.14', k5: '0.14', k6: '0.14', k7: '0.14' });
  });

  it('hands leftover fen to the largest remainders, not the lowest codes', () => {
    // 5 fen by 1:2:4 (Σ 7): 5/7 = 0 r 5, 10/7 = 1 r 3, 20/7 = 2 r 6.
    // Floors sum to 3, two fen left → remainders 6 (w = 4) and 5 (w = 1).
    const shares = yuanOf(
      largestRemainder(d('0.05'), [
        { key: 'x', weight: d('1'), tieBreak: '1' },
        { key: 'y', weight: d('2'), tieBreak: '2' },
        { key: 'z', weight: d('4'), tieBreak: '3' },
      ]),
    );
    expect(shares).toEqual({ x: '0.01', y: '0.01', z: '0.03' });
  });

  it('compares remainders exactly, beyond any float or 40-digit precision', () => {
    // 1 fen by 1 : (1 + 1e-45): b's remainder is larger by a hair, so b wins although a sorts first.
    const shares = yuanOf(
      largestRemainder(d('0.01'), [
        { key: 'a', weight: d('1') },
        { key: 'b', weight: d('1.000000000000000000000000000000000000000000001') },
      ]),
    );
    expect(shares).toEqual({ a: '0.00', b: '0.01' });
  });

  it('splits by decimal weights that a float would get wrong', () => {
    // 3 fen by 0.1 : 0.2 is exactly 1 and 2 fen (0.1 / 0.3 in floats is 0.33333333333333337).
    expect(yuanOf(largestRemainder(d('0.03'), [
      { key: 'p', weight: d('0.1') },
      { key: 'q', weight: d('0.2') },
    ]))).toEqual({ p: '0.01', q: '0.02' });
  });

  it('gives a zero weight nothing', () => {
    // 1.00 by 0 : 1 : 2 → 0, 33.33.. → 33 r 1, 66.66.. → 66 r 2; one fen to the w = 2.
    expect(yuanOf(largestRemainder(d('1.00'), [
      { key: 'z', weight: d('0') },
      { key: 'o', weight: d('1') },
      { key: 't', weight: d('2') },
    ]))).toEqual({ z: '0.00', o: '0.33', t: '0.67' });
  });

  it('splits zero among all-zero weights, and nothing among nobody', () => {
    expect(yuanOf(largestRemainder(d('0'), [{ key: 'a', weight: d('0') }]))).toEqual({ a: '0.00' });
    expect(largestRemainder(d('0'), []).size).toBe(0);
  });

  it('refuses what cannot be split', () => {
    expect(() => largestRemainder(d('1.00'), [{ key: 'a', weight: d('0') }])).toThrow(SplitError);
    expect(() => largestRemainder(d('1.00'), [])).toThrow(SplitError);
    expect(() => largestRemainder(d('-1.00'), [{ key: 'a', weight: d('1') }])).toThrow(SplitError);
    expect(() => largestRemainder(d('1.001'), [{ key: 'a', weight: d('1') }])).toThrow(/精确到分/);
    expect(() => largestRemainder(d('1.00'), [{ key: 'a', weight: d('-1') }])).toThrow(SplitError);
    expect(() =>
      largestRemainder(d('1.00'), [
        { key: 'a', weight: d('1') },
        { key: 'a', weight: d('2') },
      ]),
    ).toThrow(/重复/);
  });
});

describe('largestRemainder: properties', () => {
  const weightArb = fc
    // Small units too, so that equal weights (and so tie-breaks) come up often.
    .record({
      units: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 3n })),
      scale: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ units, scale }) => ({ units, scale, weight: new Dec(`${units.toString()}e-${scale}`) }));
  const caseArb = fc.record({
    totalFen: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    weights: fc.array(weightArb, { minLength: 1, maxLength: 12 }),
  });

  it('adds up to the total exactly, never negative, each within one fen of its exact share, monotone in weight', () => {
    fc.assert(
      fc.property(caseArb, ({ totalFen, weights }) => {
        const total = new Dec(totalFen.toString()).div(100);
        const input: SplitWeight[] = weights.map((w, i) => ({ key: `k${i}`, weight: w.weight, tieBreak: String(100 + i) }));
        if (weights.every((w) => w.units === 0n) && totalFen > 0n) {
          expect(() => largestRemainder(total, input)).toThrow(SplitError);
          return;
        }
        const shares = largestRemainder(total, input);
        const fen = input.map((w) => BigInt(shares.get(w.key)!.times(100).toFixed(0)));
        expect(fen.reduce((a, b) => a + b, 0n)).toBe(totalFen);
        // Exact share in fen = totalFen × w_i / Σw, with all weights brought to scale 6.
        const scaled = weights.map((w) => w.units * 10n ** BigInt(6 - w.scale));
        const weightSum = scaled.reduce((a, b) => a + b, 0n);
        fen.forEach((f, i) => {
          expect(f >= 0n).toBe(true);
          if (weightSum === 0n) return;
          const floor = (totalFen * scaled[i]!) / weightSum;
          expect(f === floor || f === floor + 1n).toBe(true);
        });
        for (let i = 0; i < fen.length; i++) {
          for (let j = 0; j < fen.length; j++) {
            if (scaled[i]! > scaled[j]!) expect(fen[i]! >= fen[j]!).toBe(true);
            // Equal weights differ by at most a fen, the extra going to the lower tie-break.
            if (scaled[i] === scaled[j] && i < j) expect(fen[i]! - fen[j]!).toBeOneOf([0n, 1n]);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
