// "What if" on the factor allocation: another total, other weights, one
// city's factor changed. Recomputed with the domain's allocateByFactors on
// copies, so the loaded data and the analysis are never touched. Inputs are
// the form's raw text; every refusal names the field and the reason.
import type Decimal from 'decimal.js';
import { allocateByFactors, type AllocationWeights, type FactorRow, type Pot } from '../../domain/allocateByFactors';
import { SplitError } from '../../domain/largestRemainder';
import { Dec, sum, ZERO } from '../../domain/money';
import type { AllocationResult, RegionCode } from '../../domain/types';

export const FACTOR_FIELDS = ['need', 'tierRatio', 'performance', 'population', 'incidence', 'fiscal'] as const;
export type FactorField = (typeof FACTOR_FIELDS)[number];

export const FACTOR_LABEL: Record<FactorField, string> = {
  need: '需求因素',
  tierRatio: '分档比例',
  performance: '绩效得分',
  population: '常住人口',
  incidence: '发病率',
  fiscal: '财政困难系数',
};

/** The factors each pot's formula reads (DOMAIN.md 因素法). */
export const POT_FACTORS: Record<Pot, readonly FactorField[]> = {
  assistance: ['need', 'tierRatio', 'performance'],
  emergency: ['population', 'incidence', 'fiscal', 'performance'],
};

/** Raw text of the scenario form. Weights are percentages ("90", "10"); the extra total is in 万元 ("+3000"). */
export interface ScenarioForm {
  totalExtraWan: string;
  factorPercent: string;
  performancePercent: string;
  populationPercent: string;
  incidencePercent: string;
  changeRegion: RegionCode | '';
  changeField: FactorField;
  changeValue: string;
}

export type ScenarioField =
  | 'totalExtraWan'
  | 'factorPercent'
  | 'performancePercent'
  | 'populationPercent'
  | 'incidencePercent'
  | 'changeValue'
  | 'general';

export interface ScenarioRow {
  regionCode: RegionCode;
  base: Decimal;
  scenario: Decimal;
  /** scenario − base. */
  difference: Decimal;
}

export type ScenarioResult =
  | { ok: true; total: Decimal; weights: AllocationWeights; rows: ScenarioRow[]; sum: Decimal; changed: boolean }
  | { ok: false; errors: Partial<Record<ScenarioField, string>> };

const HUNDRED = new Dec(100);
const WAN = new Dec(10_000);
const SIGNED_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const DECIMAL = /^\d+(\.\d+)?$/;

function percentText(ratio: Decimal): string {
  return ratio.times(HUNDRED).toString();
}

/** The form as it opens: no extra money, the policy's weights, no changed factor. */
export function baselineForm(weights: AllocationWeights): ScenarioForm {
  return {
    totalExtraWan: '0',
    factorPercent: percentText(weights.factorWeight),
    performancePercent: percentText(weights.performanceWeight),
    populationPercent: percentText(weights.populationWeight),
    incidencePercent: percentText(weights.incidenceWeight),
    changeRegion: '',
    changeField: 'need',
    changeValue: '',
  };
}

/** "+3000" → 3000 万元 = 30,000,000.00 元; the fen is the finest amount (6 decimals of 万). */
function parseExtra(text: string, errors: Partial<Record<ScenarioField, string>>): Decimal {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return ZERO;
  if (!SIGNED_DECIMAL.test(t)) {
    errors.totalExtraWan = `“${text}”不是数字，请填写万元数，如 +3000 或 -500`;
    return ZERO;
  }
  const yuan = new Dec(t).times(WAN);
  if (yuan.decimalPlaces() > 2) errors.totalExtraWan = '金额最多精确到分（万元最多 6 位小数）';
  return yuan;
}

function parsePercent(
  text: string,
  field: ScenarioField,
  errors: Partial<Record<ScenarioField, string>>,
): Decimal | null {
  const t = text.trim().replace(/%$/, '');
  if (!DECIMAL.test(t)) {
    errors[field] = `“${text}”不是非负数，请填写百分数，如 80`;
    return null;
  }
  const d = new Dec(t);
  if (d.gt(HUNDRED)) {
    errors[field] = '权重不能超过 100%';
    return null;
  }
  return d.div(HUNDRED);
}

/** Both weights of a pair must add up to 100%, or the formula is no longer a split of T. */
function checkPair(
  a: Decimal | null,
  b: Decimal | null,
  field: ScenarioField,
  what: string,
  errors: Partial<Record<ScenarioField, string>>,
): void {
  if (a === null || b === null) return;
  const total = a.plus(b);
  if (!total.eq(1)) errors[field] = `${what}之和须为 100%，现为 ${percentText(total)}%`;
}

/** Copies of the rows with one factor replaced; the original rows are left as they are. */
function changedRows(base: readonly FactorRow[], form: ScenarioForm, errors: Partial<Record<ScenarioField, string>>): FactorRow[] {
  const copies = base.map((r) => ({ ...r }));
  if (form.changeRegion === '' || form.changeValue.trim() === '') return copies;
  const t = form.changeValue.trim();
  if (!DECIMAL.test(t)) {
    errors.changeValue = `“${form.changeValue}”不是非负数`;
    return copies;
  }
  const row = copies.find((r) => r.regionCode === form.changeRegion);
  if (!row) {
    errors.changeValue = `没有地区 ${form.changeRegion} 的分配因素`;
    return copies;
  }
  row[form.changeField] = new Dec(t);
  return copies;
}

export function runScenario(base: AllocationResult, baseWeights: AllocationWeights, form: ScenarioForm): ScenarioResult {
  const errors: Partial<Record<ScenarioField, string>> = {};
  const extra = parseExtra(form.totalExtraWan, errors);
  const total = new Dec(base.total).plus(extra);
  if (!errors.totalExtraWan && total.isNegative()) {
    errors.totalExtraWan = `调整后总额为 ${total.toFixed(2)} 元，不能为负`;
  }
  const factorWeight = parsePercent(form.factorPercent, 'factorPercent', errors);
  const performanceWeight = parsePercent(form.performancePercent, 'performancePercent', errors);
  checkPair(factorWeight, performanceWeight, 'performancePercent', '因素权重与绩效权重', errors);
  let populationWeight: Decimal | null = baseWeights.populationWeight;
  let incidenceWeight: Decimal | null = baseWeights.incidenceWeight;
  if (base.pot === 'emergency') {
    populationWeight = parsePercent(form.populationPercent, 'populationPercent', errors);
    incidenceWeight = parsePercent(form.incidencePercent, 'incidencePercent', errors);
    checkPair(populationWeight, incidenceWeight, 'incidencePercent', '人口权重与发病率权重', errors);
  }
  const rows = changedRows(base.factors, form, errors);
  if (Object.keys(errors).length > 0 || !factorWeight || !performanceWeight || !populationWeight || !incidenceWeight) {
    return { ok: false, errors };
  }
  const weights: AllocationWeights = { factorWeight, performanceWeight, populationWeight, incidenceWeight };
  let amounts;
  try {
    amounts = allocateByFactors(base.pot, total, rows, weights);
  } catch (error) {
    if (error instanceof SplitError) return { ok: false, errors: { general: error.message } };
    throw error;
  }
  const baseByRegion = new Map(base.rows.map((r) => [r.regionCode, r.amount]));
  const out = amounts.map((a) => {
    const b = baseByRegion.get(a.regionCode) ?? ZERO;
    return { regionCode: a.regionCode, base: b, scenario: a.amount, difference: a.amount.minus(b) };
  });
  const changed = out.some((r) => !r.difference.isZero());
  return { ok: true, total, weights, rows: out, sum: sum(out.map((r) => r.scenario)), changed };
}

/** The policy's weights as the allocation uses them. */
export function policyWeights(allocation: { factor_weight: string; performance_weight: string; population_weight: string; incidence_weight: string }): AllocationWeights {
  return {
    factorWeight: new Dec(allocation.factor_weight),
    performanceWeight: new Dec(allocation.performance_weight),
    populationWeight: new Dec(allocation.population_weight),
    incidenceWeight: new Dec(allocation.incidence_weight),
  };
}
