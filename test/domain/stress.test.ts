import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundForecasts, projectBalances, projectedFlows } from '../../src/domain/forecast';
import { fundStatuses } from '../../src/domain/fundStatus';
import { Dec, fixed, moneyString, sum, ZERO, type Decimal } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { redMonthsThreshold, scenarioFlows, stressHorizon, stressOne, stressTests, toStressJson } from '../../src/domain/stress';
import { ZERO_SCENARIO, type StressScenario } from '../../src/domain/stressScenario';
import {
  EXPENDITURE_ITEMS,
  SOURCE_LEVELS,
  type ExpenditureItem,
  type Fund,
  type FundQuarterTotals,
  type FundStatus,
  type Region,
  type SourceLevel,
} from '../../src/domain/types';
import { opening } from './fixtures';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const REGIONS: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
];

type Sources = Partial<Record<SourceLevel, string>>;

/** One quarter of a pool with its income by source level (yuan text) and its expenditure. */
function quarterTotals(code: string, fund: Fund, quarter: string, sources: Sources, expenditure: string): FundQuarterTotals {
  const incomeBySource = Object.fromEntries(SOURCE_LEVELS.map((s) => [s, new Dec(sources[s] ?? 0)])) as Record<SourceLevel, Decimal>;
  const expenditureByItem = Object.fromEntries(EXPENDITURE_ITEMS.map((i) => [i, ZERO])) as Record<ExpenditureItem, Decimal>;
  expenditureByItem.inpatient = new Dec(expenditure);
  const level = code === '150000' ? 'province' : 'city';
  return { regionCode: code, level, fund, quarter, income: sum(Object.values(incomeBySource)), expenditure: new Dec(expenditure), incomeBySource, expenditureByItem };
}

/**
 * The hand-worked pool: 乌兰察布市 resident fund, 2023 and 2024 the same year,
 * income by source always 40% central, 10% province, 40% individual, 5%
 * county, 5% other:
 *   income      4,000,000 / 1,000,000 / 1,000,000 / 2,000,000 (8,000,000)
 *   expenditure 1,500,000 / 2,000,000 / 2,000,000 / 2,500,000 (8,000,000)
 * Opening balance of 2024: 1,000,000, so the accumulated balance at 2024Q4 is 1,000,000.
 */
function split(total: number): Sources {
  return { central: String(total * 0.4), province: String(total * 0.1), individual: String(total * 0.4), county: String(total * 0.05), other: String(total * 0.05) };
}
const YEAR: [number, number][] = [
  [4_000_000, 1_500_000],
  [1_000_000, 2_000_000],
  [1_000_000, 2_000_000],
  [2_000_000, 2_500_000],
];
const HAND: FundStatus[] = fundStatuses(
  [2023, 2024].flatMap((y) => YEAR.map(([inc, exp], i) => quarterTotals('150900', 'resident', `${y}Q${i + 1}`, split(inc), String(exp)))),
  [opening('150900', 'resident', 2024, '1000000.00')],
  () => 4,
);

const SCENARIO: StressScenario = { income: new Dec('-0.10'), expenditure: new Dec('0.10'), insured: new Dec('-0.05'), delay: 1 };

describe('stress: the hand-worked pool, from 2024Q4', () => {
  const [result] = stressTests(HAND, '2024Q4', policy, REGIONS, SCENARIO);
  if (result === undefined) throw new Error('no result');

  it('projects the four quarters of 2025', () => {
    expect(stressHorizon('2024Q4')).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(stressHorizon('2024Q2')).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2']);
    expect(result.points.map((p) => p.quarter)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
  });

  it('baseline: both earlier years have the same shape, so 2025 repeats 2024', () => {
    // 1,000,000 +4,000,000 −1,500,000 = 3,500,000; −1,000,000 → 2,500,000; −1,000,000 → 1,500,000; −500,000 → 1,000,000.
    expect(result.points.map((p) => moneyString(p.baselineBalance))).toEqual(['3500000.00', '2500000.00', '1500000.00', '1000000.00']);
    // Every window spends 8,000,000 in four quarters: months = balance × 12 ÷ 8,000,000.
    expect(result.points.map((p) => fixed(p.baselineMonths as Decimal, 4))).toEqual(['5.2500', '3.7500', '2.2500', '1.5000']);
    expect(result.baselineFirstRed).toBe('2025Q3');
    // Three months of 8,000,000 ÷ 12 = 2,000,000 must be held: 2,000,000 − 1,000,000 at 2025Q4.
    expect(moneyString(result.baselineBuffer)).toBe('1000000.00');
  });

  it('scenario income −10%, expenditure +10%, insured −5%, delay 1: every figure', () => {
    // Shares: superior (central + province) 50%, per capita (individual + county) 45%, rest 5%.
    // Superior × 0.9 × 0.95 = 0.855 (resident: per capita too), per capita × 0.95, expenditure × 1.1.
    // 2025Q1: superior 2,000,000 → 1,710,000, arrives in Q2; per capita 1,800,000 → 1,710,000; rest 200,000.
    //   income 1,910,000, expenditure 1,650,000: 1,000,000 + 260,000 = 1,260,000.
    // 2025Q2: 427,500 + 1,710,000 (late) + 427,500 + 50,000 = 2,615,000; expenditure 2,200,000: 1,675,000.
    // 2025Q3: 427,500 + 427,500 + 50,000 = 905,000; expenditure 2,200,000: 380,000.
    // 2025Q4: 855,000 + 855,000 + 100,000 = 1,810,000; expenditure 2,750,000: −560,000.
    expect(result.points.map((p) => moneyString(p.scenarioBalance))).toEqual(['1260000.00', '1675000.00', '380000.00', '-560000.00']);
    // Windows: 2,000,000 + 2,000,000 + 2,500,000 + 1,650,000 = 8,150,000; then 8,350,000; 8,550,000; 8,800,000.
    // Months = balance × 12 ÷ window: 15,120,000 ÷ 8,150,000; 20,100,000 ÷ 8,350,000; 4,560,000 ÷ 8,550,000; −6,720,000 ÷ 8,800,000.
    expect(result.points.map((p) => fixed(p.scenarioMonths as Decimal, 6))).toEqual(['1.855215', '2.407186', '0.533333', '-0.763636']);
    expect(result.firstRedQuarter).toBe('2025Q1');
    // Need = window ÷ 4 − balance: 777,500; 412,500; 1,757,500; 2,200,000 + 560,000 = 2,760,000.
    expect(moneyString(result.buffer)).toBe('2760000.00');
  });

  it('says the same in the analyze --json arrays', () => {
    const json = toStressJson([result]);
    expect(json.stress[3]).toEqual({
      region_code: '150900',
      fund: 'resident',
      quarter: '2025Q4',
      baseline_balance: '1000000.00',
      scenario_balance: '-560000.00',
      baseline_months: '1.50',
      scenario_months: '-0.76',
    });
    expect(json.stress_summary).toEqual([{ region_code: '150900', fund: 'resident', first_red_quarter: '2025Q1', buffer: '2760000.00' }]);
  });

  it('a zero scenario is the baseline exactly, and the baseline is the forecast', () => {
    const [zero] = stressTests(HAND, '2024Q4', policy, REGIONS, ZERO_SCENARIO);
    const [forecast] = fundForecasts(HAND, '2024Q4', policy, REGIONS);
    expect(zero?.points.every((p) => p.scenarioBalance.eq(p.baselineBalance) && p.scenarioMonths?.eq(p.baselineMonths as Decimal))).toBe(true);
    expect(zero?.points.map((p) => p.baselineBalance.toString())).toEqual(forecast?.points.map((p) => p.accumulatedBalance.toString()));
    expect(zero?.buffer.toString()).toBe(zero?.baselineBuffer.toString());
  });
});

// ---- Properties over random pools ----

const fenAmount = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2));
const sourcesArb: fc.Arbitrary<Sources> = fc.record({
  central: fenAmount(5e9),
  province: fenAmount(2e9),
  city: fenAmount(1e9),
  county: fenAmount(1e9),
  individual: fenAmount(5e9),
  other: fenAmount(5e8),
});
const poolArb = fc.record({
  fund: fc.constantFrom<Fund>('assistance', 'resident'),
  quarters: fc.array(fc.tuple(sourcesArb, fc.integer({ min: 1, max: 8e9 }).map((n) => (n / 100).toFixed(2))), { minLength: 5, maxLength: 12 }),
  opening: fc.integer({ min: -5e9, max: 3e10 }).map((n) => (n / 100).toFixed(2)),
});
const ratioArb = (min: number, max: number): fc.Arbitrary<Decimal> => fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => new Dec(n).div(1000));
const scenarioArb: fc.Arbitrary<StressScenario> = fc.record({
  income: ratioArb(-1, 0),
  expenditure: ratioArb(0, 1),
  insured: ratioArb(-1, 0),
  delay: fc.integer({ min: 0, max: 3 }),
});

/** The pool's statuses and its last quarter (from 2023Q1 on). */
function poolOf(pool: { fund: Fund; quarters: [Sources, string][]; opening: string }): { series: FundStatus[]; current: FundStatus } {
  const { fund, quarters, opening: amount } = pool;
  const names = quarters.map((_, i) => `${2023 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
  const series = fundStatuses(
    quarters.map(([src, exp], i) => quarterTotals('150900', fund, names[i] as string, src, exp)),
    [2023, 2024, 2025].map((y) => opening('150900', fund, y, amount)),
    () => 4,
  );
  const current = series.at(-1) as FundStatus;
  return { series, current };
}

/** `b` is `a` with every shock at least as large. */
function worse(a: StressScenario, b: StressScenario): StressScenario {
  return {
    income: Dec.min(a.income, b.income),
    expenditure: Dec.max(a.expenditure, b.expenditure),
    insured: Dec.min(a.insured, b.insured),
    delay: Math.max(a.delay, b.delay),
  };
}

const red = redMonthsThreshold(policy);
if (red === null) throw new Error('the default policy has a red months band');

/** Written out here, not taken from the module: months ≥ T ⇔ balance × 3n ≥ T × Σ window. */
function aboveRed(balance: Decimal, window: Decimal[], t: Decimal): boolean {
  const spent = sum(window);
  if (window.length === 0 || spent.isZero()) return true;
  return balance.times(3 * window.length).gte(t.times(spent));
}

describe('stress: properties', () => {
  it('a zero scenario equals the baseline on random pools', () => {
    fc.assert(
      fc.property(poolArb, (pool) => {
        const { series, current } = poolOf(pool);
        const r = stressOne(series, current, policy, ZERO_SCENARIO);
        expect(r?.points.every((p) => p.scenarioBalance.eq(p.baselineBalance))).toBe(true);
        expect(r?.firstRedQuarter).toBe(r?.baselineFirstRed);
      }),
      { numRuns: 100 },
    );
  });

  it('a larger cut or cost rise never raises a projected balance, and the buffer never shrinks', () => {
    fc.assert(
      fc.property(poolArb, scenarioArb, scenarioArb, (pool, a, other) => {
        const b = worse(a, other);
        const { series, current } = poolOf(pool);
        const ra = stressOne(series, current, policy, a);
        const rb = stressOne(series, current, policy, b);
        if (ra === null || rb === null) throw new Error('no result');
        ra.points.forEach((p, i) => expect(rb.points[i]?.scenarioBalance.lte(p.scenarioBalance)).toBe(true));
        expect(rb.buffer.gte(ra.buffer)).toBe(true);
        // Against the baseline too (the zero scenario is the mildest).
        ra.points.forEach((p) => expect(p.scenarioBalance.lte(p.baselineBalance)).toBe(true));
        expect(ra.buffer.gte(ra.baselineBuffer)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the buffer keeps every quarter at or above the red threshold, and one fen less does not', () => {
    fc.assert(
      fc.property(poolArb, scenarioArb, (pool, scenario) => {
        const { series, current } = poolOf(pool);
        const r = stressOne(series, current, policy, scenario);
        if (r === null || current.accumulatedBalance === null) throw new Error('no result');
        expect(r.buffer.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(r.buffer.gte(0)).toBe(true);
        const horizon = stressHorizon(current.quarter);
        const flows = scenarioFlows(projectedFlows(series, current, horizon).flows, current.fund, scenario);
        const start = current.accumulatedBalance;
        const run = (extra: Decimal) => projectBalances(series, current.quarter, start.plus(extra), horizon, flows, policy);
        expect(run(r.buffer).every((p) => aboveRed(p.accumulatedBalance, p.window, red.value))).toBe(true);
        if (r.buffer.gt(0)) expect(run(r.buffer.minus('0.01')).every((p) => aboveRed(p.accumulatedBalance, p.window, red.value))).toBe(false);
        // The first red quarter is the first quarter below the threshold without a buffer.
        expect(r.firstRedQuarter).toBe(run(ZERO).find((p) => !aboveRed(p.accumulatedBalance, p.window, red.value))?.quarter ?? null);
      }),
      { numRuns: 150 },
    );
  });
});
