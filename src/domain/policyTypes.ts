// Shape of policy.json (see src/domain/policy.default.json). Values that are
// money or ratios stay decimal strings here; the rules turn them into Decimal.
import type { BandedRuleId } from './rules';
import type { Category, Fund, Severity } from './vocabulary';

/** A band matches a value when every bound it sets holds; the worst matching band wins. */
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

/** One fully resolved year of policy (all inherited values filled in). */
export interface Policy {
  year: number;
  financing: { fiscal_subsidy_per_capita: string; individual_contribution: string };
  fiscal_split: {
    central_share: string;
    province_share_of_rest_by_tier: Record<'1' | '2' | '3', string>;
  };
  categories: Record<Category, { subsidy_ratio: string }>;
  coverage_target: string;
  months_payable_window_quarters: number;
  /**
   * Funds whose income arrives mostly in one quarter (resident contributions
   * in Q1): a deficit of one quarter alone is their normal pattern, so only
   * their year-to-date balance is checked by `current_deficit`.
   */
  seasonal_funds: Fund[];
  /** Every rule with bands of its own; `forecast` reuses months_payable and accumulated_negative. */
  thresholds: Record<BandedRuleId, Band[]>;
  timeliness: { pass_down_days: number; formal_budget_days: number; advance_ratio_min: string };
  sharing: { default: SharingRule; cities: Record<string, Partial<SharingRule>> };
  /** Weights of the factor method (DOMAIN.md 因素法); factor_weight + performance_weight = 1. */
  allocation: AllocationPolicy;
}

export interface AllocationPolicy {
  factor_weight: string;
  performance_weight: string;
  /** Emergency pot: weights of population and incidence inside its factor term. */
  population_weight: string;
  incidence_weight: string;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export interface PolicyYearBlock extends DeepPartial<Omit<Policy, 'year'>> {
  year: number;
}

export interface PolicyFile {
  schema: 'fundwatch-policy/1';
  province_code: string;
  note?: string;
  years: PolicyYearBlock[];
}
