// "What if" on the factor allocation: another total, other weights, one
// city's factor changed. Recomputed with the domain's allocateByFactors on
// copies, so the loaded data and the analysis are never touched. Inputs are
// the form's raw text; every refusal names the field and the reason, in the
// page's language.
import type Decimal from 'decimal.js';
import { allocateByFactors, type AllocationWeights, type FactorRow, type Pot } from '../../domain/allocateByFactors';
import { texts, type Label, type Lang } from '../../domain/lang';
import { errorMessage } from '../../domain/messages/error';
import { SplitError } from '../../domain/largestRemainder';
import { Dec, sum, ZERO } from '../../domain/money';
import type { AllocationResult, RegionCode } from '../../domain/types';
import LABELS from './labels.json';

export const FACTOR_FIELDS = ['need', 'tierRatio', 'performance', 'population', 'incidence', 'fiscal'] as const;
export type FactorField = (typeof FACTOR_FIELDS)[number];

/** The factors' names (labels.json, with the tabs' names). */
export const FACTOR_LABEL: Record<FactorField, Label> = LABELS.factor;

/** The factors each pot's formula reads (DOMAIN.md 因素法). */
export const POT_FACTORS: Record<Pot, readonly FactorField[]> = {
  assistance: ['need', 'tierRatio', 'performance'],
  emergency: ['population', 'incidence', 'fiscal', 'performance'],
};

/** Raw text of the scenario form. Weights are percentages ("90", "10"); the extra total is in the language's money unit (EXTRA_UNIT: "+3000" 万元, "+30" million yuan). */
export interface ScenarioForm {
  totalExtra: string;
  factorPercent: string;
  performancePercent: string;
  populationPercent: string;
  incidencePercent: string;
  changeRegion: RegionCode | '';
  changeField: FactorField;
  changeValue: string;
}

export type ScenarioField =
  | 'totalExtra'
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
const SIGNED_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** Yuan per unit of the extra total: 万元 in Chinese, million yuan in English (readers there do not count in 万). */
export const EXTRA_UNIT: Record<Lang, Decimal> = { zh: new Dec(10_000), en: new Dec(1_000_000) };

const TEXT = texts(
  {
    notNumber: (text: string) => `“${text}”不是数字，请填写万元数，如 +3000 或 -500`,
    beyondFen: '金额最多精确到分（万元最多 6 位小数）',
    notPercent: (text: string) => `“${text}”不是非负数，请填写百分数，如 80`,
    over100: '权重不能超过 100%',
    pairSum: (what: string, total: string) => `${what}之和须为 100%，现为 ${total}%`,
    factorPair: '因素权重与绩效权重',
    populationPair: '人口权重与发病率权重',
    notNonNegative: (text: string) => `“${text}”不是非负数`,
    noFactors: (code: string) => `没有地区 ${code} 的分配因素`,
    negativeTotal: (total: string) => `调整后总额为 ${total} 元，不能为负`,
  },
  {
    notNumber: (text: string) => `"${text}" is not a number: enter million yuan, e.g. +30 or -5`,
    beyondFen: 'Amounts go to the fen at most (million yuan: at most 8 decimals)',
    notPercent: (text: string) => `"${text}" is not a non-negative number: enter a percentage, e.g. 80`,
    over100: 'A weight cannot exceed 100%',
    pairSum: (what: string, total: string) => `${what} must add up to 100%, now ${total}%`,
    factorPair: 'The factor and performance weights',
    populationPair: 'The population and incidence weights',
    notNonNegative: (text: string) => `"${text}" is not a non-negative number`,
    noFactors: (code: string) => `No allocation factors for region ${code}`,
    negativeTotal: (total: string) => `The adjusted total would be ${total} yuan; it cannot be negative`,
  },
);

type Messages = (typeof TEXT)['zh'];

function percentText(ratio: Decimal): string {
  return ratio.times(HUNDRED).toString();
}

/** The form as it opens: no extra money, the policy's weights, no changed factor (the pot's first factor offered). */
export function baselineForm(weights: AllocationWeights, pot: Pot): ScenarioForm {
  return {
    totalExtra: '0',
    factorPercent: percentText(weights.factorWeight),
    performancePercent: percentText(weights.performanceWeight),
    populationPercent: percentText(weights.populationWeight),
    incidencePercent: percentText(weights.incidenceWeight),
    changeRegion: '',
    // A factor the pot's formula reads: the emergency pot has no use for need.
    changeField: POT_FACTORS[pot][0] ?? 'performance',
    changeValue: '',
  };
}

/** "+3000" → 3000 万元 = 30,000,000.00 元 ("+30" million yuan in English); the fen is the finest amount. */
function parseExtra(text: string, unit: Decimal, m: Messages, errors: Partial<Record<ScenarioField, string>>): Decimal {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return ZERO;
  if (!SIGNED_DECIMAL.test(t)) {
    errors.totalExtra = m.notNumber(text);
    return ZERO;
  }
  const yuan = new Dec(t).times(unit);
  if (yuan.decimalPlaces() > 2) errors.totalExtra = m.beyondFen;
  return yuan;
}

function parsePercent(
  text: string,
  field: ScenarioField,
  m: Messages,
  errors: Partial<Record<ScenarioField, string>>,
): Decimal | null {
  const t = text.trim().replace(/%$/, '');
  if (!DECIMAL.test(t)) {
    errors[field] = m.notPercent(text);
    return null;
  }
  const d = new Dec(t);
  if (d.gt(HUNDRED)) {
    errors[field] = m.over100;
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
  m: Messages,
  errors: Partial<Record<ScenarioField, string>>,
): void {
  if (a === null || b === null) return;
  const total = a.plus(b);
  if (!total.eq(1)) errors[field] = m.pairSum(what, percentText(total));
}

/** Copies of the rows with one factor replaced; the original rows are left as they are. */
function changedRows(base: readonly FactorRow[], form: ScenarioForm, m: Messages, errors: Partial<Record<ScenarioField, string>>): FactorRow[] {
  const copies = base.map((r) => ({ ...r }));
  if (form.changeRegion === '' || form.changeValue.trim() === '') return copies;
  const t = form.changeValue.trim();
  if (!DECIMAL.test(t)) {
    errors.changeValue = m.notNonNegative(form.changeValue);
    return copies;
  }
  const row = copies.find((r) => r.regionCode === form.changeRegion);
  if (!row) {
    errors.changeValue = m.noFactors(form.changeRegion);
    return copies;
  }
  row[form.changeField] = new Dec(t);
  return copies;
}

/** The scenario of `form`, with every refusal worded in `lang` and the extra total read in that language's unit. */
export function runScenario(base: AllocationResult, baseWeights: AllocationWeights, form: ScenarioForm, lang: Lang = 'zh'): ScenarioResult {
  const m = TEXT[lang];
  const errors: Partial<Record<ScenarioField, string>> = {};
  const extra = parseExtra(form.totalExtra, EXTRA_UNIT[lang], m, errors);
  const total = new Dec(base.total).plus(extra);
  if (!errors.totalExtra && total.isNegative()) {
    errors.totalExtra = m.negativeTotal(total.toFixed(2));
  }
  const factorWeight = parsePercent(form.factorPercent, 'factorPercent', m, errors);
  const performanceWeight = parsePercent(form.performancePercent, 'performancePercent', m, errors);
  checkPair(factorWeight, performanceWeight, 'performancePercent', m.factorPair, m, errors);
  let populationWeight: Decimal | null = baseWeights.populationWeight;
  let incidenceWeight: Decimal | null = baseWeights.incidenceWeight;
  if (base.pot === 'emergency') {
    populationWeight = parsePercent(form.populationPercent, 'populationPercent', m, errors);
    incidenceWeight = parsePercent(form.incidencePercent, 'incidencePercent', m, errors);
    checkPair(populationWeight, incidenceWeight, 'incidencePercent', m.populationPair, m, errors);
  }
  const rows = changedRows(base.factors, form, m, errors);
  if (Object.keys(errors).length > 0 || !factorWeight || !performanceWeight || !populationWeight || !incidenceWeight) {
    return { ok: false, errors };
  }
  const weights: AllocationWeights = { factorWeight, performanceWeight, populationWeight, incidenceWeight };
  let amounts;
  try {
    amounts = allocateByFactors(base.pot, total, rows, weights);
  } catch (error) {
    if (error instanceof SplitError) return { ok: false, errors: { general: errorMessage(error, lang) } };
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
