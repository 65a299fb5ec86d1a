// Stress scenarios (压力测试, DOMAIN.md): for every city pool and the
// province, both funds, the next four quarters of the seasonal projection
// (forecast.ts, the same flows, not a second projection) are shocked by a
// scenario, and baseline and scenario are compared: the accumulated balance
// and months payable per quarter, the first quarter in the red band, and the
// buffer that would keep a pool out of it.
//
// How a scenario changes a projected quarter (every amount to the fen,
// rounded half up, as the projection's own flows are; the buffer is rounded
// UP to the fen, the smallest whole-fen amount that suffices):
// - the projected income is split by source in the proportions the quarters
//   that shaped it had (`ProjectedFlow.basis`): superior income (central +
//   province), income that follows the insured persons (individual
//   contributions; in the resident fund also the per-capita fiscal subsidies
//   of city and county, and the superior share, which is per capita too),
//   and the rest (interest, donations, lottery, other), which no parameter
//   changes. superior = fen(I × share_superior), per-capita = fen(I ×
//   share_per_capita), rest = I − superior − per-capita, so the parts add
//   up to the projected income exactly;
// - superior × (1 + income) (× (1 + insured) in the resident fund);
//   per-capita × (1 + insured); expenditure × (1 + expenditure); each to the fen;
// - delay d: the first projected quarter's superior income arrives d
//   quarters later (beyond the horizon: not within it).
// A zero scenario changes nothing: its balances are the baseline's exactly.
import { poolSeries, projectBalances, projectedFlows, type Flow, type ProjectedFlow, type ProjectedPoint } from './forecast';
import { Dec, fixed, moneyString, sum, ZERO, type Decimal } from './money';
import type { Policy } from './policy/types';
import { nextQuarter } from './quarter';
import type { StressScenario } from './stressScenario';
import { FUNDS, type Fund, type FundStatus, type Level, type Quarter, type Region, type RegionCode, type SourceLevel } from './types';

/** The stress horizon: the next four quarters (DOMAIN.md 压力测试). */
export const STRESS_QUARTERS = 4;

export function stressHorizon(from: Quarter): Quarter[] {
  const out: Quarter[] = [];
  let q = from;
  for (let i = 0; i < STRESS_QUARTERS; i += 1) out.push((q = nextQuarter(q)));
  return out;
}

/** The red band of months payable as a bound: red when months < value (or ≤ value when `inclusive`). */
export interface RedThreshold {
  value: Decimal;
  inclusive: boolean;
}

/** The upper bound of the policy's red months_payable band; null when the policy has no such band (nothing can turn red). */
export function redMonthsThreshold(policy: Pick<Policy, 'thresholds'>): RedThreshold | null {
  for (const band of policy.thresholds.months_payable) {
    if (band.severity !== 'red') continue;
    if (band.lt !== undefined) return { value: new Dec(band.lt), inclusive: false };
    if (band.lte !== undefined) return { value: new Dec(band.lte), inclusive: true };
  }
  return null;
}

const fen = (d: Decimal): Decimal => d.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
const FEN = new Dec('0.01');

const SUPERIOR: readonly SourceLevel[] = ['central', 'province'];

/** Sources that follow the insured persons besides the superior ones' per-capita part. */
function perCapitaSources(fund: Fund): readonly SourceLevel[] {
  return fund === 'resident' ? ['individual', 'city', 'county'] : ['individual'];
}

function shareOf(basis: FundStatus[], sources: readonly SourceLevel[]): Decimal {
  const total = sum(basis.map((s) => s.income));
  if (total.isZero()) return ZERO;
  return sum(basis.flatMap((s) => sources.map((k) => s.incomeBySource[k]))).div(total);
}

/** The projected flows under `scenario` (see the head of this file). */
export function scenarioFlows(flows: ProjectedFlow[], fund: Fund, scenario: StressScenario): Flow[] {
  const one = new Dec(1);
  const insuredFactor = one.plus(scenario.insured);
  const superiorFactor = one.plus(scenario.income).times(fund === 'resident' ? insuredFactor : one);
  const parts = flows.map((f) => {
    const superior = fen(f.income.times(shareOf(f.basis, SUPERIOR)));
    const perCapita = fen(f.income.times(shareOf(f.basis, perCapitaSources(fund))));
    const rest = f.income.minus(superior).minus(perCapita);
    return {
      superior: fen(superior.times(superiorFactor)),
      rest: fen(perCapita.times(insuredFactor)).plus(rest),
      expenditure: fen(f.expenditure.times(one.plus(scenario.expenditure))),
    };
  });
  const superior = parts.map((p) => p.superior);
  const first = superior[0];
  if (scenario.delay > 0 && first !== undefined) {
    superior[0] = ZERO;
    if (scenario.delay < superior.length) superior[scenario.delay] = (superior[scenario.delay] ?? ZERO).plus(first);
  }
  return parts.map((p, i) => ({ income: (superior[i] ?? ZERO).plus(p.rest), expenditure: p.expenditure }));
}

/**
 * Is the point red with `extra` added to its balance? Exact: months < T is
 * (balance + extra) × 3n < T × Σ window, no division. A window without
 * expenditure has no months payable and is never red.
 */
export function isRed(point: Pick<ProjectedPoint, 'accumulatedBalance' | 'window'>, red: RedThreshold, extra: Decimal = ZERO): boolean {
  const spent = sum(point.window);
  if (point.window.length === 0 || !spent.gt(0)) return false;
  const left = point.accumulatedBalance.plus(extra).times(3 * point.window.length);
  const right = red.value.times(spent);
  return red.inclusive ? left.lte(right) : left.lt(right);
}

/** First quarter in the red band; null when none is (or the policy has no red band). */
export function firstRedQuarter(points: ProjectedPoint[], red: RedThreshold | null, extra: Decimal = ZERO): Quarter | null {
  if (red === null) return null;
  return points.find((p) => isRed(p, red, extra))?.quarter ?? null;
}

/**
 * The buffer: the smallest amount to the fen that, added to today's
 * accumulated balance (so to every projected balance), keeps every
 * projected quarter out of the red band; 0 when none is needed.
 */
export function bufferNeeded(points: ProjectedPoint[], red: RedThreshold | null): Decimal {
  if (red === null) return ZERO;
  let buffer = ZERO;
  for (const p of points) {
    const spent = sum(p.window);
    if (p.window.length === 0 || !spent.gt(0)) continue;
    // need = T × average monthly expenditure − balance, rounded up to the fen; then made exact below.
    const need = red.value.times(spent).div(3 * p.window.length).minus(p.accumulatedBalance).toDecimalPlaces(2, Dec.ROUND_CEIL);
    if (need.gt(buffer)) buffer = need;
  }
  const anyRed = (extra: Decimal): boolean => points.some((p) => isRed(p, red, extra));
  while (anyRed(buffer)) buffer = buffer.plus(FEN);
  while (buffer.gt(0) && !anyRed(buffer.minus(FEN))) buffer = buffer.minus(FEN);
  return buffer;
}

export interface StressPoint {
  quarter: Quarter;
  baselineBalance: Decimal;
  scenarioBalance: Decimal;
  baselineMonths: Decimal | null;
  scenarioMonths: Decimal | null;
  /** The scenario balance at the red threshold: T × the scenario's average monthly expenditure; null without a red band or expenditure. */
  scenarioRedLine: Decimal | null;
}

export interface StressResult {
  regionCode: RegionCode;
  level: Level;
  fund: Fund;
  /** The quarter the projection starts after (the selected one). */
  from: Quarter;
  /** Today's accumulated balance (at `from`). */
  opening: Decimal;
  /** Today's months payable: a pool already red reads so beside the projection's first red quarter, which starts after today. */
  currentMonths: Decimal | null;
  points: StressPoint[];
  baselineFirstRed: Quarter | null;
  firstRedQuarter: Quarter | null;
  baselineBuffer: Decimal;
  buffer: Decimal;
}

/** One pool and fund; null without today's accumulated balance (nothing to carry forward), as the forecast. */
export function stressOne(series: FundStatus[], current: FundStatus, policy: Policy, scenario: StressScenario): StressResult | null {
  const opening = current.accumulatedBalance;
  if (opening === null) return null;
  const horizon = stressHorizon(current.quarter);
  const { flows } = projectedFlows(series, current, horizon);
  const baseline = projectBalances(series, current.quarter, opening, horizon, flows, policy);
  const shocked = projectBalances(series, current.quarter, opening, horizon, scenarioFlows(flows, current.fund, scenario), policy);
  const red = redMonthsThreshold(policy);
  return {
    regionCode: current.regionCode,
    level: current.level,
    fund: current.fund,
    from: current.quarter,
    opening,
    currentMonths: current.monthsPayable,
    points: baseline.map((b, i) => {
      const s = shocked[i] ?? b;
      return {
        quarter: b.quarter,
        baselineBalance: b.accumulatedBalance,
        scenarioBalance: s.accumulatedBalance,
        baselineMonths: b.monthsPayable,
        scenarioMonths: s.monthsPayable,
        scenarioRedLine: red === null || s.window.length === 0 ? null : red.value.times(sum(s.window)).div(3 * s.window.length),
      };
    }),
    baselineFirstRed: firstRedQuarter(baseline, red),
    firstRedQuarter: firstRedQuarter(shocked, red),
    baselineBuffer: bufferNeeded(baseline, red),
    buffer: bufferNeeded(shocked, red),
  };
}

/**
 * Every city pool and the province (the pools the forecast projects), both
 * funds, under `scenario` from `quarter`. Sorted by region code, then fund.
 */
export function stressTests(history: FundStatus[], quarter: Quarter, policy: Policy, regions: Region[], scenario: StressScenario): StressResult[] {
  const out: StressResult[] = [];
  for (const list of poolSeries(history, quarter, regions)) {
    const current = list.find((s) => s.quarter === quarter);
    if (current === undefined) continue;
    const result = stressOne(list, current, policy, scenario);
    if (result !== null) out.push(result);
  }
  return out.sort(
    (a, b) => (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0) || FUNDS.indexOf(a.fund) - FUNDS.indexOf(b.fund),
  );
}

/**
 * Pools ranked for the stress page: the soonest first-red quarter first
 * (none last), then the larger buffer, then region code and fund.
 */
export function rankStress(results: StressResult[]): StressResult[] {
  return [...results].sort((a, b) => {
    const qa = a.firstRedQuarter;
    const qb = b.firstRedQuarter;
    if (qa !== qb) {
      if (qa === null) return 1;
      if (qb === null) return -1;
      return qa < qb ? -1 : 1;
    }
    const byBuffer = b.buffer.comparedTo(a.buffer);
    if (byBuffer !== 0) return byBuffer;
    return (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0) || FUNDS.indexOf(a.fund) - FUNDS.indexOf(b.fund);
  });
}

/** `analyze --scenario … --json`'s two arrays (DESIGN.md): money as 2-decimal strings, months payable 2 decimals, null stays null. */
export interface StressJson {
  stress: {
    region_code: RegionCode;
    fund: Fund;
    quarter: Quarter;
    baseline_balance: string;
    scenario_balance: string;
    baseline_months: string | null;
    scenario_months: string | null;
  }[];
  stress_summary: { region_code: RegionCode; fund: Fund; first_red_quarter: Quarter | null; buffer: string }[];
}

export function toStressJson(results: StressResult[]): StressJson {
  const months = (d: Decimal | null): string | null => (d === null ? null : fixed(d, 2));
  return {
    stress: results.flatMap((r) =>
      r.points.map((p) => ({
        region_code: r.regionCode,
        fund: r.fund,
        quarter: p.quarter,
        baseline_balance: moneyString(p.baselineBalance),
        scenario_balance: moneyString(p.scenarioBalance),
        baseline_months: months(p.baselineMonths),
        scenario_months: months(p.scenarioMonths),
      })),
    ),
    stress_summary: results.map((r) => ({
      region_code: r.regionCode,
      fund: r.fund,
      first_red_quarter: r.firstRedQuarter,
      buffer: moneyString(r.buffer),
    })),
  };
}
