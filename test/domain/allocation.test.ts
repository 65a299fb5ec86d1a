import { describe, expect, it } from 'vitest';
import { buildAnalysis, toAnalysisJson } from '../../src/domain/analysis';
import type { AllocationFactor } from '../../src/domain/inputTypes';
import { decimal, money } from '../../src/domain/money';
import { errorMessage, FundWatchError } from '../../src/domain/messages/error';
import { renderMessage } from '../../src/domain/messages/render';
import { DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../src/domain/policy/policy';

function factor(regionCode: string, pot: 'assistance' | 'emergency', f: Record<'need' | 'tier' | 'perf' | 'pop' | 'inc' | 'fiscal', string>, year = 2024): AllocationFactor {
  return {
    year,
    pot,
    regionCode,
    need: decimal(f.need),
    tierRatio: decimal(f.tier),
    performance: decimal(f.perf),
    population: decimal(f.pop),
    incidence: decimal(f.inc),
    fiscal: decimal(f.fiscal),
  };
}

const base = {
  quarter: '2024Q4',
  regions: [],
  coverageCounts: [],
  fundTotals: [],
  openings: [],
  policyFile: DEFAULT_POLICY_FILE,
};


/** What a refused call says in English. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return errorMessage(e, 'en');
  }
  return 'no error';
}

describe('buildAnalysis: factor allocation', () => {
  // Assistance pot, T = 1,000,000.00: need·tier A 3×1 = 3, B 1×2 = 2 → 0.6 / 0.4; performance 50 / 50.
  //   A = T × (0.9 × 0.6 + 0.1 × 0.5) = 0.59 T = 590,000.00; B = 0.41 T = 410,000.00.
  // Emergency pot, T = 100.01: w_A = (0.6 × 1/2 + 0.4 × 0.001/0.004) × 1 = 0.4, w_B = 0.3 + 0.3 = 0.6;
  //   A = 0.9 × 0.4 + 0.05 = 0.41 T = 4,100.41 fen, B = 0.59 T = 5,900.59 fen; floors 4,100 + 5,900, the
  //   leftover fen to B (.59 > .41): A 41.00, B 59.01.
  const analysis = buildAnalysis({
    ...base,
    allocationTotals: [
      { year: 2024, pot: 'emergency', amount: money('100.01') },
      { year: 2024, pot: 'assistance', amount: money('1000000.00') },
      { year: 2023, pot: 'assistance', amount: money('5.00') },
    ],
    allocationFactors: [
      factor('150200', 'assistance', { need: '1', tier: '2', perf: '50', pop: '0', inc: '0', fiscal: '0' }),
      factor('150100', 'assistance', { need: '3', tier: '1', perf: '50', pop: '0', inc: '0', fiscal: '0' }),
      factor('150100', 'emergency', { need: '0', tier: '0', perf: '50', pop: '1', inc: '0.001', fiscal: '1' }),
      factor('150200', 'emergency', { need: '0', tier: '0', perf: '50', pop: '1', inc: '0.003', fiscal: '1' }),
    ],
  });

  it('allocates each pot of the year, assistance first, cities in code order, to the fen', () => {
    expect(toAnalysisJson(analysis).allocation).toEqual([
      { year: 2024, pot: 'assistance', region_code: '150100', amount: '590000.00' },
      { year: 2024, pot: 'assistance', region_code: '150200', amount: '410000.00' },
      { year: 2024, pot: 'emergency', region_code: '150100', amount: '41.00' },
      { year: 2024, pot: 'emergency', region_code: '150200', amount: '59.01' },
    ]);
    expect(analysis.allocation.map((a) => a.total.toFixed(2))).toEqual(['1000000.00', '100.01']);
  });

  it('a pot whose performance scores are all zero says why and allocates nothing; the other pot and the analysis stand', () => {
    const zero = buildAnalysis({
      ...base,
      allocationTotals: [
        { year: 2024, pot: 'assistance', amount: money('1000000.00') },
        { year: 2024, pot: 'emergency', amount: money('100.01') },
      ],
      allocationFactors: [
        factor('150100', 'assistance', { need: '3', tier: '1', perf: '0', pop: '0', inc: '0', fiscal: '0' }),
        factor('150200', 'assistance', { need: '1', tier: '2', perf: '0', pop: '0', inc: '0', fiscal: '0' }),
        factor('150100', 'emergency', { need: '0', tier: '0', perf: '50', pop: '1', inc: '0.001', fiscal: '1' }),
        factor('150200', 'emergency', { need: '0', tier: '0', perf: '50', pop: '1', inc: '0.003', fiscal: '1' }),
      ],
    });
    const [assistance, emergency] = zero.allocation;
    expect(assistance?.rows).toEqual([]);
    // The analysis holds why as data; the page and the report say it.
    expect(assistance?.error).toEqual({ code: 'split.factor_sum_zero', params: { subject: { code: 'subject.performance_scores', params: {} } } });
    const why = assistance?.error;
    expect(why && [renderMessage(why, 'zh'), renderMessage(why, 'en')]).toEqual([
      '各地区绩效评价得分合计为零，无法按因素法分配',
      "The regions' performance scores add up to zero: the factor method cannot allocate",
    ]);
    expect(assistance?.factors).toHaveLength(2);
    expect(emergency?.error).toBeUndefined();
    expect(toAnalysisJson(zero).allocation).toEqual([
      { year: 2024, pot: 'emergency', region_code: '150100', amount: '41.00' },
      { year: 2024, pot: 'emergency', region_code: '150200', amount: '59.01' },
    ]);
  });

  it('a pot without factor rows is left out', () => {
    const none = buildAnalysis({ ...base, allocationTotals: [{ year: 2024, pot: 'assistance', amount: money('1.00') }] });
    expect(none.allocation).toEqual([]);
  });
});

describe('policy allocation block', () => {
  it('defaults to 0.9 / 0.1 and 0.6 / 0.4', () => {
    expect(resolvePolicy(DEFAULT_POLICY_FILE, 2024).allocation).toEqual({
      factor_weight: '0.9',
      performance_weight: '0.1',
      population_weight: '0.6',
      incidence_weight: '0.4',
    });
  });

  it('refuses weights that do not add up to 1 or are not ratios', () => {
    const file = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: Record<string, unknown>[] };
    file.years.push({ year: 2026, allocation: { factor_weight: '0.8' } });
    // Every year is resolved when the file is read, so the file itself is refused, naming the year.
    expect(() => parsePolicyFile(file)).toThrow(FundWatchError);
    expect(refusal(() => parsePolicyFile(file))).toBe('policy for 2026: allocation: factor_weight 0.8 + performance_weight 0.1 must add up to 1');
    const bad = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: Record<string, unknown>[] };
    bad.years.push({ year: 2026, allocation: { incidence_weight: '1.5' } });
    expect(refusal(() => parsePolicyFile(bad))).toBe('years[5].allocation.incidence_weight: "1.5" is a ratio and must be between 0 and 1');
    // The emergency pot's pair too: 0.6 / 0.6 would allocate as 50 / 50, not the 60 / 40 meant.
    const emergency = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: Record<string, unknown>[] };
    emergency.years.push({ year: 2026, allocation: { incidence_weight: '0.6' } });
    expect(refusal(() => parsePolicyFile(emergency))).toBe('policy for 2026: allocation: population_weight 0.6 + incidence_weight 0.6 must add up to 1');
    const balanced = structuredClone(DEFAULT_POLICY_FILE) as unknown as { years: Record<string, unknown>[] };
    balanced.years.push({ year: 2026, allocation: { population_weight: '0.55', incidence_weight: '0.45' } });
    expect(resolvePolicy(parsePolicyFile(balanced), 2026).allocation.population_weight).toBe('0.55');
  });
});
