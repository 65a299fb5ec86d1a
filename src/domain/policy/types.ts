// Shape of policy.json (see src/domain/policy/policy.default.json) and of one
// resolved year. Values that are money or ratios stay decimal strings here;
// the rules turn them into Decimal.
import type { BandedRuleId, DeadlineRuleId } from './rules';
import type { Category, Fund, Severity } from '../vocabulary';

/** A band matches a value when every bound it sets holds (bands of a rule never overlap). */
export interface Band {
  severity: Severity;
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

export interface SharingRule {
  /** Share of the remaining gap the city account carries (0–1). */
  city_ratio: string;
  /** How the counties' part is split among the city's counties. */
  county_basis: 'expenditure' | 'insured';
}

/** Rules whose bands are written in the file; the deadline rules take theirs from `timeliness`. */
export type FileBandedRuleId = Exclude<BandedRuleId, DeadlineRuleId>;

/** One year of policy as the file states it (fundwatch-policy/2), every inherited value filled in. */
export interface PolicyBody {
  financing: { fiscal_subsidy_per_capita: string; individual_contribution: string };
  fiscal_split: {
    central_share: string;
    province_share_of_rest_by_tier: Record<'1' | '2' | '3', string>;
  };
  categories: Record<Category, { subsidy_ratio: string }>;
  months_payable_window_quarters: number;
  /**
   * Funds whose income arrives mostly in one quarter (resident contributions
   * in Q1): a deficit of one quarter alone is their normal pattern, so only
   * their year-to-date balance is checked by `current_deficit`.
   */
  seasonal_funds: Fund[];
  /**
   * Bands of every rule judged by bands of its own. The enrollment target is
   * the upper bound of the red `coverage` band (coverageTarget()); there is
   * no separate target to disagree with it.
   */
  thresholds: Record<FileBandedRuleId, Band[]>;
  /** The one setting of each deadline rule: transfer_late reads pass_down_days, advance_ratio reads advance_ratio_min. */
  timeliness: { pass_down_days: number; formal_budget_days: number; advance_ratio_min: string };
  sharing: { default: SharingRule; cities: Record<string, Partial<SharingRule>> };
  /** Weights of the factor method (DOMAIN.md 因素法); factor_weight + performance_weight = 1. */
  allocation: AllocationPolicy;
  /** Stress scenarios (压力测试): allowed ranges and named presets. Optional in a file; a file without it takes the defaults'. */
  stress: StressPolicy;
}

/** The parameters of a stress scenario (DOMAIN.md 压力测试). */
export const STRESS_PARAMS = ['income', 'expenditure', 'insured', 'delay'] as const;
export type StressParam = (typeof STRESS_PARAMS)[number];

/** Allowed values of one parameter, both ends included: ratios of change as decimal strings, the delay in whole quarters. */
export interface StressRange<T extends string | number> {
  min: T;
  max: T;
}

/** A named scenario; a parameter it does not set is zero (no change). */
export interface StressPreset {
  id: string;
  name: string;
  name_en: string;
  /** Superior (central + province) income, ratio of change: "-0.10" = −10%. */
  income?: string;
  /** Expenditure, ratio of change: "0.10" = +10%. */
  expenditure?: string;
  /** Insured persons, ratio of change: individual contributions and per-capita fiscal subsidies follow it. */
  insured?: string;
  /** Quarters the first projected quarter's superior income arrives late. */
  delay?: number;
}

export interface StressPolicy {
  ranges: {
    income: StressRange<string>;
    expenditure: StressRange<string>;
    insured: StressRange<string>;
    delay: StressRange<number>;
  };
  presets: StressPreset[];
  /** The preset the quarterly report and the stress page open on. */
  default_preset: string;
}

/**
 * One fully resolved year of policy: validated, inherited values filled in,
 * and the bands of every banded rule, the deadline rules' included (derived
 * from `timeliness` when the file was read, never written in it).
 */
export interface Policy extends Omit<PolicyBody, 'thresholds'> {
  year: number;
  /** Every rule with bands of its own; `forecast` reuses months_payable and accumulated_negative. */
  thresholds: Record<BandedRuleId, Band[]>;
}

export interface AllocationPolicy {
  factor_weight: string;
  performance_weight: string;
  /** Emergency pot: weights of population and incidence inside its factor term. */
  population_weight: string;
  incidence_weight: string;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export interface PolicyYearBlock extends DeepPartial<PolicyBody> {
  year: number;
}

/** The current format. Files in fundwatch-policy/1 are read and turned into it (policy.ts). */
export const POLICY_SCHEMA = 'fundwatch-policy/2';
export const LEGACY_POLICY_SCHEMA = 'fundwatch-policy/1';

export interface PolicyFile {
  schema: typeof POLICY_SCHEMA;
  province_code: string;
  note?: string;
  years: PolicyYearBlock[];
}
