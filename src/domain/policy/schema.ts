// What a year block of policy.json may hold, as data (Spec), and the one
// walk that checks a value against it, naming the path of every problem.
import { message, type Message, type PolicyReasonCode } from '../messages/codes';
import { CATEGORIES, FUNDS } from '../vocabulary';
import { checkBand, checkBandList } from './bandLists';
import { policyIssue, type IssueList } from './issues';
import { DEADLINE_RULE_IDS, DEADLINE_RULES, FILE_BANDED_RULE_IDS, LATER_RULE_IDS } from './rules';
import type { Band } from './types';
import { at, checkDecimal, isPlainObject, show } from './values';

export type Spec =
  | { kind: 'decimal'; range?: 'ratio' | 'nonNegative' }
  /** `max`: where a larger count stops making sense (and a date computed from it stops being one). */
  | { kind: 'integer'; min: number; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enumList'; values: readonly string[] }
  | { kind: 'text' }
  /** A list whose items are each checked whole (a list replaces an inherited one whole). */
  | { kind: 'list'; item: Spec }
  /** Fixed keys; all required in a complete policy unless `partial` or listed in `optional`. */
  | { kind: 'object'; fields: Record<string, Spec>; partial?: boolean; optional?: readonly string[] }
  /** Free keys that are six-digit city codes; none required. */
  | { kind: 'cityMap'; value: Spec }
  | { kind: 'bands'; rule: string; range?: 'ratio'; legacy: boolean }
  /** A key of the older format that the current one has replaced: always an issue. */
  | { kind: 'retired'; reason: Message<PolicyReasonCode> };

const ratio: Spec = { kind: 'decimal', range: 'ratio' };
const yuan: Spec = { kind: 'decimal', range: 'nonNegative' };

const decimalSpec: Spec = { kind: 'decimal' };
const rangeOf = (value: Spec): Spec => ({ kind: 'object', fields: { min: value, max: value } });
const quarters: Spec = { kind: 'integer', min: 0 };

/** policy.stress: the allowed range of each scenario parameter and the named presets. */
const stressSpec: Spec = {
  kind: 'object',
  fields: {
    ranges: {
      kind: 'object',
      fields: { income: rangeOf(decimalSpec), expenditure: rangeOf(decimalSpec), insured: rangeOf(decimalSpec), delay: rangeOf(quarters) },
    },
    presets: {
      kind: 'list',
      item: {
        kind: 'object',
        optional: ['income', 'expenditure', 'insured', 'delay'],
        fields: { id: { kind: 'text' }, name: { kind: 'text' }, name_en: { kind: 'text' }, income: decimalSpec, expenditure: decimalSpec, insured: decimalSpec, delay: quarters },
      },
    },
    default_preset: { kind: 'text' },
  },
};

const sharingFields: Record<string, Spec> = {
  city_ratio: ratio,
  county_basis: { kind: 'enum', values: ['expenditure', 'insured'] },
};

/**
 * The spec of a year block. fundwatch-policy/1 (`legacy`) also had
 * `coverage_target` and band lists for the deadline rules: accepted there
 * (and checked against the settings that replace them), refused in /2.
 * Only the coverage bands are ratios bounded by 0..1; a balance rate or a
 * growth gap may legitimately have negative bounds.
 */
function policySpec(legacy: boolean): Spec {
  const thresholdFields: Record<string, Spec> = Object.fromEntries(
    FILE_BANDED_RULE_IDS.map((rule): [string, Spec] => [rule, { kind: 'bands', rule, legacy, ...(rule === 'coverage' ? { range: 'ratio' } : {}) }]),
  );
  for (const rule of DEADLINE_RULE_IDS) {
    thresholdFields[rule] = legacy
      ? { kind: 'bands', rule, legacy }
      : { kind: 'retired', reason: message('policy.deadline_is_timeliness', { setting: DEADLINE_RULES[rule].setting }) };
  }
  return {
    kind: 'object',
    optional: ['coverage_target', 'stress'],
    fields: {
      financing: {
        kind: 'object',
        fields: { fiscal_subsidy_per_capita: yuan, individual_contribution: yuan },
      },
      fiscal_split: {
        kind: 'object',
        fields: {
          central_share: ratio,
          province_share_of_rest_by_tier: { kind: 'object', fields: { '1': ratio, '2': ratio, '3': ratio } },
        },
      },
      categories: {
        kind: 'object',
        fields: Object.fromEntries(CATEGORIES.map((c) => [c, { kind: 'object', fields: { subsidy_ratio: ratio } } satisfies Spec])),
      },
      coverage_target: legacy ? ratio : { kind: 'retired', reason: message('policy.target_is_band') },
      // 9,000 quarters back from 2024 is a year before 1000, which no quarter can be named (it stopped the analysis): a century is the most.
      months_payable_window_quarters: { kind: 'integer', min: 1, max: 400 },
      seasonal_funds: { kind: 'enumList', values: FUNDS },
      thresholds: { kind: 'object', fields: thresholdFields, optional: [...DEADLINE_RULE_IDS, ...LATER_RULE_IDS] },
      timeliness: {
        kind: 'object',
        fields: {
          pass_down_days: { kind: 'integer', min: 0 },
          formal_budget_days: { kind: 'integer', min: 0 },
          advance_ratio_min: ratio,
        },
      },
      sharing: {
        kind: 'object',
        fields: {
          default: { kind: 'object', fields: sharingFields },
          cities: { kind: 'cityMap', value: { kind: 'object', fields: sharingFields, partial: true } },
        },
      },
      allocation: {
        kind: 'object',
        fields: { factor_weight: ratio, performance_weight: ratio, population_weight: ratio, incidence_weight: ratio },
      },
      stress: stressSpec,
    },
  };
}

export const SPEC = policySpec(false);
export const LEGACY_SPEC = policySpec(true);

export function check(value: unknown, spec: Spec, path: string, complete: boolean, issues: IssueList): void {
  switch (spec.kind) {
    case 'decimal':
      checkDecimal(value, path, spec.range, issues);
      return;
    case 'integer':
      if (typeof value === 'number' && !Number.isFinite(value)) issues.add(path, 'policy.number_overflow');
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min) issues.add(path, 'policy.not_integer', { value: show(value), min: spec.min });
      // Past 2^53 an integer is no longer the one written (9007199254740993 reads as …992).
      else if (value > (spec.max ?? Number.MAX_SAFE_INTEGER)) issues.add(path, 'policy.integer_above', { value: show(value), max: spec.max ?? Number.MAX_SAFE_INTEGER });
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        issues.add(path, 'policy.not_one_of', { value: show(value), options: spec.values.join(', ') });
      }
      return;
    case 'enumList':
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_list_of', { options: spec.values.join(', ') });
        return;
      }
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !spec.values.includes(v)) {
          issues.add(at(path, i), 'policy.not_one_of', { value: show(v), options: spec.values.join(', ') });
        }
      });
      return;
    case 'bands': {
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_band_list');
        return;
      }
      const before = issues.size;
      value.forEach((band, i) => checkBand(band, at(path, i), spec.range, issues));
      // fundwatch-policy/1 let bands overlap (the worst matching band won): its lists are
      // checked as a whole once they are cut into disjoint bands (legacyBands).
      if (issues.size === before && !spec.legacy) checkBandList(value as Band[], path, spec.rule, issues);
      return;
    }
    case 'retired':
      issues.list.push(policyIssue(path, spec.reason));
      return;
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') issues.add(path, 'policy.not_text');
      return;
    case 'list':
      if (!Array.isArray(value)) {
        issues.add(path, 'policy.not_list_of', { options: 'objects' });
        return;
      }
      value.forEach((item, i) => check(item, spec.item, at(path, i), true, issues));
      return;
    case 'cityMap':
    case 'object':
      if (!isPlainObject(value)) {
        issues.add(path, 'policy.not_object');
        return;
      }
      // An object's keys are its fields; a city map's are six-digit city codes, each with the same spec.
      for (const [key, v] of Object.entries(value)) {
        // Own fields only: `constructor`, `toString` or `__proto__` found Object.prototype's and passed unchecked into the merge of years.
        const own = spec.kind === 'object' ? (Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined) : /^\d{6}$/.test(key) ? spec.value : undefined;
        if (own !== undefined) check(v, own, at(path, key), complete, issues);
        else if (spec.kind === 'object') issues.add(at(path, key), 'policy.unknown_key');
        else issues.add(at(path, key), 'policy.not_city_code', { key: show(key) });
      }
      if (spec.kind === 'object' && complete && !spec.partial) {
        for (const key of Object.keys(spec.fields)) {
          if (value[key] === undefined && !spec.optional?.includes(key)) issues.add(at(path, key), 'policy.missing');
        }
      }
      return;
  }
}
