import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByFactors, type AllocationWeights, type FactorRow } from '../../src/domain/allocateByFactors';
import { Dec } from '../../src/domain/money';
import type { AllocationResult } from '../../src/domain/types';
import { baselineForm, policyWeights, runScenario, type ScenarioForm } from '../../src/app/view/allocationScenario';

const WEIGHTS: AllocationWeights = policyWeights({
  factor_weight: '0.9',
  performance_weight: '0.1',
  population_weight: '0.6',
  incidence_weight: '0.4',
});

function row(regionCode: string, need: string, tierRatio: string, performance: string): FactorRow {
  const zero = new Dec(0);
  return { regionCode, need: new Dec(need), tierRatio: new Dec(tierRatio), performance: new Dec(performance), population: zero, incidence: zero, fiscal: zero };
}

/**
 * Three cities, T = 10,000,000.00. need·tier: A 1, B 1, C 2 (Σ 4); performance all 100 (each 1/3).
 * Shares: A = B = 0.9·1/4 + 0.1/3 = 0.258333…, C = 0.9·2/4 + 0.1/3 = 0.483333….
 * Amounts: 2,583,333.333… ×2 and 4,833,333.333…; floors add to 9,999,999.99, the last fen
 * goes to the lowest code among equal remainders (A): A 2,583,333.34, B 2,583,333.33, C 4,833,333.33.
 */
const FACTORS = [row('150100', '1', '1', '100'), row('150200', '1', '1', '100'), row('150300', '1', '2', '100')];
const TOTAL = new Dec('10000000.00');
const BASE: AllocationResult = {
  year: 2024,
  pot: 'assistance',
  total: TOTAL,
  factors: FACTORS,
  rows: allocateByFactors('assistance', TOTAL, FACTORS, WEIGHTS),
};

const form = (patch: Partial<ScenarioForm>): ScenarioForm => ({ ...baselineForm(WEIGHTS, 'assistance'), ...patch });
const amounts = (r: ReturnType<typeof runScenario>) =>
  r.ok ? r.rows.map((x) => [x.regionCode, x.base.toFixed(2), x.scenario.toFixed(2), x.difference.toFixed(2)]) : r.errors;

describe('allocation scenario', () => {
  it("offers to change a factor the pot's formula reads: need for assistance, population for the emergency pot", () => {
    expect(baselineForm(WEIGHTS, 'assistance').changeField).toBe('need');
    expect(baselineForm(WEIGHTS, 'emergency').changeField).toBe('population');
  });

  it('opens on the baseline: the policy weights as percentages, nothing changed', () => {
    expect(baselineForm(WEIGHTS, 'assistance')).toMatchObject({ totalExtra: '0', factorPercent: '90', performancePercent: '10', populationPercent: '60', incidencePercent: '40' });
    const r = runScenario(BASE, WEIGHTS, baselineForm(WEIGHTS, 'assistance'));
    expect(amounts(r)).toEqual([
      ['150100', '2583333.34', '2583333.34', '0.00'],
      ['150200', '2583333.33', '2583333.33', '0.00'],
      ['150300', '4833333.33', '4833333.33', '0.00'],
    ]);
    expect(r.ok && r.changed).toBe(false);
  });

  it('+3000万: the total grows by exactly 30,000,000.00 and the rows add up to it', () => {
    // T' = 40,000,000.00: A = B = 0.258333…·T' = 10,333,333.333…, C = 19,333,333.333…; floors 39,999,999.99, +1 fen to A.
    const r = runScenario(BASE, WEIGHTS, form({ totalExtra: '+3000' }));
    expect(amounts(r)).toEqual([
      ['150100', '2583333.34', '10333333.34', '7750000.00'],
      ['150200', '2583333.33', '10333333.33', '7750000.00'],
      ['150300', '4833333.33', '19333333.33', '14500000.00'],
    ]);
    expect(r.ok && r.total.toFixed(2)).toBe('40000000.00');
    expect(r.ok && r.sum.toFixed(2)).toBe('40000000.00');
    expect(r.ok && r.changed).toBe(true);
  });

  it('90/10 → 80/20 moves money from need to performance', () => {
    // A = B = 0.8/4 + 0.2/3 = 0.266666… → 2,666,666.666…; C = 0.8·2/4 + 0.2/3 = 0.466666… → 4,666,666.666…;
    // floors 9,999,999.98, the two fen go to A and B (equal remainders, lower codes first).
    const r = runScenario(BASE, WEIGHTS, form({ factorPercent: '80', performancePercent: '20' }));
    expect(amounts(r)).toEqual([
      ['150100', '2583333.34', '2666666.67', '83333.33'],
      ['150200', '2583333.33', '2666666.67', '83333.34'],
      ['150300', '4833333.33', '4666666.66', '-166666.67'],
    ]);
  });

  it('a changed factor of one city is used on a copy, never written back', () => {
    // C's tier 2 → 1: every need·tier is 1, each city 1/3: 3,333,333.33 ×3 + 1 fen to A.
    const r = runScenario(BASE, WEIGHTS, form({ changeRegion: '150300', changeField: 'tierRatio', changeValue: '1' }));
    expect(r.ok && r.rows.map((x) => x.scenario.toFixed(2))).toEqual(['3333333.34', '3333333.33', '3333333.33']);
    expect(FACTORS[2]?.tierRatio.toString()).toBe('2');
    expect(BASE.rows[2]?.amount.toFixed(2)).toBe('4833333.33');
  });

  it('refuses invalid input with the reason next to the field', () => {
    expect(amounts(runScenario(BASE, WEIGHTS, form({ factorPercent: '90', performancePercent: '20' })))).toEqual({
      performancePercent: '因素权重与绩效权重之和须为 100%，现为 110%',
    });
    const bad = runScenario(BASE, WEIGHTS, form({ totalExtra: 'abc' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.totalExtra).toMatch(/不是数字/);
    // 1000万 − 2000万 < 0.
    const negative = runScenario(BASE, WEIGHTS, form({ totalExtra: '-2000' }));
    expect(!negative.ok && negative.errors.totalExtra).toBe('调整后总额为 -10000000.00 元，不能为负');
    // 0.0000001 万元 = 0.001 元: finer than the fen.
    expect(!runScenario(BASE, WEIGHTS, form({ totalExtra: '0.0000001' })).ok).toBe(true);
    expect(!runScenario(BASE, WEIGHTS, form({ changeRegion: '150100', changeValue: '-1' })).ok).toBe(true);
  });

  it('in English: the extra total is in million yuan, and every refusal is English', () => {
    // +30 million yuan = +3000万 = 30,000,000.00: the same scenario as the Chinese "+3000".
    const en = runScenario(BASE, WEIGHTS, form({ totalExtra: '+30' }), 'en');
    expect(amounts(en)).toEqual(amounts(runScenario(BASE, WEIGHTS, form({ totalExtra: '+3000' }))));
    expect(en.ok && en.total.toFixed(2)).toBe('40000000.00');
    expect(amounts(runScenario(BASE, WEIGHTS, form({ factorPercent: '90', performancePercent: '20' }), 'en'))).toEqual({
      performancePercent: 'The factor and performance weights must add up to 100%, now 110%',
    });
    const errors = (patch: Partial<ScenarioForm>) => {
      const r = runScenario(BASE, WEIGHTS, form(patch), 'en');
      return r.ok ? {} : r.errors;
    };
    expect(errors({ totalExtra: 'abc' })).toEqual({ totalExtra: '"abc" is not a number: enter million yuan, e.g. +30 or -5' });
    // 10 million − 20 million < 0.
    expect(errors({ totalExtra: '-20' })).toEqual({ totalExtra: 'The adjusted total would be -10000000.00 yuan; it cannot be negative' });
    // 0.00000001 million yuan = 0.01 yuan is the fen; 0.000000001 is finer.
    expect(errors({ totalExtra: '0.00000001' })).toEqual({});
    expect(errors({ totalExtra: '0.000000001' })).toEqual({ totalExtra: 'Amounts go to the fen at most (million yuan: at most 8 decimals)' });
    expect(errors({ factorPercent: '120' })).toMatchObject({ factorPercent: 'A weight cannot exceed 100%' });
    expect(errors({ changeRegion: '150100', changeValue: '-1' })).toEqual({ changeValue: '"-1" is not a non-negative number' });
    const all = Object.values({ ...errors({ totalExtra: 'x', factorPercent: 'y', changeRegion: '150100', changeValue: 'z' }) }).join(' ');
    expect(all).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/);
  });

  it('any valid extra total and weights: the scenario rows add up to the scenario total exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 1_000_000_000 }), fc.integer({ min: 0, max: 100 }), (fen, factor) => {
        const extraWan = new Dec(fen).div(1_000_000).toString();
        const r = runScenario(BASE, WEIGHTS, form({ totalExtra: extraWan, factorPercent: String(factor), performancePercent: String(100 - factor) }));
        if (!r.ok) return false;
        return r.sum.eq(r.total) && r.total.eq(TOTAL.plus(new Dec(fen).div(100))) && r.rows.every((x) => !x.scenario.isNegative());
      }),
      { numRuns: 1000 },
    );
  });
});
