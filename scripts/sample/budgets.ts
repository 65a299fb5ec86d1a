// Annual budgets per account (a city code is the city-level account, as in
// fund_flows), close to the actuals, with one income budget far above them.
import type { Fund } from '../../src/domain/types';
import type { Flow } from './flows';
import { mulDiv, ppm, times, type Fen } from './money';
import { rngFor } from './prng';
import type { City } from './regions';

export interface Budget {
  year: number;
  regionCode: string;
  fund: Fund;
  direction: 'income' | 'expenditure';
  amount: Fen;
}

/**
 * Story: 呼伦贝尔市 budgeted 2024 resident income 40% above what came in
 * (execution falls behind by Q3: income is front-loaded, superior money
 * being booked when it arrives, so a smaller excess would show only at Q4).
 */
export const BUDGET_STORY = { cityCode: '150700', fund: 'resident' as Fund, year: 2024, direction: 'income' as const, ratioPpm: 1_400_000 };

/** Budgets are set in hundreds of yuan. */
const BUDGET_UNIT = 10_000n;

export function generateBudgets(cities: readonly City[], flows: readonly Flow[]): Budget[] {
  const rng = rngFor('budgets');
  const actual = new Map<string, Fen>();
  for (const f of flows) {
    const k = `${f.quarter.slice(0, 4)}|${f.regionCode}|${f.fund}|${f.direction}`;
    actual.set(k, (actual.get(k) ?? 0n) + f.amount);
  }
  const out: Budget[] = [];
  for (const [k, amount] of [...actual.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [year, regionCode, fund, direction] = k.split('|') as [string, string, Fund, Budget['direction']];
    const city = cities.find((c) => c.code === regionCode || c.counties.some((x) => x.code === regionCode));
    const story =
      city?.code === BUDGET_STORY.cityCode && fund === BUDGET_STORY.fund && Number(year) === BUDGET_STORY.year && direction === BUDGET_STORY.direction;
    const planned = times(amount, ppm(story ? BUDGET_STORY.ratioPpm : 1_000_000 + rng.int(-40_000, 40_000)));
    out.push({ year: Number(year), regionCode, fund, direction, amount: mulDiv(planned, 1n, BUDGET_UNIT) * BUDGET_UNIT });
  }
  return out;
}
