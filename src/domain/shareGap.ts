// Covering a fund gap (缺口分担), DOMAIN.md "Covering a fund gap": balance
// first, then what counties caused themselves, then city and counties share
// the rest. Every amount is exact to the fen and the chain adds up to the gap.
import type Decimal from 'decimal.js';
import { largestRemainder, SplitError, toFen, type SplitWeight } from './largestRemainder';
import { Dec, sum, ZERO } from './money';
import { message, type Message } from './messages/codes';
import type { SharingRule } from './policy/types';
import type { Fund, RegionCode } from './vocabulary';

export interface GapCounty {
  regionCode: RegionCode;
  /** Σ max(0, due − paid) over the county's obligations of the year: the gap it caused itself. */
  shortfall: Decimal;
  /** What the counties' part is split by (the city's rule): YTD expenditure or insured persons. */
  basis: Decimal;
}

export interface ShareGapInput {
  cityCode: RegionCode;
  fund: Fund;
  year: number;
  /** Year to date, pooled over the city account and all its counties. */
  income: Decimal;
  expenditure: Decimal;
  /** Accumulated balance at the start of the year; null when unknown (then nothing covers the gap). */
  openingBalance: Decimal | null;
  /** Every county of the city, including those that caused nothing. */
  counties: GapCounty[];
  /**
   * A city without counties (东莞市, a 省直辖县 listed as a city) that has
   * obligations of its own: Σ max(0, due − paid), its own part of the gap
   * (step 3), listed under its own code. Read only when `counties` is empty.
   */
  ownShortfall?: Decimal;
  /** Share of the remaining gap the city account carries (policy sharing.city_ratio), 0–1. */
  cityRatio: Decimal;
  /** Only names the basis in the step sentences; defaults to 'expenditure'. */
  countyBasis?: SharingRule['county_basis'];
}

export interface RegionAmount {
  regionCode: RegionCode;
  amount: Decimal;
}

export type GapStepKey = 'gap' | 'balance' | 'county_self' | 'city' | 'county';

export interface GapStep {
  key: GapStepKey;
  amount: Decimal;
}

export interface GapSharing {
  cityCode: RegionCode;
  fund: Fund;
  year: number;
  gap: Decimal;
  coveredByBalance: Decimal;
  /** gap − coveredByBalance. */
  rest: Decimal;
  /** One row per county, lower region code first. */
  countySelf: RegionAmount[];
  /** rest − Σ countySelf. */
  restAfterSelf: Decimal;
  cityShare: Decimal;
  /** One row per county, lower region code first. */
  countyShares: RegionAmount[];
  /** The waterfall: gap, then the four parts that add up to it. */
  steps: GapStep[];
  /**
   * The figures the steps were computed from, as data: pages and the report
   * say the steps in words with money in a unit and regions by name; the
   * domain gives numbers and codes only.
   */
  figures: GapFigures;
}

export interface GapFigures {
  income: Decimal;
  expenditure: Decimal;
  openingBalance: Decimal | null;
  cityRatio: Decimal;
  /** Σ of the counties' shortfalls (due but unpaid). */
  shortfallTotal: Decimal;
  /** True when the shortfalls exceeded the remaining gap and were scaled down in proportion. */
  selfProportional: boolean;
  /** restAfterSelf × cityRatio, to the fen. */
  ratioShare: Decimal;
  /** restAfterSelf − ratioShare: what the counties share (the city's when it has no counties). */
  countiesPart: Decimal;
  countyBasis: SharingRule['county_basis'];
  /** Every county's basis was zero: split equally. */
  basisAllZero: boolean;
  hasCounties: boolean;
}

function checkMoney(amount: Decimal, subject: Message): void {
  if (!amount.isFinite() || amount.decimalPlaces() > 2) {
    throw new SplitError(message('split.exact_money', { subject, amount: amount.toString() }));
  }
}

function validate(input: ShareGapInput): void {
  checkMoney(input.income, message('subject.income'));
  checkMoney(input.expenditure, message('subject.expenditure'));
  if (input.openingBalance !== null) checkMoney(input.openingBalance, message('subject.opening_balance'));
  if (!input.cityRatio.isFinite() || input.cityRatio.lt(0) || input.cityRatio.gt(1)) {
    throw new SplitError(message('split.city_ratio_range', { ratio: input.cityRatio.toString() }));
  }
  const seen = new Set<string>();
  for (const c of selfParties(input)) {
    if (seen.has(c.regionCode)) throw new SplitError(message('split.duplicate_county', { code: c.regionCode }));
    seen.add(c.regionCode);
    toFen(c.shortfall, message('subject.county_shortfall', { code: c.regionCode }));
    if (!c.basis.isFinite() || c.basis.lt(0)) {
      throw new SplitError(message('split.basis_negative', { code: c.regionCode, basis: c.basis.toString() }));
    }
  }
}

/** Who makes up a shortfall of their own (step 3): the counties, or a city without counties itself. */
function selfParties(input: ShareGapInput): GapCounty[] {
  if (input.counties.length > 0 || input.ownShortfall === undefined) return input.counties;
  return [{ regionCode: input.cityCode, shortfall: input.ownShortfall, basis: ZERO }];
}

function asRows(counties: readonly GapCounty[], amounts: Map<string, Decimal>): RegionAmount[] {
  return counties.map((c) => ({ regionCode: c.regionCode, amount: amounts.get(c.regionCode) ?? ZERO }));
}

/**
 * Shares the year-to-date gap of one city's pooled fund, in the five steps of
 * DOMAIN.md. Invariant: gap = coveredByBalance + Σ countySelf + cityShare +
 * Σ countyShares, exactly, with no amount negative.
 *
 * Two choices the rules leave open:
 * - When every county's basis is zero (e.g. no expenditure booked yet), the
 *   counties' part is split equally: the city's rule has nothing to weigh by,
 *   and equal shares are the neutral reading of "shared among counties".
 * - A city without counties keeps the counties' part itself (it is the whole
 *   pool); the 'county' step says so.
 */
export function shareGap(input: ShareGapInput): GapSharing {
  validate(input);
  const counties = [...input.counties].sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
  const steps: GapStep[] = [];

  // 1. The gap.
  const deficit = input.expenditure.minus(input.income);
  const gap = Dec.max(ZERO, deficit);
  steps.push({ key: 'gap', amount: gap });

  // 2. The accumulated balance covers first.
  const usable = Dec.max(ZERO, input.openingBalance ?? ZERO);
  const coveredByBalance = Dec.min(gap, usable);
  const rest = gap.minus(coveredByBalance);
  steps.push({ key: 'balance', amount: coveredByBalance });

  // 3. What a county caused itself it makes up in full, before any sharing.
  const owing = counties.length > 0 ? counties : selfParties(input);
  const shortfallSum = sum(owing.map((c) => c.shortfall));
  // Shortfalls beyond the remaining gap: the gap split in proportion to them.
  const selfAmounts = shortfallSum.lte(rest)
    ? new Map(owing.map((c) => [c.regionCode, new Dec(c.shortfall)]))
    : largestRemainder(
        rest,
        owing.map((c): SplitWeight => ({ key: c.regionCode, weight: c.shortfall })),
      );
  const countySelf = asRows(owing, selfAmounts);
  const selfTotal = sum(countySelf.map((r) => r.amount));
  const restAfterSelf = rest.minus(selfTotal);
  steps.push({ key: 'county_self', amount: selfTotal });

  // 4. City and counties share what is left.
  const ratioShare = restAfterSelf.times(input.cityRatio).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const countiesPart = restAfterSelf.minus(ratioShare);
  const cityShare = counties.length === 0 ? restAfterSelf : ratioShare;
  steps.push({ key: 'city', amount: cityShare });

  // 5. The counties' part, by the city's basis, to the fen.
  const allZero = counties.every((c) => c.basis.isZero());
  const basisWeights: SplitWeight[] = counties.map((c) => ({ key: c.regionCode, weight: allZero ? new Dec(1) : c.basis }));
  const countyShares = asRows(counties, largestRemainder(counties.length === 0 ? ZERO : countiesPart, basisWeights));
  const sharesTotal = sum(countyShares.map((r) => r.amount));
  steps.push({ key: 'county', amount: sharesTotal });

  return {
    cityCode: input.cityCode,
    fund: input.fund,
    year: input.year,
    gap,
    coveredByBalance,
    rest,
    countySelf,
    restAfterSelf,
    cityShare,
    countyShares,
    steps,
    figures: {
      income: input.income,
      expenditure: input.expenditure,
      openingBalance: input.openingBalance,
      cityRatio: input.cityRatio,
      shortfallTotal: shortfallSum,
      selfProportional: !shortfallSum.lte(rest),
      ratioShare,
      countiesPart,
      countyBasis: input.countyBasis ?? 'expenditure',
      basisAllZero: allZero,
      hasCounties: counties.length > 0,
    },
  };
}
