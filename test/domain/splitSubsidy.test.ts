import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplitError } from '../../src/domain/largestRemainder';
import { Dec } from '../../src/domain/money';
import { splitSubsidy, subsidyDemand, type FiscalSplit } from '../../src/domain/splitSubsidy';
import type { Category } from '../../src/domain/types';

const d = (text: string) => new Dec(text);
/** Inner Mongolia 2022 notice (policy.default.json): central 80%, province 30/50/70% of the rest. */
const IMG_2022: FiscalSplit = {
  centralShare: d('0.8'),
  provinceShareOfRestByTier: { '1': d('0.3'), '2': d('0.5'), '3': d('0.7') },
};
const asText = (s: ReturnType<typeof splitSubsidy>) => ({
  total: s.total.toFixed(2),
  central: s.central.toFixed(2),
  province: s.province.toFixed(2),
  cityCounty: s.cityCounty.toFixed(2),
});

describe('splitSubsidy: worked examples', () => {
  it('610 yuan per capita, tier 2: central 488, province 61, city + county 61 (DOMAIN.md)', () => {
    // central = 610 × 0.8 = 488; rest = 122; province = 122 × 0.5 = 61; city + county = 122 − 61 = 61.
    expect(asText(splitSubsidy(d('610'), 1, 2, IMG_2022))).toEqual({
      total: '610.00',
      central: '488.00',
      province: '61.00',
      cityCounty: '61.00',
    });
  });

  it('610 yuan for 12,345 insured persons in each tier', () => {
    // total = 610 × 12,345 = 7,530,450; central = 7,530,450 × 0.8 = 6,024,360; rest = 1,506,090.
    // tier 1: province = 1,506,090 × 0.3 = 451,827;  city + county = 1,506,090 − 451,827 = 1,054,263.
    // tier 2: province = 1,506,090 × 0.5 = 753,045;  city + county = 753,045.
    // tier 3: province = 1,506,090 × 0.7 = 1,054,263; city + county = 451,827.
    const base = { total: '7530450.00', central: '6024360.00' };
    expect(asText(splitSubsidy(d('610'), 12_345, 1, IMG_2022))).toEqual({ ...base, province: '451827.00', cityCounty: '1054263.00' });
    expect(asText(splitSubsidy(d('610'), 12_345, 2, IMG_2022))).toEqual({ ...base, province: '753045.00', cityCounty: '753045.00' });
    expect(asText(splitSubsidy(d('610'), 12_345, 3, IMG_2022))).toEqual({ ...base, province: '1054263.00', cityCounty: '451827.00' });
  });

  it('rounds central and province half-up to the fen; city + county takes the remainder', () => {
    // 610.03 × 0.8 = 488.024 → 488.02; rest = 122.01; × 0.5 = 61.005 → 61.01 (half-up);
    // city + county = 610.03 − 488.02 − 61.01 = 61.00.
    expect(asText(splitSubsidy(d('610.03'), 1, 2, IMG_2022))).toEqual({
      total: '610.03',
      central: '488.02',
      province: '61.01',
      cityCounty: '61.00',
    });
    // 0.05 × 0.5 = 0.025 → 0.03; rest 0.02 × 0.5 = 0.01; city + county 0.01.
    const half: FiscalSplit = { centralShare: d('0.5'), provinceShareOfRestByTier: { '1': d('0.5'), '2': d('0.5'), '3': d('0.5') } };
    expect(asText(splitSubsidy(d('0.05'), 1, 1, half))).toEqual({ total: '0.05', central: '0.03', province: '0.01', cityCounty: '0.01' });
  });

  it('refuses bad input', () => {
    expect(() => splitSubsidy(d('610'), -1, 2, IMG_2022)).toThrow(SplitError);
    expect(() => splitSubsidy(d('610'), 1.5, 2, IMG_2022)).toThrow(SplitError);
    expect(() => splitSubsidy(d('610.001'), 1, 2, IMG_2022)).toThrow(SplitError);
    expect(() => splitSubsidy(d('610'), 1, 2, { ...IMG_2022, centralShare: d('1.2') })).toThrow(SplitError);
  });
});

describe('subsidyDemand: worked examples', () => {
  const ratios: Record<Category, InstanceType<typeof Dec>> = {
    tekun: d('1'),
    orphan: d('1'),
    de_facto_orphan: d('1'),
    dibao: d('0.45'),
    fanpin: d('0.45'),
    dibao_edge: d('0.25'),
    monitored: d('0.25'),
  };

  it('2023 contribution 380 yuan', () => {
    // tekun 380 × 1 = 380.00 × 120 = 45,600.00; dibao 380 × 0.45 = 171.00 × 1,000 = 171,000.00;
    // dibao_edge 380 × 0.25 = 95.00 × 37 = 3,515.00; total = 220,115.00.
    const demand = subsidyDemand(
      [
        { category: 'tekun', persons: 120 },
        { category: 'dibao', persons: 1000 },
        { category: 'dibao_edge', persons: 37 },
      ],
      d('380'),
      ratios,
    );
    expect(demand.byCategory.map((r) => [r.category, r.persons, r.standard.toFixed(2), r.amount.toFixed(2)])).toEqual([
      ['tekun', 120, '380.00', '45600.00'],
      ['dibao', 1000, '171.00', '171000.00'],
      ['dibao_edge', 37, '95.00', '3515.00'],
    ]);
    expect(demand.total.toFixed(2)).toBe('220115.00');
  });

  it('rounds the per-person standard to the fen before multiplying', () => {
    // 333.33 × 0.45 = 149.9985 → 150.00, × 3 = 450.00; 333.33 × 0.25 = 83.3325 → 83.33, × 2 = 166.66.
    // Rounding after multiplying would give 449.9955 → 450.00 and 166.665 → 166.67: a different total.
    const demand = subsidyDemand(
      [
        { category: 'fanpin', persons: 3 },
        { category: 'monitored', persons: 2 },
      ],
      d('333.33'),
      ratios,
    );
    expect(demand.byCategory.map((r) => r.amount.toFixed(2))).toEqual(['450.00', '166.66']);
    expect(demand.total.toFixed(2)).toBe('616.66');
  });

  it('refuses a category twice and negative persons', () => {
    const twice = [
      { category: 'dibao' as const, persons: 1 },
      { category: 'dibao' as const, persons: 2 },
    ];
    expect(() => subsidyDemand(twice, d('380'), ratios)).toThrow(/重复/);
    expect(() => subsidyDemand([{ category: 'dibao', persons: -1 }], d('380'), ratios)).toThrow(SplitError);
  });
});

describe('splitSubsidy: properties', () => {
  const ratioArb = fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(10_000));
  it('the three parts add up to the total exactly, none negative, each rounded share within half a fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_00 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        ratioArb,
        fc.tuple(ratioArb, ratioArb, ratioArb),
        (perCapitaFen, insured, tier, central, [t1, t2, t3]) => {
          const perCapita = new Dec(perCapitaFen).div(100);
          const split = splitSubsidy(perCapita, insured, tier, {
            centralShare: central,
            provinceShareOfRestByTier: { '1': t1, '2': t2, '3': t3 },
          });
          expect(split.total.eq(perCapita.times(insured))).toBe(true);
          expect(split.central.plus(split.province).plus(split.cityCounty).eq(split.total)).toBe(true);
          for (const part of [split.central, split.province, split.cityCounty]) {
            expect(part.gte(0)).toBe(true);
            expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
          }
          const provinceShare = [t1, t2, t3][tier - 1]!;
          expect(split.central.minus(split.total.times(central)).abs().lte('0.005')).toBe(true);
          expect(split.province.minus(split.total.minus(split.central).times(provinceShare)).abs().lte('0.005')).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
