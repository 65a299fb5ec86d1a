// Province → city allocation of subsidy funds by the factor method (因素法),
// DOMAIN.md "Allocating subsidy funds to cities". Each city's share is kept
// as an exact fraction over a common denominator, so rounding to the fen
// (largest remainder) sees the true quotients, however long they run.
import type Decimal from 'decimal.js';
import { message, type Message } from './messages/codes';
import { largestRemainder, SplitError, toFen } from './largestRemainder';
import { Dec, moneyString } from './money';
import type { RegionCode } from './vocabulary';

export type Pot = 'assistance' | 'emergency';

export interface FactorRow {
  regionCode: RegionCode;
  /** General need factor (assistance pot). */
  need: Decimal;
  /** The region's tiered sharing ratio (assistance pot). */
  tierRatio: Decimal;
  /** Performance-evaluation score (both pots). */
  performance: Decimal;
  /** Resident population (emergency pot). */
  population: Decimal;
  /** Incidence rate (emergency pot). */
  incidence: Decimal;
  /** Fiscal difficulty coefficient (emergency pot). */
  fiscal: Decimal;
}

/** From the policy file; factorWeight + performanceWeight must be 1 so the amounts are the formula's. */
export interface AllocationWeights {
  factorWeight: Decimal;
  performanceWeight: Decimal;
  /** Emergency pot only. Only their proportion matters: w is normalised by Σ w. */
  populationWeight: Decimal;
  incidenceWeight: Decimal;
}

export interface Allocation {
  regionCode: RegionCode;
  /** Exact to the fen; the amounts of all regions add up to the total. */
  amount: Decimal;
  /** T × factorWeight × factor share, rounded half-up to the fen; informative, need not add up. */
  factorPart: Decimal;
  /** T × performanceWeight × performance share, rounded half-up to the fen; informative, need not add up. */
  performancePart: Decimal;
  /** The region's exact share of T (40 significant digits). */
  share: Decimal;
}

// Only multiplies and adds, whose results are exact given enough digits: a
// product of a few 40-digit factors cannot be rounded at this precision.
const Exact = Dec.clone({ precision: 100_000 });
const EXACT_ZERO = new Exact(0);
const EXACT_ONE = new Exact(1);

/** term_i = numerators[i] / denominator, all exact. */
interface Fraction {
  numerators: Decimal[];
  denominator: Decimal;
}

function exactSum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), EXACT_ZERO);
}

/** values_i / Σ values; a term whose weight is zero drops out (and may then have Σ = 0). */
function proportion(values: readonly Decimal[], weight: Decimal, subject: Message): Fraction {
  if (weight.isZero()) return { numerators: values.map(() => EXACT_ZERO), denominator: EXACT_ONE };
  const denominator = exactSum(values);
  if (denominator.isZero()) {
    throw new SplitError(message('split.factor_sum_zero', { subject }));
  }
  return { numerators: values.map((v) => new Exact(v)), denominator };
}

/** wa·a_i/A + wb·b_i/B = (wa·a_i·B + wb·b_i·A) / (A·B). */
function weighted(wa: Decimal, a: Fraction, wb: Decimal, b: Fraction): Fraction {
  return {
    numerators: a.numerators.map((ai, i) =>
      new Exact(wa).times(ai).times(b.denominator).plus(new Exact(wb).times(b.numerators[i] ?? EXACT_ZERO).times(a.denominator)),
    ),
    denominator: a.denominator.times(b.denominator),
  };
}

function checkNonNegative(value: Decimal, subject: Message): void {
  if (!value.isFinite() || value.lt(0)) {
    throw new SplitError(message('split.value_negative', { subject, value: value.toString() }));
  }
}

function validate(total: Decimal, rows: readonly FactorRow[], weights: AllocationWeights): void {
  toFen(total, message('subject.total_by_factors'));
  checkNonNegative(weights.factorWeight, message('subject.factor_weight'));
  checkNonNegative(weights.performanceWeight, message('subject.performance_weight'));
  checkNonNegative(weights.populationWeight, message('subject.population_weight'));
  checkNonNegative(weights.incidenceWeight, message('subject.incidence_weight'));
  if (!weights.factorWeight.plus(weights.performanceWeight).eq(1)) {
    throw new SplitError(message('split.weights_not_one', { factor: weights.factorWeight.toString(), performance: weights.performanceWeight.toString() }));
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.regionCode)) throw new SplitError(message('split.duplicate_region', { code: r.regionCode }));
    seen.add(r.regionCode);
    for (const field of ['need', 'tierRatio', 'performance', 'population', 'incidence', 'fiscal'] as const) {
      checkNonNegative(r[field], message('subject.region_field', { code: r.regionCode, field }));
    }
  }
}

/** The pot's factor share before the performance term: need·tier for assistance, w for emergency. */
function factorFraction(pot: Pot, rows: readonly FactorRow[], weights: AllocationWeights): Fraction {
  if (pot === 'assistance') {
    const needTier = rows.map((r) => new Exact(r.need).times(r.tierRatio));
    return proportion(needTier, weights.factorWeight, message('subject.need_tier'));
  }
  // w_i = (popW·pop_i/Σpop + incW·inc_i/Σinc) × fiscal_i; the common denominator cancels in w_i/Σw.
  const population = proportion(
    rows.map((r) => r.population),
    weights.populationWeight,
    message('subject.population'),
  );
  const incidence = proportion(
    rows.map((r) => r.incidence),
    weights.incidenceWeight,
    message('subject.incidence'),
  );
  const mix = weighted(weights.populationWeight, population, weights.incidenceWeight, incidence);
  const w = mix.numerators.map((n, i) => n.times(rows[i]?.fiscal ?? EXACT_ZERO));
  return proportion(w, weights.factorWeight, message('subject.emergency_factors'));
}

function toFenHalfUp(value: Decimal): Decimal {
  return new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * Splits `total` among the regions of `rows` by the factor method of `pot`:
 *   assistance: amount_i = T × (fw·need_i·tier_i / Σ need·tier + pw·perf_i / Σ perf)
 *   emergency:  w_i = (popW·pop_i/Σpop + incW·inc_i/Σinc) × fiscal_i,
 *               amount_i = T × (fw·w_i/Σw + pw·perf_i/Σperf)
 * The exact shares are rounded to the fen by largest remainder (ties: lower
 * region code), so the amounts add up to T exactly. A factor whose policy
 * weight is zero is ignored; one that counts but sums to zero over all
 * regions throws a SplitError, since the formula is then undefined.
 * Rows come back in the order given.
 */
export function allocateByFactors(
  pot: Pot,
  total: Decimal,
  rows: readonly FactorRow[],
  weights: AllocationWeights,
): Allocation[] {
  validate(total, rows, weights);
  if (rows.length === 0) {
    if (total.isZero()) return [];
    throw new SplitError(message('split.no_region', { total: moneyString(total) }));
  }

  const factor = factorFraction(pot, rows, weights);
  const performance = proportion(
    rows.map((r) => r.performance),
    weights.performanceWeight,
    message('subject.performance_scores'),
  );
  const combined = weighted(weights.factorWeight, factor, weights.performanceWeight, performance);
  // factorWeight + performanceWeight = 1, so Σ numerators = denominator and
  // numerator_i / denominator is region i's exact share of T.
  const amounts = largestRemainder(
    total,
    rows.map((r, i) => ({ key: r.regionCode, weight: combined.numerators[i] ?? EXACT_ZERO })),
  );

  return rows.map((r, i) => {
    const factorShare = new Dec(factor.numerators[i] ?? EXACT_ZERO).div(factor.denominator);
    const performanceShare = new Dec(performance.numerators[i] ?? EXACT_ZERO).div(performance.denominator);
    return {
      regionCode: r.regionCode,
      amount: amounts.get(r.regionCode) ?? new Dec(0),
      factorPart: toFenHalfUp(total.times(weights.factorWeight).times(factorShare)),
      performancePart: toFenHalfUp(total.times(weights.performanceWeight).times(performanceShare)),
      share: new Dec(combined.numerators[i] ?? EXACT_ZERO).div(combined.denominator),
    };
  });
}
