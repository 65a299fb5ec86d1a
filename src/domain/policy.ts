// policy.json: validation with precise paths, and resolution of one year.
// The file is user input (a province edits its own thresholds), so every
// value is checked and every problem is reported with where it is.
import defaults from './policy.default.json';
import { Dec, isDecimalText } from './money';
import type { AllocationPolicy, Band, Policy, PolicyFile, SharingRule } from './policyTypes';
import { CATEGORIES, FUNDS, SEVERITIES } from './types';
import { BANDED_RULE_IDS } from './rules';

export class PolicyError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(issues.join('\n'));
    this.name = 'PolicyError';
    this.issues = issues;
  }
}

type Spec =
  | { kind: 'decimal'; range?: 'ratio' | 'nonNegative' }
  | { kind: 'integer'; min: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'enumList'; values: readonly string[] }
  /** Fixed keys; all required in a complete policy unless `partial`. */
  | { kind: 'object'; fields: Record<string, Spec>; partial?: boolean }
  /** Free keys matching `key` (e.g. city codes); none required. */
  | { kind: 'map'; key: RegExp; keyHint: string; value: Spec }
  | { kind: 'bands'; range?: 'ratio' };

const ratio: Spec = { kind: 'decimal', range: 'ratio' };
const yuan: Spec = { kind: 'decimal', range: 'nonNegative' };

const sharingFields: Record<string, Spec> = {
  city_ratio: ratio,
  county_basis: { kind: 'enum', values: ['expenditure', 'insured'] },
};

// Only the coverage bands are ratios bounded by 0..1; a balance rate or a
// growth gap may legitimately have negative bounds. The forecast rule has no
// bands of its own (BANDED_RULE_IDS), so no thresholds.forecast is asked for.
const thresholdFields: Record<string, Spec> = Object.fromEntries(
  BANDED_RULE_IDS.map((rule) => [rule, rule === 'coverage' ? { kind: 'bands', range: 'ratio' } : { kind: 'bands' }]),
);

const POLICY_SPEC: Spec = {
  kind: 'object',
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
      fields: Object.fromEntries(
        CATEGORIES.map((c) => [c, { kind: 'object', fields: { subsidy_ratio: ratio } } satisfies Spec]),
      ),
    },
    coverage_target: ratio,
    months_payable_window_quarters: { kind: 'integer', min: 1 },
    seasonal_funds: { kind: 'enumList', values: FUNDS },
    thresholds: { kind: 'object', fields: thresholdFields },
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
        cities: {
          kind: 'map',
          key: /^\d{6}$/,
          keyHint: 'a six-digit city code',
          value: { kind: 'object', fields: sharingFields, partial: true },
        },
      },
    },
    allocation: {
      kind: 'object',
      fields: { factor_weight: ratio, performance_weight: ratio, population_weight: ratio, incidence_weight: ratio },
    },
  },
};

const BOUNDS = ['gt', 'gte', 'lt', 'lte'] as const;

function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function checkDecimal(value: unknown, path: string, range: 'ratio' | 'nonNegative' | undefined, issues: string[]): void {
  if (typeof value === 'number') {
    issues.push(`${path}: ${show(value)} must be written as a decimal string, e.g. "${String(value)}"`);
    return;
  }
  if (typeof value !== 'string' || !isDecimalText(value)) {
    issues.push(`${path}: ${show(value)} is not a decimal number`);
    return;
  }
  const d = new Dec(value.trim());
  if (range === 'ratio' && (d.lt(0) || d.gt(1))) issues.push(`${path}: ${show(value)} is a ratio and must be between 0 and 1`);
  if (range === 'nonNegative' && d.lt(0)) issues.push(`${path}: ${show(value)} must not be negative`);
}

function checkBand(value: unknown, path: string, range: 'ratio' | undefined, issues: string[]): void {
  if (!isPlainObject(value)) {
    issues.push(`${path}: expected a band object like {"severity": "red", "lt": "0.99"}`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'severity' && !(BOUNDS as readonly string[]).includes(key)) {
      issues.push(`${at(path, key)}: unknown key (expected severity, gt, gte, lt or lte)`);
    }
  }
  if (!SEVERITIES.includes(value.severity as never)) {
    issues.push(`${at(path, 'severity')}: ${show(value.severity)} is not one of ${SEVERITIES.join(', ')}`);
  }
  const set = BOUNDS.filter((b) => value[b] !== undefined);
  if (set.length === 0) {
    issues.push(`${path}: a band needs at least one bound (gt, gte, lt or lte)`);
    return;
  }
  if (value.gt !== undefined && value.gte !== undefined) issues.push(`${path}: set gt or gte, not both`);
  if (value.lt !== undefined && value.lte !== undefined) issues.push(`${path}: set lt or lte, not both`);
  const before = issues.length;
  for (const b of set) checkDecimal(value[b], at(path, b), range, issues);
  if (issues.length > before) return;
  const lower = (value.gt ?? value.gte) as string | undefined;
  const upper = (value.lt ?? value.lte) as string | undefined;
  if (lower !== undefined && upper !== undefined) {
    const lo = new Dec(lower);
    const hi = new Dec(upper);
    const pointAllowed = value.gte !== undefined && value.lte !== undefined;
    if (lo.gt(hi) || (lo.eq(hi) && !pointAllowed)) issues.push(`${path}: no value lies between ${lower} and ${upper}`);
  }
}

function check(value: unknown, spec: Spec, path: string, complete: boolean, issues: string[]): void {
  switch (spec.kind) {
    case 'decimal':
      checkDecimal(value, path, spec.range, issues);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min) {
        issues.push(`${path}: ${show(value)} is not an integer ≥ ${spec.min}`);
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        issues.push(`${path}: ${show(value)} is not one of ${spec.values.join(', ')}`);
      }
      return;
    case 'enumList':
      if (!Array.isArray(value)) {
        issues.push(`${path}: expected a list of ${spec.values.join(', ')}`);
        return;
      }
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !spec.values.includes(v)) {
          issues.push(`${at(path, i)}: ${show(v)} is not one of ${spec.values.join(', ')}`);
        }
      });
      return;
    case 'bands':
      if (!Array.isArray(value)) {
        issues.push(`${path}: expected a list of bands`);
        return;
      }
      value.forEach((band, i) => checkBand(band, at(path, i), spec.range, issues));
      return;
    case 'map':
      if (!isPlainObject(value)) {
        issues.push(`${path}: expected an object`);
        return;
      }
      for (const [key, v] of Object.entries(value)) {
        if (!spec.key.test(key)) issues.push(`${at(path, key)}: key ${show(key)} is not ${spec.keyHint}`);
        else check(v, spec.value, at(path, key), complete, issues);
      }
      return;
    case 'object':
      if (!isPlainObject(value)) {
        issues.push(`${path}: expected an object`);
        return;
      }
      for (const [key, v] of Object.entries(value)) {
        const field = spec.fields[key];
        if (field === undefined) issues.push(`${at(path, key)}: unknown key`);
        else check(v, field, at(path, key), complete, issues);
      }
      if (complete && !spec.partial) {
        for (const key of Object.keys(spec.fields)) {
          if (value[key] === undefined) issues.push(`${at(path, key)}: missing`);
        }
      }
      return;
  }
}

/**
 * Validate a parsed policy.json. Year blocks must be ascending and unique;
 * the first block must be complete (every later year inherits from it), the
 * others may set any subset. Throws PolicyError listing every problem.
 */
export function parsePolicyFile(json: unknown): PolicyFile {
  const issues: string[] = [];
  if (!isPlainObject(json)) throw new PolicyError(['policy: expected a JSON object']);
  for (const key of Object.keys(json)) {
    if (!['schema', 'province_code', 'note', 'years'].includes(key)) issues.push(`${key}: unknown key`);
  }
  if (json.schema !== 'fundwatch-policy/1') issues.push(`schema: ${show(json.schema)} is not "fundwatch-policy/1"`);
  if (typeof json.province_code !== 'string' || !/^\d{6}$/.test(json.province_code)) {
    issues.push(`province_code: ${show(json.province_code)} is not a six-digit region code`);
  }
  if (json.note !== undefined && typeof json.note !== 'string') issues.push('note: expected text');
  const years = json.years;
  if (!Array.isArray(years) || years.length === 0) {
    issues.push('years: expected a non-empty list of year blocks');
    throw new PolicyError(issues);
  }
  let previous: number | undefined;
  years.forEach((block: unknown, i) => {
    const path = `years[${i}]`;
    if (!isPlainObject(block)) {
      issues.push(`${path}: expected an object`);
      return;
    }
    const { year, ...rest } = block;
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      issues.push(`${path}.year: ${show(year)} is not an integer year`);
    } else {
      if (previous !== undefined && year <= previous) {
        issues.push(`${path}.year: ${year} does not come after ${previous} (years must be ascending and unique)`);
      }
      previous = year;
    }
    const blockIssues: string[] = [];
    check(rest, POLICY_SPEC, '', i === 0, blockIssues);
    issues.push(...blockIssues.map((m) => `${path}.${m}`));
  });
  if (issues.length > 0) throw new PolicyError(issues);
  return json as unknown as PolicyFile;
}

export const DEFAULT_POLICY_FILE: PolicyFile = parsePolicyFile(defaults);

/** Objects merge key by key; arrays (band lists) and scalars replace whole. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, v] of Object.entries(over)) out[key] = merge(base[key], v);
  return out;
}

/**
 * The policy in force in `year`: every block up to that year merged in
 * order; a year before the first block takes the first block.
 */
export function resolvePolicy(file: PolicyFile, year: number): Policy {
  const blocks = [...file.years].sort((a, b) => a.year - b.year);
  const first = blocks[0];
  if (first === undefined) throw new PolicyError(['years: expected a non-empty list of year blocks']);
  const applicable = blocks.filter((b) => b.year <= year);
  let merged: unknown = {};
  for (const block of applicable.length > 0 ? applicable : [first]) {
    const rest: Record<string, unknown> = { ...block };
    delete rest.year;
    merged = merge(merged, rest);
  }
  const issues: string[] = [];
  check(merged, POLICY_SPEC, '', true, issues);
  if (issues.length === 0) issues.push(...allocationIssues(merged as Omit<Policy, 'year'>));
  if (issues.length > 0) throw new PolicyError(issues.map((m) => `policy for ${year}: ${m}`));
  return { ...(merged as Omit<Policy, 'year'>), year };
}

/**
 * The factor method's two terms must weigh 1 together, or the amounts are
 * not the formula's (allocateByFactors refuses them): caught here, where the
 * user can see which year's file to fix.
 */
function allocationIssues(policy: Omit<Policy, 'year'>): string[] {
  const { factor_weight: factor, performance_weight: performance } = policy.allocation;
  if (new Dec(factor).plus(new Dec(performance)).eq(1)) return [];
  return [`allocation: factor_weight ${factor} + performance_weight ${performance} must add up to 1`];
}

/** A city's gap-sharing rule: its own settings over the province default. */
export function sharingRuleFor(policy: Policy, cityCode: string): SharingRule {
  const own = policy.sharing.cities[cityCode] ?? {};
  return {
    city_ratio: own.city_ratio ?? policy.sharing.default.city_ratio,
    county_basis: own.county_basis ?? policy.sharing.default.county_basis,
  };
}

/** Re-exported so callers of policy need one import. */
export type { AllocationPolicy, Band, Policy, PolicyFile, SharingRule };
