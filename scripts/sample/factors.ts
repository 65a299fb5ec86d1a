// Factor-method inputs (因素法): per year, city and pot, and the totals to allocate.
import type { Enrollment } from './enrollment';
import { YEARS } from './calendar';
import type { Flow } from './flows';
import { mulDiv, type Fen } from './money';
import { rngFor } from './prng';
import type { City } from './regions';

export interface FactorRow {
  year: number;
  regionCode: string;
  pot: 'assistance' | 'emergency';
  need: string;
  tierRatio: string;
  performance: string;
  population: string;
  incidence: string;
  fiscal: string;
}

export interface TotalRow {
  year: number;
  pot: 'assistance' | 'emergency';
  amount: Fen;
}

const TIER_RATIO = { 1: '0.8', 2: '1.0', 3: '1.2' } as const;
/** Fiscal difficulty by tier, in hundredths. */
const FISCAL_RANGE = { 1: [80, 95], 2: [95, 115], 3: [110, 130] } as const;

/** n / 10^places as text, n a non-negative integer. */
function scaled(n: number, places: number): string {
  const s = String(n).padStart(places + 1, '0');
  return `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
}

export function generateFactors(cities: readonly City[], enrollment: Enrollment): FactorRow[] {
  const rng = rngFor('factors');
  const out: FactorRow[] = [];
  for (const y of YEARS) {
    for (const city of cities) {
      const recipients = city.counties.reduce((s, c) => s + (enrollment.recipients.get(`${c.code}|${y}Q4`) ?? 0), 0);
      const insured = city.counties.reduce((s, c) => s + (enrollment.insured.get(c.code)?.get(y) ?? 0), 0);
      // Resident population (万人): resident enrollees are roughly 70–80% of it.
      const population = Math.round((insured * rng.int(125, 145)) / 100);
      const incidence = rng.int(800, 1500); // per million: 0.8–1.5 ‰
      const [lo, hi] = FISCAL_RANGE[city.tier];
      const fiscal = rng.int(lo, hi);
      for (const pot of ['assistance', 'emergency'] as const) {
        out.push({
          year: y,
          regionCode: city.code,
          pot,
          need: scaled(recipients, 4), // recipients in 万人
          tierRatio: TIER_RATIO[city.tier],
          performance: scaled(rng.int(650, 980), 1),
          population: scaled(Math.floor(population / 100), 2), // 万人
          incidence: scaled(incidence, 6),
          fiscal: scaled(fiscal, 2),
        });
      }
    }
  }
  return out;
}

/**
 * Totals in 万元 steps: the assistance pot is what central and province put
 * into the assistance fund that year; the emergency pot what the cities' emergency
 * accounts spent.
 */
export function generateTotals(flows: readonly Flow[]): TotalRow[] {
  const out: TotalRow[] = [];
  const wan = 1_000_000n;
  for (const y of YEARS) {
    let assistance = 0n;
    let emergency = 0n;
    for (const f of flows) {
      if (f.fund !== 'assistance' || !f.quarter.startsWith(String(y))) continue;
      if (f.item === 'fiscal_subsidy' && (f.sourceLevel === 'central' || f.sourceLevel === 'province')) assistance += f.amount;
      if (f.item === 'emergency') emergency += f.amount;
    }
    out.push({ year: y, pot: 'assistance', amount: mulDiv(assistance, 1n, wan) * wan });
    out.push({ year: y, pot: 'emergency', amount: mulDiv(emergency, 1n, wan) * wan });
  }
  return out;
}
