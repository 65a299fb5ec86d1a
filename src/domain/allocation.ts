// Factor allocation (因素法) of the selected year's allocation_totals over
// allocation_factors, with the weights of the policy in force that year.
import { allocateByFactors, type AllocationWeights, type Pot } from './allocateByFactors';
import { SplitError } from './largestRemainder';
import type { AllocationFactor, AllocationTotal } from './inputTypes';
import { Dec } from './money';
import type { AllocationPolicy } from './policy/types';
import type { AllocationResult } from './types';

const POTS: readonly Pot[] = ['assistance', 'emergency'];

export function allocationWeights(policy: AllocationPolicy): AllocationWeights {
  return {
    factorWeight: new Dec(policy.factor_weight),
    performanceWeight: new Dec(policy.performance_weight),
    populationWeight: new Dec(policy.population_weight),
    incidenceWeight: new Dec(policy.incidence_weight),
  };
}

/**
 * One result per pot with a total in `year`, assistance first; cities in
 * region-code order. A pot with a total but no factor rows is left out: its
 * page says allocation_factors is missing rather than showing an error. A
 * pot the method cannot split (a factor that is zero for every city) carries
 * the reason instead of rows, and the other pot and the rest of the analysis
 * go on.
 */
export function allocations(
  year: number,
  totals: readonly AllocationTotal[],
  factors: readonly AllocationFactor[],
  policy: AllocationPolicy,
): AllocationResult[] {
  const weights = allocationWeights(policy);
  const out: AllocationResult[] = [];
  for (const pot of POTS) {
    const total = totals.find((t) => t.year === year && t.pot === pot);
    if (total === undefined) continue;
    const rows = factors
      .filter((f) => f.year === year && f.pot === pot)
      .sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1))
      .map(({ regionCode, need, tierRatio, performance, population, incidence, fiscal }) => ({
        regionCode,
        need,
        tierRatio,
        performance,
        population,
        incidence,
        fiscal,
      }));
    if (rows.length === 0) continue;
    try {
      out.push({ year, pot, total: total.amount, factors: rows, rows: allocateByFactors(pot, total.amount, rows, weights) });
    } catch (e) {
      if (!(e instanceof SplitError)) throw e;
      out.push({ year, pot, total: total.amount, factors: rows, rows: [], error: e.detail });
    }
  }
  return out;
}
