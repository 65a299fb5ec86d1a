// Quarter, year-to-date and balance indicators of each region and fund.
import { ZERO, type Decimal } from './money';
import { monthsPayable } from './monthsPayable';
import { compareQuarters, parseQuarter, quarterOf, trailingQuarters } from './quarter';
import {
  EXPENDITURE_ITEMS,
  FUNDS,
  SOURCE_LEVELS,
  type ExpenditureItem,
  type Fund,
  type FundQuarterTotals,
  type FundStatus,
  type OpeningBalance,
  type Quarter,
  type RegionCode,
  type SourceLevel,
} from './types';

/**
 * The quarters whose expenditure feeds months payable at `quarter`: the
 * `windowQuarters` up to it, minus any before the region/fund's first data
 * quarter (a fund with one year of history is not averaged over zeros it
 * never reported). Quarters missing inside the history count as zero.
 */
export function monthsPayableWindow(quarter: Quarter, windowQuarters: number, firstDataQuarter: Quarter): Quarter[] {
  return trailingQuarters(quarter, windowQuarters).filter((q) => compareQuarters(q, firstDataQuarter) >= 0);
}

/** The balance rate: (YTD income − YTD expenditure) ÷ YTD income; null without income. */
export function balanceRateOf(ytdIncome: Decimal, ytdCurrentBalance: Decimal): Decimal | null {
  return ytdIncome.isZero() ? null : ytdCurrentBalance.div(ytdIncome);
}

function addRecords<K extends string>(a: Record<K, Decimal>, b: Record<K, Decimal>, keys: readonly K[]): Record<K, Decimal> {
  const out = {} as Record<K, Decimal>;
  for (const k of keys) out[k] = a[k].plus(b[k]);
  return out;
}

/** Rows repeated for the same region, fund and quarter add up. */
function mergeTotals(a: FundQuarterTotals, b: FundQuarterTotals): FundQuarterTotals {
  return {
    ...a,
    income: a.income.plus(b.income),
    expenditure: a.expenditure.plus(b.expenditure),
    incomeBySource: addRecords<SourceLevel>(a.incomeBySource, b.incomeBySource, SOURCE_LEVELS),
    expenditureByItem: addRecords<ExpenditureItem>(a.expenditureByItem, b.expenditureByItem, EXPENDITURE_ITEMS),
  };
}

export function compareFundKeys(
  a: { regionCode: RegionCode; fund: Fund; quarter: Quarter },
  b: { regionCode: RegionCode; fund: Fund; quarter: Quarter },
): number {
  if (a.regionCode !== b.regionCode) return a.regionCode < b.regionCode ? -1 : 1;
  if (a.fund !== b.fund) return FUNDS.indexOf(a.fund) - FUNDS.indexOf(b.fund);
  return compareQuarters(a.quarter, b.quarter);
}

/** A quarter in which nothing was booked: its year to date is still there. */
function noFlows(template: Pick<FundQuarterTotals, 'regionCode' | 'level' | 'fund'>, quarter: Quarter): FundQuarterTotals {
  const zeros = <K extends string>(keys: readonly K[]): Record<K, Decimal> => Object.fromEntries(keys.map((k) => [k, ZERO])) as Record<K, Decimal>;
  return {
    regionCode: template.regionCode,
    level: template.level,
    fund: template.fund,
    quarter,
    income: ZERO,
    expenditure: ZERO,
    incomeBySource: zeros(SOURCE_LEVELS),
    expenditureByItem: zeros(EXPENDITURE_ITEMS),
  };
}

/**
 * The quarters a series has a status in: from its first row of each year on
 * to that year's end, and every quarter of a year it has an opening balance
 * of, from `first` on and no later than `last`. A region that booked nothing in one quarter (a
 * county whose flows of 2024Q4 are not in yet), or in a whole year it holds
 * a balance in, or ever, keeps its year to date and balance there, so that its city's
 * gap is shared by that year to date and the region is not missing below a
 * total that counts it.
 */
function statusQuarters(present: readonly Quarter[], openingYears: readonly number[], first: Quarter, last: Quarter): Quarter[] {
  const out = new Set<Quarter>();
  const from = (year: number, q: number): void => {
    for (let i = q; i <= 4 && compareQuarters(quarterOf(year, i), last) <= 0; i++) out.add(quarterOf(year, i));
  };
  for (const quarter of present) {
    const { year, q } = parseQuarter(quarter);
    from(year, q);
  }
  for (const year of openingYears) from(year, 1);
  // Never before the first row: months payable's window starts there (monthsPayableWindow).
  return [...out].filter((q) => compareQuarters(q, first) >= 0).sort(compareQuarters);
}

/**
 * One FundStatus per (region, fund) of `totals` and quarter of statusQuarters
 * (a quarter without rows has zero flows), sorted by region code, fund,
 * quarter. `windowQuarters(year)` is the months-payable window of the policy
 * in force that year.
 */
export function fundStatuses(
  totals: FundQuarterTotals[],
  openings: OpeningBalance[],
  windowQuarters: (year: number) => number,
): FundStatus[] {
  const series = new Map<string, Map<Quarter, FundQuarterTotals>>();
  for (const t of totals) {
    const key = `${t.regionCode}|${t.fund}`;
    let byQuarter = series.get(key);
    if (byQuarter === undefined) series.set(key, (byQuarter = new Map()));
    const seen = byQuarter.get(t.quarter);
    byQuarter.set(t.quarter, seen === undefined ? t : mergeTotals(seen, t));
  }
  const openingOf = new Map<string, Decimal>();
  const openingYears = new Map<string, number[]>();
  // Regions with a balance but not a single flow row: a series of no rows.
  const balanceOnly = new Map<string, OpeningBalance>();
  for (const o of openings) {
    const key = `${o.regionCode}|${o.fund}|${o.year}`;
    const seriesKey = `${o.regionCode}|${o.fund}`;
    if (!openingOf.has(key)) openingYears.set(seriesKey, [...(openingYears.get(seriesKey) ?? []), o.year]);
    openingOf.set(key, (openingOf.get(key) ?? ZERO).plus(o.openingBalance));
    if (!series.has(seriesKey) && !balanceOnly.has(seriesKey)) balanceOnly.set(seriesKey, o);
  }
  for (const key of balanceOnly.keys()) series.set(key, new Map());

  let last: Quarter | undefined;
  for (const t of totals) if (last === undefined || compareQuarters(t.quarter, last) > 0) last = t.quarter;

  const out: FundStatus[] = [];
  for (const [key, byQuarter] of series) {
    const present = [...byQuarter.keys()].sort(compareQuarters);
    const years = openingYears.get(key) ?? [];
    // Without a flow row, the series starts with the first year it has a balance of.
    const first = present[0] ?? (years.length === 0 ? undefined : quarterOf(Math.min(...years), 1));
    const template = present[0] === undefined ? balanceOnly.get(key) : byQuarter.get(present[0]);
    if (first === undefined || template === undefined || last === undefined) continue;
    const expenditureIn = (q: Quarter): Decimal => byQuarter.get(q)?.expenditure ?? ZERO;
    for (const quarter of statusQuarters(present, years, first, last)) {
      const t = byQuarter.get(quarter) ?? noFlows(template, quarter);
      const { year, q } = parseQuarter(quarter);
      let ytdIncome = ZERO;
      let ytdExpenditure = ZERO;
      for (let i = 1; i <= q; i++) {
        const row = byQuarter.get(quarterOf(year, i));
        if (row === undefined) continue;
        ytdIncome = ytdIncome.plus(row.income);
        ytdExpenditure = ytdExpenditure.plus(row.expenditure);
      }
      const ytdCurrentBalance = ytdIncome.minus(ytdExpenditure);
      const openingBalance = openingOf.get(`${t.regionCode}|${t.fund}|${year}`) ?? null;
      const accumulatedBalance = openingBalance === null ? null : openingBalance.plus(ytdCurrentBalance);
      const windowSize = windowQuarters(year);
      // The two divisions are worked out when first read, then kept: an analysis
      // reads them for a few quarters of the history, and Decimal division was
      // most of this function's time.
      let balanceRate: Decimal | null | undefined;
      let months: Decimal | null | undefined;
      out.push({
        regionCode: t.regionCode,
        level: t.level,
        fund: t.fund,
        quarter,
        income: t.income,
        expenditure: t.expenditure,
        currentBalance: t.income.minus(t.expenditure),
        ytdIncome,
        ytdExpenditure,
        ytdCurrentBalance,
        get balanceRate() {
          if (balanceRate === undefined) balanceRate = balanceRateOf(ytdIncome, ytdCurrentBalance);
          return balanceRate;
        },
        openingBalance,
        accumulatedBalance,
        get monthsPayable() {
          if (months === undefined) {
            months = accumulatedBalance === null ? null : monthsPayable(accumulatedBalance, monthsPayableWindow(quarter, windowSize, first).map(expenditureIn));
          }
          return months;
        },
        incomeBySource: t.incomeBySource,
        expenditureByItem: t.expenditureByItem,
      });
    }
  }
  return out.sort(compareFundKeys);
}
