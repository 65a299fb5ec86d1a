// Early warning ahead of time (提前预警): project each city's and the
// province's accumulated balance to the year end with the seasonal shape of
// earlier years. Resident contributions arrive mostly in Q1 (DOMAIN.md), so a
// straight line from one quarter would overstate the rest of the year's
// income; instead every remaining quarter's flow is this year's year-to-date
// flow times the average ratio, in earlier complete years, of that quarter's
// flow to the year-to-date flow at the same point of the year.
import { Dec, sum, ZERO, type Decimal } from './money';
import { monthsPayable } from './monthsPayable';
import { monthsPayableWindow } from './fundStatus';
import type { Policy } from './policy/types';
import { compareQuarters, nextQuarter, parseQuarter, quarterOf, trailingQuarters } from './quarter';
import {
  FUNDS,
  type Fund,
  type FundForecast,
  type FundStatus,
  type ForecastPoint,
  type Level,
  type Quarter,
  type Region,
  type RegionCode,
} from './types';

/** Marks a `method` sentence as seasonal (the alert sentence names its basis from it). */
export const SEASONAL_METHOD_MARK = '季节规律';

/** Quarters a fallback projection averages when no earlier complete year exists. */
const FALLBACK_QUARTERS = 4;

const FORECAST_LEVELS: readonly Level[] = ['province', 'city'];

/** One projected quarter's flows (to the fen). */
export interface Flow {
  income: Decimal;
  expenditure: Decimal;
}

/** A projected quarter: its flows and the actual quarters whose shape it follows (the stress tests split income by their sources). */
export interface ProjectedFlow extends Flow {
  basis: FundStatus[];
}

/** Projected flows are money: rounded to the fen so every projected balance is an amount a ledger could hold. */
function toFen(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

function average(values: Decimal[]): Decimal {
  return sum(values).div(values.length);
}

/**
 * The quarters projected after `from`: the rest of its year, or, when `from`
 * is a Q4 (nothing left of the year), the four quarters of the next year.
 */
export function forecastHorizon(from: Quarter): Quarter[] {
  const { year, q } = parseQuarter(from);
  const last = q === 4 ? quarterOf(year + 1, 4) : quarterOf(year, 4);
  const out: Quarter[] = [];
  for (let next = nextQuarter(from); compareQuarters(next, last) <= 0; next = nextQuarter(next)) out.push(next);
  return out;
}

/** "2022年、2023年" */
function yearList(years: number[]): string {
  return years.map((y) => `${y}年`).join('、');
}

/** "2022 and 2023", "2021, 2022 and 2023" */
function yearListEn(years: number[]): string {
  return years.length < 2 ? years.join('') : `${years.slice(0, -1).join(', ')} and ${String(years.at(-1))}`;
}

/** "Q1", "Q1–Q3" */
function throughTextEn(q: number): string {
  return q === 1 ? 'Q1' : `Q1–Q${q}`;
}

/** "第1季度", "第1–3季度" */
function throughText(q: number): string {
  return q === 1 ? '第1季度' : `第1–${q}季度`;
}

/**
 * Earlier years usable as a shape at quarter number `q`: every quarter of the
 * year is in the series (a partial year has no shape) and its year-to-date
 * income and expenditure at `q` are not zero (they are divided by).
 */
function shapeYears(byQuarter: Map<Quarter, FundStatus>, from: Quarter): number[] {
  const { q } = parseQuarter(from);
  const years = new Set<number>();
  for (const quarter of byQuarter.keys()) {
    if (compareQuarters(quarter, from) <= 0) years.add(parseQuarter(quarter).year);
  }
  return [...years]
    .filter((y) => {
      const complete = [1, 2, 3, 4].every((k) => {
        const quarter = quarterOf(y, k);
        return byQuarter.has(quarter) && compareQuarters(quarter, from) <= 0;
      });
      const atQ = byQuarter.get(quarterOf(y, q));
      return complete && atQ !== undefined && !atQ.ytdIncome.isZero() && !atQ.ytdExpenditure.isZero();
    })
    .sort((a, b) => a - b);
}

/**
 * Flows of each horizon quarter and the sentence saying how they were taken.
 * Seasonal: flow(k) = YTD(this year, q) × mean over shape years y of flow(y, k) / YTD(y, q);
 * at Q4 "YTD at q" is the whole year, so the next year's quarters follow each
 * quarter's share of a whole year (and this year's total as the base).
 */
function projectFlows(
  byQuarter: Map<Quarter, FundStatus>,
  current: FundStatus,
  horizon: Quarter[],
): { flows: ProjectedFlow[]; method: string; methodEn: string } {
  const { year, q } = parseQuarter(current.quarter);
  const years = shapeYears(byQuarter, current.quarter);
  if (years.length > 0) {
    const flows = horizon.map((h): ProjectedFlow => {
      const k = parseQuarter(h).q;
      const incomeRatios: Decimal[] = [];
      const expenditureRatios: Decimal[] = [];
      const basis: FundStatus[] = [];
      for (const y of years) {
        const flow = byQuarter.get(quarterOf(y, k));
        const atQ = byQuarter.get(quarterOf(y, q));
        if (flow === undefined || atQ === undefined) continue; // unreachable: shapeYears checked both
        incomeRatios.push(flow.income.div(atQ.ytdIncome));
        expenditureRatios.push(flow.expenditure.div(atQ.ytdExpenditure));
        basis.push(flow);
      }
      return {
        income: toFen(current.ytdIncome.times(average(incomeRatios))),
        expenditure: toFen(current.ytdExpenditure.times(average(expenditureRatios))),
        basis,
      };
    });
    const method =
      q === 4
        ? `按${yearList(years)}的${SEASONAL_METHOD_MARK}推算下一年：${year + 1}年各季度收入、支出 = ` +
          `${year}年全年收入、支出 × 上述年份该季度占全年之比的平均。`
        : `按${yearList(years)}的${SEASONAL_METHOD_MARK}推算：本年${q === 3 ? '第4季度' : `第${q + 1}–4季度各季度`}收入、支出 = ` +
          `本年${throughText(q)}累计 × 上述年份该季度与${throughText(q)}累计之比的平均。`;
    const methodEn =
      q === 4
        ? `Projected for the next year by the seasonal pattern of ${yearListEn(years)}: income and expenditure of each quarter of ${year + 1} = ` +
          `${year} full-year income and expenditure × the average share of that quarter in the full year of those years.`
        : `Projected by the seasonal pattern of ${yearListEn(years)}: income and expenditure of ${q === 3 ? 'Q4' : `each of Q${q + 1}–Q4`} this year = ` +
          `this year's ${throughTextEn(q)} total × the average ratio of that quarter to the ${throughTextEn(q)} total in those years.`;
    return { flows, method, methodEn };
  }
  const recent = trailingQuarters(current.quarter, FALLBACK_QUARTERS)
    .map((quarter) => byQuarter.get(quarter))
    .filter((s): s is FundStatus => s !== undefined);
  const flow: ProjectedFlow = {
    income: toFen(average(recent.map((s) => s.income))),
    expenditure: toFen(average(recent.map((s) => s.expenditure))),
    basis: recent,
  };
  return {
    flows: horizon.map(() => flow),
    method: `没有完整的往年数据，按近${recent.length}个季度的平均收入、支出推算。`,
    methodEn: `No complete earlier years: projected by the average income and expenditure of the last ${recent.length} quarters.`,
  };
}

/** A projected quarter's balance and months payable, with the expenditures its months were averaged over. */
export interface ProjectedPoint extends ForecastPoint {
  /** Quarterly expenditures of the months-payable window at this quarter (actual, then projected). */
  window: Decimal[];
}

/**
 * The running balance from `opening` (the accumulated balance at `current`)
 * through `horizon` with the given flows, and months payable at each
 * quarter over the policy's window, projected expenditures included. Across
 * a year end the closing balance is the next year's opening, so the sum
 * simply continues.
 */
export function projectBalances(
  series: FundStatus[],
  current: Quarter,
  opening: Decimal,
  horizon: Quarter[],
  flows: Flow[],
  policy: Pick<Policy, 'months_payable_window_quarters'>,
): ProjectedPoint[] {
  const firstDataQuarter = series.map((s) => s.quarter).sort(compareQuarters)[0] ?? current;
  const expenditureOf = new Map<Quarter, Decimal>();
  for (const s of series) if (compareQuarters(s.quarter, current) <= 0) expenditureOf.set(s.quarter, s.expenditure);
  let balance = opening;
  return horizon.map((quarter, i) => {
    const flow = flows[i] ?? { income: ZERO, expenditure: ZERO };
    balance = balance.plus(flow.income).minus(flow.expenditure);
    expenditureOf.set(quarter, flow.expenditure);
    const window = monthsPayableWindow(quarter, policy.months_payable_window_quarters, firstDataQuarter).map(
      (w) => expenditureOf.get(w) ?? ZERO,
    );
    return { quarter, accumulatedBalance: balance, monthsPayable: monthsPayable(balance, window), window };
  });
}

/** The region's and fund's statuses up to `current`, keyed by quarter, and its projected flows over `horizon`. */
export function projectedFlows(
  series: FundStatus[],
  current: FundStatus,
  horizon: Quarter[],
): { flows: ProjectedFlow[]; method: string; methodEn: string } {
  const byQuarter = new Map(series.map((s): [Quarter, FundStatus] => [s.quarter, s]));
  return projectFlows(byQuarter, current, horizon);
}

function forecastOne(series: FundStatus[], current: FundStatus, policy: Policy): FundForecast | null {
  if (current.accumulatedBalance === null) return null; // no opening balance: nothing to carry forward
  const horizon = forecastHorizon(current.quarter);
  const { flows, method, methodEn } = projectedFlows(series, current, horizon);
  const points: ForecastPoint[] = projectBalances(series, current.quarter, current.accumulatedBalance, horizon, flows, policy).map(
    ({ quarter, accumulatedBalance, monthsPayable: months }) => ({ quarter, accumulatedBalance, monthsPayable: months }),
  );
  return {
    regionCode: current.regionCode,
    level: current.level,
    fund: current.fund,
    from: current.quarter,
    points,
    negativeQuarter: points.find((p) => p.accumulatedBalance.isNegative())?.quarter ?? null,
    method,
    methodEn,
  };
}

/** Each city's and the province's (level from `regions`, else the status's own) series up to `quarter`, per region and fund. */
export function poolSeries(history: FundStatus[], quarter: Quarter, regions: Region[]): FundStatus[][] {
  const levelOf = new Map(regions.map((r): [RegionCode, Level] => [r.code, r.level]));
  const series = new Map<string, FundStatus[]>();
  for (const s of history) {
    if (compareQuarters(s.quarter, quarter) > 0) continue;
    if (!FORECAST_LEVELS.includes(levelOf.get(s.regionCode) ?? s.level)) continue;
    const key = `${s.regionCode}|${s.fund}`;
    const list = series.get(key);
    if (list === undefined) series.set(key, [s]);
    else list.push(s);
  }
  return [...series.values()];
}

/**
 * One forecast per city and the province (level from `regions`, else the
 * status's own) and fund that has a status at `quarter` with a known
 * accumulated balance. `history` is every status up to `quarter` (later
 * ones are ignored). Sorted by region code, then fund.
 */
export function fundForecasts(history: FundStatus[], quarter: Quarter, policy: Policy, regions: Region[]): FundForecast[] {
  const out: FundForecast[] = [];
  for (const list of poolSeries(history, quarter, regions)) {
    const current = list.find((s) => s.quarter === quarter);
    if (current === undefined) continue;
    const forecast = forecastOne(list, current, policy);
    if (forecast !== null) out.push(forecast);
  }
  return out.sort(
    (a, b) =>
      (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0) ||
      FUNDS.indexOf(a.fund) - FUNDS.indexOf(b.fund),
  );
}

/** The forecast of one region and fund, if any (for the trend chart). */
export function forecastFor(forecasts: FundForecast[], regionCode: RegionCode, fund: Fund): FundForecast | undefined {
  return forecasts.find((f) => f.regionCode === regionCode && f.fund === fund);
}
