// A stress scenario (压力测试, DOMAIN.md): what it changes, how it is
// written (`income=-0.10,expenditure=0.10,insured=-0.05,delay=1`, the same
// text on the command line and in a link), and its check against the
// policy's allowed ranges. A value out of range or not a number is refused
// with a PolicyIssue naming the parameter and the range (said in Chinese or
// English by policy/issues.ts), and nothing is computed from it.
import { Dec, isDecimalText, ZERO, type Decimal } from './money';
import { message } from './messages/codes';
import { FundWatchError } from './messages/error';
import { policyIssue, type PolicyIssue } from './policy/issues';
import { STRESS_PARAMS, type Policy, type StressParam, type StressPreset } from './policy/types';
import { texts, type Label, type Lang } from './lang';

export interface StressScenario {
  /** Superior (central + province) income, ratio of change: −0.10 = a 10% cut. */
  income: Decimal;
  /** Expenditure, ratio of change: 0.10 = 10% more. */
  expenditure: Decimal;
  /** Insured persons, ratio of change: individual contributions and per-capita fiscal subsidies follow it. */
  insured: Decimal;
  /** Quarters the first projected quarter's superior income arrives late (0 = on time). */
  delay: number;
}

export const ZERO_SCENARIO: StressScenario = { income: ZERO, expenditure: ZERO, insured: ZERO, delay: 0 };

/** A preset's scenario: the parameters it does not set are zero. */
export function presetScenario(preset: StressPreset): StressScenario {
  return {
    income: new Dec(preset.income ?? 0),
    expenditure: new Dec(preset.expenditure ?? 0),
    insured: new Dec(preset.insured ?? 0),
    delay: preset.delay ?? 0,
  };
}

/** The policy's default preset (the report's and the page's first scenario). */
export function defaultPreset(policy: Pick<Policy, 'stress'>): StressPreset | undefined {
  return policy.stress.presets.find((p) => p.id === policy.stress.default_preset) ?? policy.stress.presets[0];
}

export function presetLabel(preset: StressPreset): Label {
  return { zh: preset.name, en: preset.name_en };
}

/** The preset whose values are exactly `scenario`'s, if any. */
export function matchingPreset(policy: Pick<Policy, 'stress'>, scenario: StressScenario): StressPreset | undefined {
  return policy.stress.presets.find((p) => sameScenario(presetScenario(p), scenario));
}

export function sameScenario(a: StressScenario, b: StressScenario): boolean {
  return a.income.eq(b.income) && a.expenditure.eq(b.expenditure) && a.insured.eq(b.insured) && a.delay === b.delay;
}

/** `income=-0.1,expenditure=0.1,insured=0,delay=1`: every parameter, ratios as plain decimals (the CLI's and the link's form). */
export function scenarioText(s: StressScenario): string {
  return `income=${s.income.toString()},expenditure=${s.expenditure.toString()},insured=${s.insured.toString()},delay=${String(s.delay)}`;
}

/** A ratio range said as percentages (−100% to 100%), the form a reader thinks in. */
function percent(text: string): string {
  return `${new Dec(text).times(100).toString()}%`;
}

function rangeParams(policy: Pick<Policy, 'stress'>, param: StressParam): { min: string; max: string } {
  const { min, max } = policy.stress.ranges[param];
  return param === 'delay' ? { min: String(min), max: String(max) } : { min: percent(String(min)), max: percent(String(max)) };
}

/** "-0.10", "-10%", "−10 %" → −0.10; null when it is not a number. */
function ratioOf(text: string): Decimal | null {
  const t = text.trim().replace(/^−/, '-');
  const pct = /^(.*?)\s*[%％]$/.exec(t);
  if (pct !== null) return isDecimalText(pct[1] ?? '') ? new Dec((pct[1] ?? '').trim()).div(100) : null;
  return isDecimalText(t) ? new Dec(t) : null;
}

/**
 * Checks typed values (ratios like -0.10 or percentages like -10%; the delay
 * in whole quarters) against the policy's ranges. A parameter not given is
 * zero. Returns the scenario, or every problem, each naming its parameter.
 */
export function checkScenario(
  values: Partial<Record<StressParam, string>>,
  policy: Pick<Policy, 'stress'>,
): { scenario: StressScenario; issues: [] } | { scenario: null; issues: PolicyIssue[] } {
  const issues: PolicyIssue[] = [];
  const out: StressScenario = { ...ZERO_SCENARIO };
  for (const param of STRESS_PARAMS) {
    const text = values[param];
    if (text === undefined || text.trim() === '') continue;
    const range = rangeParams(policy, param);
    const { min, max } = policy.stress.ranges[param];
    if (param === 'delay') {
      const t = text.trim();
      if (!/^\d+$/.test(t)) {
        issues.push(policyIssue(param, message('policy.not_whole_quarters', { value: JSON.stringify(text), ...range })));
        continue;
      }
      // Compared as Decimals, as the ratios are: a digit string too long for a float still compares exactly.
      const n = new Dec(t);
      if (n.lt(min) || n.gt(max)) issues.push(policyIssue(param, message('policy.out_of_range', { value: t, ...range })));
      // A count of quarters (whole, within the policy's range), not money: read as the integer it is.
      else out.delay = Number.parseInt(t, 10);
      continue;
    }
    const d = ratioOf(text);
    if (d === null) {
      issues.push(policyIssue(param, message('policy.not_a_number', { value: JSON.stringify(text), example: param === 'expenditure' ? '0.10 (10%)' : '-0.10 (-10%)', ...range })));
      continue;
    }
    if (d.lt(min) || d.gt(max)) issues.push(policyIssue(param, message('policy.out_of_range', { value: text.trim(), ...range })));
    else out[param] = d;
  }
  return issues.length > 0 ? { scenario: null, issues } : { scenario: out, issues: [] };
}

/**
 * `income=-0.10,expenditure=0.10,insured=-0.05,delay=1` (any subset, any
 * order), or a preset's id alone (`expenditure_up_10`). Throws a FundWatchError
 * listing every problem: unknown or repeated parameters, values that are
 * not numbers or out of the policy's range.
 */
export function parseScenario(text: string, policy: Pick<Policy, 'stress'>): StressScenario {
  const preset = policy.stress.presets.find((p) => p.id === text.trim());
  if (preset !== undefined) return presetScenario(preset);
  const issues: PolicyIssue[] = [];
  const values: Partial<Record<StressParam, string>> = {};
  const seen = new Set<StressParam>();
  for (const piece of text.split(',')) {
    if (piece.trim() === '') continue;
    const eq = piece.indexOf('=');
    const key = (eq < 0 ? piece : piece.slice(0, eq)).trim();
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    if (!(STRESS_PARAMS as readonly string[]).includes(key)) {
      issues.push(policyIssue(key, message('policy.unknown_parameter', { options: [...STRESS_PARAMS, ...policy.stress.presets.map((p) => p.id)].join(', ') })));
      continue;
    }
    const param = key as StressParam;
    if (seen.has(param)) {
      issues.push(policyIssue(param, message('policy.duplicate_parameter')));
      continue;
    }
    seen.add(param);
    if (value.trim() === '') {
      const params = { value: '""', example: param === 'expenditure' ? '0.10 (10%)' : '-0.10 (-10%)', ...rangeParams(policy, param) };
      issues.push(policyIssue(param, param === 'delay' ? message('policy.not_whole_quarters', params) : message('policy.not_a_number', params)));
      continue;
    }
    values[param] = value;
  }
  const checked = checkScenario(values, policy);
  issues.push(...checked.issues);
  if (issues.length > 0 || checked.scenario === null) throw new FundWatchError(issues);
  return checked.scenario;
}

const WORDS = texts(
  {
    parts: (income: string, expenditure: string, insured: string, delay: number) =>
      `上级补助 ${income}，支出 ${expenditure}，参保人数 ${insured}，补助延迟 ${delay} 个季度`,
    named: (name: string, parts: string) => `${name}（${parts}）`,
  },
  {
    parts: (income: string, expenditure: string, insured: string, delay: number) =>
      `higher-level subsidies ${income}, expenditure ${expenditure}, insured persons ${insured}, higher-level subsidies ${delay} ${delay === 1 ? 'quarter' : 'quarters'} late`,
    named: (name: string, parts: string) => `${name} (${parts})`,
  },
);

function signedPercent(ratio: Decimal): string {
  const pct = ratio.times(100);
  return `${pct.gt(0) ? '+' : ''}${pct.toString()}%`;
}

/** What the scenario does, in words, with the preset's name when it is one: "支出增长10%（上级补助 0%，支出 +10%，…）". */
export function scenarioDescription(s: StressScenario, policy: Pick<Policy, 'stress'>, lang: Lang): string {
  const w = WORDS[lang];
  const parts = w.parts(signedPercent(s.income), signedPercent(s.expenditure), signedPercent(s.insured), s.delay);
  const preset = matchingPreset(policy, s);
  return preset === undefined ? parts : w.named(presetLabel(preset)[lang], parts);
}
